package org.kinerja.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest of new tasks: for each person with task assignments waiting ({@link MailDigestItem}) up to the
 * day's cutoff, one email "Anda punya N tugas baru di Kinerja" listing the tasks that are still open and still theirs
 * when the digest is composed, with their name and due date as they are then (a task completed or handed to someone
 * else since is left out; if none is left, no email). A task completed between composing and sending is still listed.
 * Key
 * {@code TASK_DIGEST:<date>:<recipient>}: at most one digest per person and day.
 *
 * <p>Recipients are taken {@value #RECIPIENTS_PER_TRANSACTION} at a time, each group in a transaction of its own that
 * queues their emails and deletes their entries together. A job retried after a failure goes on with the entries
 * left, and queues nothing twice; so does the next job when one ran out of time (half the job executor's lock time).
 */
@Component
class MailDigest {

    private static final Logger log = LoggerFactory.getLogger(MailDigest.class);
    static final int RECIPIENTS_PER_TRANSACTION = 200;
    /** Tasks a digest lists; the others are counted ("dan 12 tugas lain"), so the email stays readable and short. */
    static final int MAX_LISTED = 50;
    private static final int DELETES_PER_STATEMENT = 1000;

    private final MailDigestItemRepository items;
    private final MailDigestRunRepository runs;
    private final MailOutboxRepository outbox;
    private final MailQueue queue;
    private final MailTemplates templates;
    private final MailEngine engine;
    private final MailSettings settings;
    private final NotificationService notifications;
    private final TransactionTemplate ownTransaction;

    MailDigest(MailDigestItemRepository items, MailDigestRunRepository runs, MailOutboxRepository outbox, MailQueue queue,
            MailTemplates templates, MailEngine engine, MailSettings settings, NotificationService notifications,
            PlatformTransactionManager transactions) {
        this.items = items;
        this.runs = runs;
        this.outbox = outbox;
        this.queue = queue;
        this.templates = templates;
        this.engine = engine;
        this.settings = settings;
        this.notifications = notifications;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Composes the digest of the day (its run must exist) until done or until {@code until} ({@link System#nanoTime()}),
     * whichever comes first; whether it is done. Not done: the rest is left for the next call.
     */
    boolean compose(LocalDate date, long until) {
        Instant cutoff = runs.findById(date).orElseThrow(() -> new IllegalStateException("Ringkasan tanggal " + date + " belum dimulai"))
                .getCutoff();
        String after = "";
        int mails = 0;
        while (true) {
            if (System.nanoTime() - until > 0) {
                log.info("Ringkasan tugas {}: {} email menunggu pengiriman, dilanjutkan dalam job berikutnya", date, mails);
                return false;
            }
            List<String> recipients = items.recipientsAfter(after, cutoff, Limit.of(RECIPIENTS_PER_TRANSACTION));
            if (recipients.isEmpty()) {
                break;
            }
            Integer queued = ownTransaction.execute(status -> composeFor(date, cutoff, recipients));
            mails += queued == null ? 0 : queued;
            after = recipients.get(recipients.size() - 1);
        }
        log.info("Ringkasan tugas {}: {} email menunggu pengiriman", date, mails);
        return true;
    }

    private int composeFor(LocalDate date, Instant cutoff, List<String> recipients) {
        List<MailDigestItem> waiting = items.findByRecipientIdInAndCreatedAtLessThanEqual(recipients, cutoff);
        Map<String, MailEngine.OpenTask> open = engine.openTasks(waiting.stream().map(MailDigestItem::getTaskId).collect(Collectors.toSet()));
        Map<String, List<Listed>> byRecipient = new TreeMap<>();
        for (MailDigestItem item : waiting) {
            MailEngine.OpenTask task = open.get(item.getTaskId());
            if (task != null && item.getRecipientId().equals(task.assignee())) {
                byRecipient.computeIfAbsent(item.getRecipientId(), r -> new ArrayList<>()).add(Listed.of(item, task));
            }
        }
        Map<String, String> keys = new LinkedHashMap<>();
        byRecipient.keySet().forEach(r -> keys.put(r, dedupeKey(date, r)));
        Set<String> taken = keys.isEmpty() ? Set.of() : new HashSet<>(outbox.existingKeys(keys.values()));
        int queued = 0;
        for (Map.Entry<String, List<Listed>> entry : byRecipient.entrySet()) {
            String key = keys.get(entry.getKey());
            if (taken.contains(key)) {
                log.warn("Ringkasan {} sudah ada: tidak dibuat lagi", key);
                continue;
            }
            if (queue(entry.getKey(), key, entry.getValue())) {
                queued++;
            }
        }
        List<Long> ids = waiting.stream().map(MailDigestItem::getId).toList();
        for (int from = 0; from < ids.size(); from += DELETES_PER_STATEMENT) {
            items.deleteByIds(ids.subList(from, Math.min(ids.size(), from + DELETES_PER_STATEMENT)));
        }
        return queued;
    }

    /** A task to list: its name and due date as they are now (the entry's if Camunda has none), its process's name. */
    private record Listed(long entryId, String taskId, String name, String processName, Instant due, Instant assignedAt) {

        static Listed of(MailDigestItem item, MailEngine.OpenTask task) {
            return new Listed(item.getId(), item.getTaskId(), MailQueue.hasText(task.name()) ? task.name() : item.getTaskName(),
                    item.getProcessName(), task.due() == null ? null : task.due().toInstant(), item.getCreatedAt());
        }
    }

    private boolean queue(String recipientId, String dedupeKey, List<Listed> tasks) {
        Optional<MailQueue.MailRecipient> recipient = queue.recipient(recipientId);
        if (recipient.isEmpty()) {
            log.debug("{} tidak punya alamat email: ringkasan tugas tidak dikirim", recipientId);
            return false;
        }
        DateTimeFormatter dueFormat = DateTimeFormatter.ofPattern("d MMMM yyyy", MailTemplates.INDONESIAN).withZone(settings.getZone());
        List<MailTemplates.DigestTask> listed = tasks.stream()
                .sorted(Comparator.comparing(Listed::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Listed::assignedAt).thenComparing(Listed::entryId))
                .limit(MAX_LISTED)
                .map(t -> new MailTemplates.DigestTask(t.name(), t.processName(), t.due() == null ? null : dueFormat.format(t.due()),
                        notifications.tasklistLink(t.taskId())))
                .toList();
        String subject = subject(tasks.size());
        MailTemplates.Rendered rendered = templates.renderDigest(recipient.get().name(), subject, listed, tasks.size() - listed.size(),
                notifications.tasklistHome());
        return queue.queue(dedupeKey, NotificationKind.TASK_DIGEST, recipientId, recipient.get(), subject, rendered);
    }

    static String subject(int tasks) {
        return "Anda punya " + tasks + " tugas baru di Kinerja";
    }

    static String dedupeKey(LocalDate date, String recipientId) {
        return "TASK_DIGEST:" + date + ":" + recipientId;
    }
}

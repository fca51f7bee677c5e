package org.kinerja.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kinerja.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies people: always in-app (stored, {@code GET /api/notifications}), and by email when {@code kinerja.mail.enabled}
 * and the recipient has an address. Idempotent per deduplication key.
 *
 * <p>Email goes through an outbox: in the caller's transaction, next to the in-app notification, the rendered email is
 * stored in {@code mail_outbox} (unique per deduplication key). Both commit or roll back with the event that caused
 * them, so no mail is lost when a later step fails, and a retried job, which finds the key taken, queues none twice.
 * The SMTP send happens afterwards: {@link MailDispatcher} puts waiting rows into batches, each sent by its own
 * {@code MailDeliveryProcess} job ({@link SendMailDelegate}).
 *
 * <p>A new task's assignee ({@link #notifyTaskAssigned}) is, with {@code kinerja.mail.task-assignment: DIGEST} (the
 * default), told by email in the next daily digest ({@link MailDigest}) instead of by an email per task.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String TASKLIST_TASK = TASKLIST + "#/?task=";

    private final NotificationRepository notifications;
    private final MailDigestItemRepository digestItems;
    private final MailSettings mail;
    private final MailTemplates templates;
    private final MailQueue mailQueue;
    private final String publicBaseUrl;

    NotificationService(NotificationRepository notifications, MailDigestItemRepository digestItems, MailSettings mail,
            MailTemplates templates, MailQueue mailQueue, PublicAddress address) {
        this.notifications = notifications;
        this.digestItems = digestItems;
        this.mail = mail;
        this.templates = templates;
        this.mailQueue = mailQueue;
        this.publicBaseUrl = address.publicBaseUrl();
    }

    /**
     * Notifies one person unless a notification with the same key was already sent; see
     * {@link #notify(String, NotificationKind, String, String, String, String)}, without a link.
     */
    @Transactional
    public boolean notify(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body) {
        return notify(recipientId, kind, dedupeKey, subject, body, null);
    }

    /**
     * Notifies one person unless a notification with the same key was already sent: in-app, and by email when mail is
     * enabled and the recipient (an employee by NIP, else a Camunda user) has an email address.
     *
     * @param recipientId the NIP of an employee, or the id of a Camunda user
     * @param dedupeKey identifies the event and the recipient, e.g. {@code REMINDER:<taskId>:<nip>}; at most 200 characters
     * @param subject the in-app title and the email subject; cut to 200 characters
     * @param body plain text, cut to 4,000 characters; each line becomes a paragraph of the email
     * @param link an absolute URL the email offers as "Buka di Kinerja" (e.g. {@link #tasklistLink(String)}), or null
     * @return whether a notification was created now
     */
    @Transactional
    public boolean notify(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body, String link) {
        if (!notifyInApp(recipientId, kind, dedupeKey, subject, body)) {
            return false;
        }
        if (mail.isEnabled()) {
            queueMail(recipientId, kind, dedupeKey, MailQueue.truncate(subject, 200), MailQueue.truncate(body, 4000), link);
        }
        return true;
    }

    /**
     * Tells a task's new assignee, once per task and assignee ({@code TASK_ASSIGNED:<taskId>:<assignee>}): in-app at
     * once; by email per task, or (DIGEST) through a digest entry the next daily digest lists if the task is still theirs
     * and open then.
     *
     * @return whether a notification was created now
     */
    @Transactional
    boolean notifyTaskAssigned(String assignee, String taskId, String taskName, String processName, Instant due, String subject,
            String body) {
        String dedupeKey = "TASK_ASSIGNED:" + taskId + ":" + assignee;
        if (mail.getTaskAssignment() == MailSettings.TaskAssignmentMail.PER_TASK) {
            return notify(assignee, NotificationKind.TASK_ASSIGNED, dedupeKey, subject, body, tasklistLink(taskId));
        }
        if (!notifyInApp(assignee, NotificationKind.TASK_ASSIGNED, dedupeKey, subject, body)) {
            return false;
        }
        if (mail.isEnabled()) {
            digestItems.save(new MailDigestItem(assignee, taskId, taskName, processName, due));
        }
        return true;
    }

    /** The notifications of one person, oldest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> of(String recipientId) {
        return notifications.findByRecipientIdOrderByCreatedAtAsc(recipientId).stream().map(NotificationView::of).toList();
    }

    /**
     * The latest notifications of one person, newest first: at most {@code max} (1–100) rows read by the index on
     * recipient and time, however many the person has.
     */
    @Transactional(readOnly = true)
    public List<NotificationView> latest(String recipientId, int max) {
        if (max < 1 || max > 100) {
            throw new IllegalArgumentException("max must be 1–100: " + max);
        }
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(recipientId, Limit.of(max)).stream().map(NotificationView::of)
                .toList();
    }

    /** The address of a task in Tasklist, under {@code kinerja.public-base-url}. */
    public String tasklistLink(String taskId) {
        return publicBaseUrl + TASKLIST_TASK + taskId;
    }

    /** The address of Tasklist (the person's task list). */
    String tasklistHome() {
        return publicBaseUrl + TASKLIST;
    }

    private boolean notifyInApp(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body) {
        if (notifications.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        notifications.save(new Notification(recipientId, kind, MailQueue.truncate(subject, 200), MailQueue.truncate(body, 4000),
                dedupeKey));
        log.debug("Notifikasi {} untuk {}: {}", kind, recipientId, subject);
        return true;
    }

    private void queueMail(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body, String link) {
        Optional<MailQueue.MailRecipient> recipient = mailQueue.recipient(recipientId);
        if (recipient.isEmpty()) {
            log.debug("{} tidak punya alamat email: notifikasi {} hanya in-app", recipientId, dedupeKey);
            return;
        }
        MailTemplates.Rendered rendered = templates.render(kind, recipient.get().name(), subject, body, link);
        mailQueue.queue(dedupeKey, kind, recipientId, recipient.get(), subject, rendered);
    }
}

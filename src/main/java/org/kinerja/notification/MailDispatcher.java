package org.kinerja.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands queued emails to the process engine, every {@code kinerja.mail.dispatch-interval} on each node whose job
 * executor runs, and only on one node at a time: each step holds the row of {@code mail_dispatch_lock}
 * ({@code select ... for update}) for its transaction.
 *
 * <ul>
 *   <li><b>Batches:</b> up to {@code kinerja.mail.batch-size} rows without a batch (oldest first) get the id of their
 *       first row as batch id, and one {@code MailDeliveryProcess} instance is started for them, in one transaction:
 *       a row is in a batch exactly when its batch's instance exists. Repeated until the rows left do not fill a
 *       batch (those go as a smaller one).</li>
 *   <li><b>The daily digest:</b> from {@code kinerja.mail.digest-time} ({@code kinerja.mail.zone}) on, the first round of
 *       a day inserts the day's {@code mail_digest_run} row (its primary key keeps it to one per day) and, if there are
 *       assignments waiting, starts that day's {@code MailDigestProcess}. A node that was down at the time does it when
 *       it is up again.</li>
 * </ul>
 *
 * Nothing is sent here: the SMTP work, its retries and its incidents are the processes' jobs, visible in Cockpit.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final String LOCK = "select name from mail_dispatch_lock where name = 'outbox' for update";

    private final MailOutboxRepository outbox;
    private final MailDigestItemRepository digestItems;
    private final MailDigestRunRepository digestRuns;
    private final MailEngine engine;
    private final MailSettings settings;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** The last day this node found started, to spare the database a read each round. */
    private volatile LocalDate digestStarted;

    MailDispatcher(MailOutboxRepository outbox, MailDigestItemRepository digestItems, MailDigestRunRepository digestRuns,
            MailEngine engine, MailSettings settings, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.digestItems = digestItems;
        this.digestRuns = digestRuns;
        this.engine = engine;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(initialDelayString = "#{@mailSettings.dispatchInterval.toMillis()}",
            fixedDelayString = "#{@mailSettings.dispatchInterval.toMillis()}")
    void scheduled() {
        if (!settings.isEnabled() || !engine.jobExecutorActive()) {
            return;
        }
        try {
            dispatch(Instant.now());
        } catch (RuntimeException e) {
            log.warn("Pembagian antrean email gagal, diulang pada putaran berikutnya: {}", e.toString());
        }
    }

    /** One round at {@code now}: the digest if due, then batches for every waiting row; the count of batches started. */
    int dispatch(Instant now) {
        startDigestIfDue(now);
        return startBatches();
    }

    /** Batches for every waiting row; the count of batches started. */
    int startBatches() {
        int batches = 0;
        int size = settings.getBatchSize();
        while (!outbox.idsWithoutBatch(MailStatus.PENDING, Limit.of(1)).isEmpty()) {
            Integer claimed = transaction.execute(status -> startBatch(size));
            if (claimed == null || claimed == 0) {
                break;
            }
            batches++;
            if (claimed < size) {
                break;
            }
        }
        if (batches > 0) {
            log.debug("{} batch email dimulai", batches);
        }
        return batches;
    }

    private int startBatch(int size) {
        jdbc.queryForObject(LOCK, String.class);
        List<Long> ids = outbox.idsWithoutBatch(MailStatus.PENDING, Limit.of(size));
        if (ids.isEmpty()) {
            return 0;
        }
        long batchId = ids.get(0);
        int assigned = outbox.assignBatch(batchId, ids);
        if (assigned != ids.size()) {
            throw new IllegalStateException("Batch email " + batchId + ": " + assigned + " dari " + ids.size() + " baris diambil");
        }
        engine.startDelivery(batchId);
        return assigned;
    }

    /** The day's digest, if {@code now} is past the digest time and it was not started yet. */
    void startDigestIfDue(Instant now) {
        ZonedDateTime local = now.atZone(settings.getZone());
        LocalDate today = local.toLocalDate();
        if (local.toLocalTime().isBefore(settings.getDigestTime()) || today.equals(digestStarted)) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            jdbc.queryForObject(LOCK, String.class);
            if (digestRuns.existsById(today)) {
                return;
            }
            digestRuns.save(new MailDigestRun(today, now));
            if (digestItems.existsByCreatedAtLessThanEqual(now)) {
                engine.startDigest(today);
                log.info("Ringkasan tugas {} dimulai", today);
            }
        });
        digestStarted = today;
    }
}

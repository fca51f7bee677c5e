package org.kinerja.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MailOutboxRepository extends JpaRepository<MailOutbox, Long> {

    /** Per mail: a JPQL string, which Hibernate plans once (a derived query is translated on every call). */
    @Query("select m from MailOutbox m where m.dedupeKey = :dedupeKey")
    Optional<MailOutbox> findByDedupeKey(String dedupeKey);

    /**
     * Rows waiting for a batch, oldest first. Ordered by the columns of {@code ix_mail_outbox_batch} (batch id and status
     * are the same for all of them): only that index gives this order, so PostgreSQL reads the waiting rows through it
     * whatever its statistics say. Ordered by id alone, it read the table through the primary key from the first row,
     * sent ones included, when its statistics were older than the queue (measured: 8,900 rows read per mail at 10,000
     * queued, see MailDeliveryBenchmark).
     */
    @Query("select m.id from MailOutbox m where m.batchId is null and m.status = :status order by m.batchId, m.status, m.id")
    List<Long> idsWithoutBatch(MailStatus status, Limit limit);

    /** Puts rows that have no batch yet into one; the count of rows it took. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update MailOutbox m set m.batchId = :batchId where m.id in :ids and m.batchId is null")
    int assignBatch(long batchId, Collection<Long> ids);

    /** The rows of a batch not sent yet (pending or failed), by id. */
    @Query("select m from MailOutbox m where m.batchId = :batchId and m.status <> :sent order by m.id")
    List<MailOutbox> unsentOfBatch(long batchId, MailStatus sent);

    /** Marks one row sent, unless it already is; the count of rows marked (0 or 1). */
    @Modifying
    @Query("update MailOutbox m set m.status = :sent, m.sentAt = :at, m.attempts = m.attempts + 1 where m.id = :id "
            + "and m.status <> :sent")
    int markSent(long id, Instant at, MailStatus sent);

    /** Counts a failed attempt of rows not sent; a row whose attempts reach {@code allowed} becomes {@code failed}. */
    @Modifying
    @Query("update MailOutbox m set m.attempts = m.attempts + 1, m.lastError = :error, "
            + "m.status = case when m.attempts + 1 >= :allowed then :failed else m.status end "
            + "where m.id in :ids and m.status <> :sent")
    int recordFailure(Collection<Long> ids, String error, int allowed, MailStatus failed, MailStatus sent);

    /** Takes rows not attempted out of their batch: the dispatcher puts them into a new one. */
    @Modifying
    @Query("update MailOutbox m set m.batchId = null where m.id in :ids and m.status = :pending")
    int release(Collection<Long> ids, MailStatus pending);

    @Query("select m.dedupeKey from MailOutbox m where m.dedupeKey in :keys")
    List<String> existingKeys(Collection<String> keys);
}

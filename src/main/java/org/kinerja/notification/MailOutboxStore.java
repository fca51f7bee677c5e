package org.kinerja.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as {@link SendMailDelegate} sees it. Marking a mail sent, counting a failed attempt and releasing rows
 * commit in their own transactions: they must survive the rollback of the delivery job's transaction (a batch with a
 * failed row fails its job, which rolls back; the retried job must find the rows already sent marked).
 */
@Component
class MailOutboxStore {

    private final MailOutboxRepository outbox;

    MailOutboxStore(MailOutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** The rows of the batch not sent yet, by id, detached. */
    @Transactional(readOnly = true)
    public List<OutgoingMail> unsent(long batchId) {
        return outbox.unsentOfBatch(batchId, MailStatus.SENT).stream().map(OutgoingMail::of).toList();
    }

    /** Whether the row was marked now (false: it already was, which only a second sender could have done). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean markSent(long id) {
        return outbox.markSent(id, Instant.now(), MailStatus.SENT) == 1;
    }

    /** One failed attempt for each row; a row whose attempts reach {@code allowed} becomes FAILED. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(Collection<Long> ids, String error, int allowed) {
        if (!ids.isEmpty()) {
            outbox.recordFailure(ids, MailOutbox.errorText(error), allowed, MailStatus.FAILED, MailStatus.SENT);
        }
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            outbox.release(ids, MailStatus.PENDING);
        }
    }

    /** A snapshot of an outbox row, detached from any transaction. */
    record OutgoingMail(long id, String email, String recipientName, String subject, String bodyText, String bodyHtml) {

        static OutgoingMail of(MailOutbox m) {
            return new OutgoingMail(m.getId(), m.getEmail(), m.getRecipientName(), m.getSubject(), m.getBodyText(), m.getBodyHtml());
        }
    }
}

package org.kinerja.notification;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as {@link SendMailDelegate} sees it. Marking a mail sent, and counting a failed attempt, commit in their
 * own transactions: they must survive the rollback of the delivery job's transaction (a failed job rolls back; a
 * job that failed after the send is retried and must find the mail marked).
 */
@Component
class MailOutboxStore {

    private final MailOutboxRepository outbox;

    MailOutboxStore(MailOutboxRepository outbox) {
        this.outbox = outbox;
    }

    /** The mail, unless it is gone or already sent. */
    @Transactional(readOnly = true)
    public Optional<OutgoingMail> unsent(long id) {
        return outbox.findById(id).filter(m -> m.getStatus() == MailStatus.PENDING).map(OutgoingMail::of);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void markSent(long id) {
        outbox.findById(id).orElseThrow(() -> new IllegalStateException("Email " + id + " tidak ada di outbox")).markSent();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(long id, String error) {
        outbox.findById(id).ifPresent(m -> m.recordFailure(error));
    }

    /** A snapshot of an outbox row, detached from any transaction. */
    record OutgoingMail(long id, String email, String recipientName, String subject, String bodyText, String bodyHtml) {

        static OutgoingMail of(MailOutbox m) {
            return new OutgoingMail(m.getId(), m.getEmail(), m.getRecipientName(), m.getSubject(), m.getBodyText(), m.getBodyHtml());
        }
    }
}

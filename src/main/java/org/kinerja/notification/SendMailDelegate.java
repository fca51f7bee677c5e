package org.kinerja.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.notification.MailOutboxStore.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendBatch} of {@code MailDeliveryProcess}: sends the outbox rows of one batch over one SMTP connection,
 * in the task's own job.
 *
 * <ul>
 *   <li>Only rows not {@code SENT} are sent, so a job retried (by Camunda, or from Cockpit) sends what is left and
 *       nothing twice.</li>
 *   <li>Each row is marked {@code SENT} in a transaction of its own right after the server accepted it: the mark
 *       commits before the next message goes and survives the rollback of the job's transaction.</li>
 *   <li>A row the server refuses (or that cannot be composed) does not stop the others: its attempt and error are
 *       recorded (own transaction) and the next row goes. When the server cannot be reached, the remaining rows get the
 *       error and the batch stops.</li>
 *   <li>If any row is left unsent, the job fails with an Indonesian message naming the rows; Camunda retries it per
 *       {@code kinerja.mail.retry-cycle}, then raises an incident. A row that failed the last attempt is {@code FAILED};
 *       the operator retries the job in Cockpit, which sends the unsent rows only.</li>
 *   <li>A job stops taking new rows after half the job executor's lock time, so that no second executor takes over a
 *       job still sending; the rows it did not attempt go back to the dispatcher for a new batch.</li>
 * </ul>
 *
 * <p>Remaining window, at least once, one message wide: if the process dies (or the database fails) after the SMTP
 * server accepted a message and before its {@code SENT} mark commits, the retried job sends that message again. SMTP
 * offers no way to close it; the message keeps the same {@code Message-ID} ({@code <kinerja-mail-ID@domain>}) in every
 * attempt, so a receiving system that deduplicates by it shows one. The same holds when the connection breaks after
 * the server took a message but before its reply arrived.
 */
@Component("sendMailDelegate")
class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();
    /** Rows named in the job's exception message; the rest are counted. */
    private static final int NAMED_FAILURES = 3;

    private final MailOutboxStore outbox;
    private final MailTransport transport;
    private final MailSettings settings;
    private final MailEngine engine;
    private final Session session = Session.getInstance(new Properties());

    SendMailDelegate(MailOutboxStore outbox, MailTransport transport, MailSettings settings, MailEngine engine) {
        this.outbox = outbox;
        this.transport = transport;
        this.settings = settings;
        this.engine = engine;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long batchId = batchId(execution);
        List<OutgoingMail> unsent = outbox.unsent(batchId);
        if (unsent.isEmpty()) {
            log.info("Batch email {} sudah terkirim semua: tidak dikirim ulang", batchId);
            return;
        }
        int allowed = settings.attemptsPerBatch();
        long deadline = System.nanoTime() + engine.jobLockMillis() / 2 * 1_000_000;
        List<String> failures = new ArrayList<>();
        List<Long> notAttempted = new ArrayList<>();
        String unreachable = null;
        int sent = 0;
        try (MailTransport.Connection smtp = transport.open()) {
            for (int i = 0; i < unsent.size(); i++) {
                OutgoingMail mail = unsent.get(i);
                if (System.nanoTime() > deadline) {
                    unsent.subList(i, unsent.size()).forEach(m -> notAttempted.add(m.id()));
                    break;
                }
                try {
                    smtp.send(compose(mail));
                } catch (MailTransport.ConnectionFailure e) {
                    unreachable = e.getMessage();
                    List<Long> rest = unsent.subList(i, unsent.size()).stream().map(OutgoingMail::id).toList();
                    outbox.recordFailure(rest, unreachable, allowed);
                    break;
                } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                    String error = describe(e);
                    outbox.recordFailure(List.of(mail.id()), error, allowed);
                    failures.add("email " + mail.id() + " ke " + mail.email() + ": " + error);
                    log.warn("Email {} (batch {}) gagal dikirim: {}", mail.id(), batchId, error);
                    continue;
                }
                if (!outbox.markSent(mail.id())) {
                    log.warn("Email {} (batch {}) sudah ditandai terkirim oleh pengirim lain", mail.id(), batchId);
                }
                sent++;
            }
        }
        if (!notAttempted.isEmpty()) {
            outbox.release(notAttempted);
            log.info("Batch email {}: {} email dikembalikan ke antrean (batas waktu job)", batchId, notAttempted.size());
        }
        int left = unsent.size() - sent - notAttempted.size();
        if (left > 0) {
            throw new MailDeliveryFailure(message(batchId, sent, left, unreachable, failures));
        }
        log.debug("Batch email {}: {} email terkirim", batchId, sent);
    }

    /** The batch id; an instance started before batches (one row each, V16) carries {@code mailId}, its row's id. */
    private static long batchId(DelegateExecution execution) {
        Object batch = execution.getVariable(MailDeliveryProcess.VAR_BATCH_ID);
        if (batch == null) {
            batch = execution.getVariable(MailDeliveryProcess.VAR_LEGACY_MAIL_ID);
        }
        return ((Number) batch).longValue();
    }

    private static String message(long batchId, int sent, int left, String unreachable, List<String> failures) {
        StringBuilder message = new StringBuilder("Batch email ").append(batchId).append(": ").append(left)
                .append(" email belum terkirim, ").append(sent).append(" terkirim pada percobaan ini.");
        if (unreachable != null) {
            message.append(' ').append(unreachable).append('.');
        }
        failures.stream().limit(NAMED_FAILURES).forEach(f -> message.append(" Gagal ").append(f).append('.'));
        if (failures.size() > NAMED_FAILURES) {
            message.append(" Dan ").append(failures.size() - NAMED_FAILURES).append(" email lain gagal.");
        }
        message.append(" Setelah masalahnya diatasi, ulangi job ini di Cockpit: hanya email yang belum terkirim yang dikirim.");
        return message.toString();
    }

    /** A multipart/alternative message (text, then HTML), UTF-8, with a Message-ID fixed per outbox row. */
    MimeMessage compose(OutgoingMail mail) throws MessagingException, UnsupportedEncodingException {
        InternetAddress from = new InternetAddress(settings.getFrom(), true);
        String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
        MimeMessage message = new FixedIdMimeMessage(session, "<kinerja-mail-" + mail.id() + "@" + domain + ">");
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO, recipient(mail));
        message.setSubject(mail.subject(), UTF_8);
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.bodyText(), UTF_8, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.bodyHtml(), UTF_8, "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        return message;
    }

    /** The row's address, checked again: a row that is not a valid address fails alone, not its batch. */
    private static InternetAddress recipient(OutgoingMail mail) throws AddressException, UnsupportedEncodingException {
        InternetAddress address = new InternetAddress(mail.email(), mail.recipientName(), UTF_8);
        address.validate();
        return address;
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e || root.getMessage() == null ? String.valueOf(e.getMessage()) : e.getMessage() + " | " + root;
    }

    /** A batch left rows unsent; its message is what Cockpit shows for the failed job and the incident. */
    static final class MailDeliveryFailure extends RuntimeException {
        MailDeliveryFailure(String message) {
            super(message);
        }
    }

    /** Keeps the given Message-ID instead of a new one at each send. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}

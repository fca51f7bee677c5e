package org.kinerja.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.notification.MailOutboxStore.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * {@code Task_SendMail} of {@code MailDeliveryProcess}: sends one outbox email over SMTP, in the task's own job.
 *
 * <ul>
 *   <li>Already {@code SENT}: does nothing, so a job retried after a successful send (its transaction failed later)
 *       sends no second mail.</li>
 *   <li>Sent: the row is marked {@code SENT} in a transaction of its own, which commits before the job's does and
 *       survives its rollback.</li>
 *   <li>SMTP failure: the attempt and the error are recorded (own transaction) and the exception is rethrown; Camunda
 *       retries the job per {@code kinerja.mail.retry-cycle}, then raises an incident. The row stays {@code PENDING}:
 *       nothing is lost. An operator raises the job's retries in Cockpit once the server is back, and it sends.</li>
 * </ul>
 *
 * <p>Remaining window, at least once: if the process dies (or the database fails) after the SMTP server accepted the
 * message and before the {@code SENT} mark commits, the retried job sends it again. SMTP offers no way to close it;
 * the message keeps the same {@code Message-ID} ({@code <kinerja-mail-ID@domain>}) in every attempt, so a receiving
 * system that deduplicates by it shows one.
 */
@Component("sendMailDelegate")
class SendMailDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailOutboxStore outbox;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Session session = Session.getInstance(new Properties());

    SendMailDelegate(MailOutboxStore outbox, JavaMailSender mailSender, MailSettings settings) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long mailId = ((Number) execution.getVariable(MailDeliveryProcess.VAR_MAIL_ID)).longValue();
        Optional<OutgoingMail> unsent = outbox.unsent(mailId);
        if (unsent.isEmpty()) {
            log.info("Email {} sudah terkirim (atau tidak ada lagi): tidak dikirim ulang", mailId);
            return;
        }
        try {
            mailSender.send(compose(unsent.get()));
        } catch (MailException e) {
            outbox.recordFailure(mailId, describe(e));
            log.warn("Email {} gagal dikirim: {}", mailId, describe(e));
            throw e;
        }
        outbox.markSent(mailId);
        log.debug("Email {} terkirim", mailId);
    }

    /** A multipart/alternative message (text, then HTML), UTF-8, with a Message-ID fixed per outbox row. */
    MimeMessage compose(OutgoingMail mail) {
        try {
            InternetAddress from = new InternetAddress(settings.getFrom(), true);
            String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
            MimeMessage message = new FixedIdMimeMessage(session, "<kinerja-mail-" + mail.id() + "@" + domain + ">");
            message.setFrom(from);
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.email(), mail.recipientName(), UTF_8));
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
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Email " + mail.id() + " tidak dapat disusun", e);
        }
    }

    private static String describe(MailException e) {
        Throwable root = e.getMostSpecificCause();
        return root == e || root.getMessage() == null ? e.getMessage() : e.getMessage() + " | " + root;
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

package org.kinerja.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts rendered emails into the outbox ({@code mail_outbox}, status PENDING, no batch yet), in the caller's
 * transaction; {@link MailDispatcher} batches them. Shared by the notifications and the daily digest.
 */
@Component
class MailQueue {

    private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

    private final MailOutboxRepository outbox;
    private final OrganizationDirectory organization;
    private final MailEngine mailEngine;

    MailQueue(MailOutboxRepository outbox, OrganizationDirectory organization, MailEngine mailEngine) {
        this.outbox = outbox;
        this.organization = organization;
        this.mailEngine = mailEngine;
    }

    /** Who receives mail, as addressed: a display name and a plain address. */
    record MailRecipient(String name, String email) {
    }

    /** The employee's address, or else the Camunda user's; the display name likewise. Empty: no valid address. */
    Optional<MailRecipient> recipient(String recipientId) {
        Optional<EmployeeRef> employee = organization.employeeByNip(recipientId);
        String name = employee.map(EmployeeRef::name).filter(MailQueue::hasText).orElse(null);
        String email = employee.map(EmployeeRef::email).filter(MailQueue::isEmailAddress).orElse(null);
        if (email == null) {
            Optional<MailEngine.CamundaUser> user = mailEngine.user(recipientId).filter(u -> isEmailAddress(u.email()));
            if (user.isPresent()) {
                email = user.get().email();
                name = name == null ? user.get().name() : name;
            }
        }
        return email == null ? Optional.empty() : Optional.of(new MailRecipient(name == null ? recipientId : name, email.strip()));
    }

    /**
     * Stores the email unless one with the key is queued already or it is too long for the outbox (then only
     * logged: an event never fails for its email). Whether it was stored.
     */
    boolean queue(String dedupeKey, NotificationKind kind, String recipientId, MailRecipient recipient, String subject,
            MailTemplates.Rendered rendered) {
        if (rendered.text().length() > MailOutbox.MAX_TEXT || rendered.html().length() > MailOutbox.MAX_HTML) {
            log.warn("Email {} untuk {} terlalu panjang ({} / {} karakter): tidak dikirim", dedupeKey, recipientId,
                    rendered.text().length(), rendered.html().length());
            return false;
        }
        MailOutbox queued = outbox.save(new MailOutbox(dedupeKey, kind, recipientId, truncate(recipient.name(), 200),
                recipient.email(), truncate(subject, 300), rendered.text(), rendered.html()));
        log.debug("Email {} ({}) untuk {} menunggu pengiriman", queued.getId(), kind, recipientId);
        return true;
    }

    private static boolean isEmailAddress(String s) {
        if (!hasText(s) || s.strip().length() > 320) {
            return false;
        }
        try {
            InternetAddress address = new InternetAddress(s.strip(), true);
            address.validate();
            return address.getPersonal() == null;
        } catch (AddressException e) {
            return false;
        }
    }

    static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

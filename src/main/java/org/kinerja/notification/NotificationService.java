package org.kinerja.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifies people: always in-app (stored, {@code GET /api/notifications}), and by email when {@code kinerja.mail.enabled}
 * and the recipient has an address. Idempotent per deduplication key.
 *
 * <p>Email goes through an outbox: in the caller's transaction, next to the in-app notification, the rendered email is
 * stored in {@code mail_outbox} (unique per deduplication key) and a {@code MailDeliveryProcess} instance is started
 * for it. Both commit or roll back with the event that caused them, so no mail is lost when a later step fails, and a
 * retried job, which finds the key taken, queues none twice. The SMTP send happens afterwards, in the process's own
 * asynchronous job ({@link SendMailDelegate}).
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    private final NotificationRepository notifications;
    private final MailOutboxRepository outbox;
    private final MailSettings mail;
    private final MailTemplates templates;
    private final OrganizationDirectory organization;
    private final MailEngine mailEngine;
    private final String publicBaseUrl;

    NotificationService(NotificationRepository notifications, MailOutboxRepository outbox, MailSettings mail, MailTemplates templates,
            OrganizationDirectory organization, MailEngine mailEngine, PublicAddress address) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.mail = mail;
        this.templates = templates;
        this.organization = organization;
        this.mailEngine = mailEngine;
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
        if (notifications.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        String shortSubject = truncate(subject, 200);
        String shortBody = truncate(body, 4000);
        notifications.save(new Notification(recipientId, kind, shortSubject, shortBody, dedupeKey));
        log.debug("Notifikasi {} untuk {}: {}", kind, recipientId, subject);
        if (mail.isEnabled()) {
            queueMail(recipientId, kind, dedupeKey, shortSubject, shortBody, link);
        }
        return true;
    }

    /** The notifications of one person, oldest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> of(String recipientId) {
        return notifications.findByRecipientIdOrderByCreatedAtAsc(recipientId).stream().map(NotificationView::of).toList();
    }

    /** The address of a task in Tasklist, under {@code kinerja.public-base-url}. */
    public String tasklistLink(String taskId) {
        return publicBaseUrl + TASKLIST_TASK + taskId;
    }

    private void queueMail(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body, String link) {
        Optional<MailRecipient> recipient = mailRecipient(recipientId);
        if (recipient.isEmpty()) {
            log.debug("{} tidak punya alamat email: notifikasi {} hanya in-app", recipientId, dedupeKey);
            return;
        }
        if (outbox.findByDedupeKey(dedupeKey).isPresent()) {
            return;
        }
        MailTemplates.Rendered rendered = templates.render(kind, recipient.get().name(), subject, body, link);
        if (rendered.text().length() > MailOutbox.MAX_TEXT || rendered.html().length() > MailOutbox.MAX_HTML) {
            // Never fail the event for its email; the in-app notification stands.
            log.warn("Email {} untuk {} terlalu panjang ({} / {} karakter): hanya in-app", dedupeKey, recipientId,
                    rendered.text().length(), rendered.html().length());
            return;
        }
        MailOutbox queued = outbox.save(new MailOutbox(dedupeKey, kind, recipientId, truncate(recipient.get().name(), 200),
                recipient.get().email(), subject, rendered.text(), rendered.html()));
        Long id = queued.getId();
        mailEngine.startDelivery(id);
        log.debug("Email {} ({}) untuk {} menunggu pengiriman", id, kind, recipientId);
    }

    /** The employee's address, or else the Camunda user's; the display name likewise. */
    private Optional<MailRecipient> mailRecipient(String recipientId) {
        Optional<EmployeeRef> employee = organization.employeeByNip(recipientId);
        String name = employee.map(EmployeeRef::name).filter(NotificationService::hasText).orElse(null);
        String email = employee.map(EmployeeRef::email).filter(NotificationService::isEmailAddress).orElse(null);
        if (email == null) {
            Optional<MailEngine.CamundaUser> user = mailEngine.user(recipientId).filter(u -> isEmailAddress(u.email()));
            if (user.isPresent()) {
                email = user.get().email();
                name = name == null ? user.get().name() : name;
            }
        }
        return email == null ? Optional.empty() : Optional.of(new MailRecipient(name == null ? recipientId : name, email.strip()));
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

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private record MailRecipient(String name, String email) {
    }
}

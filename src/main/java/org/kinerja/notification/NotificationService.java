package org.kinerja.notification;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notifications: in-app (stored) for now. Idempotent per deduplication key. */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
    private final NotificationRepository notifications;

    NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /**
     * Notifies one person unless a notification with the same key was already sent.
     *
     * @param dedupeKey identifies the event and the recipient, e.g. {@code REMINDER:<taskId>:<nip>}
     * @return whether a notification was created now
     */
    @Transactional
    public boolean notify(String recipientId, NotificationKind kind, String dedupeKey, String subject, String body) {
        if (notifications.existsByDedupeKey(dedupeKey)) {
            return false;
        }
        notifications.save(new Notification(recipientId, kind, truncate(subject, 200), truncate(body, 4000), dedupeKey));
        log.debug("Notifikasi {} untuk {}: {}", kind, recipientId, subject);
        return true;
    }

    /** The notifications of one person, oldest first. */
    @Transactional(readOnly = true)
    public List<NotificationView> of(String recipientId) {
        return notifications.findByRecipientIdOrderByCreatedAtAsc(recipientId).stream().map(NotificationView::of).toList();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.kinerja.notification;

import java.time.Instant;

/** A notification as its recipient sees it. */
public record NotificationView(long id, NotificationKind kind, String subject, String body, Instant createdAt, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getSubject(), n.getBody(), n.getCreatedAt(), n.getReadAt());
    }
}

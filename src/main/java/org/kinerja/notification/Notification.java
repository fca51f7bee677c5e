package org.kinerja.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, length = 64)
    private String recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 200)
    private String dedupeKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipientId, NotificationKind kind, String subject, String body, String dedupeKey) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.subject = subject;
        this.body = body;
        this.dedupeKey = dedupeKey;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getRecipientId() {
        return recipientId;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }
}

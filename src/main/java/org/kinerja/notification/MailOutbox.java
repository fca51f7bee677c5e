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

/**
 * One email to send, rendered when its event happened; sent by the {@code MailDeliveryProcess} instance of the batch
 * the dispatcher put it in ({@link #getBatchId()}, null until then).
 */
@Entity
@Table(name = "mail_outbox")
class MailOutbox {

    static final int MAX_TEXT = 16000;
    static final int MAX_HTML = 32000;
    static final int MAX_ERROR = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The event and the recipient, the same key as the in-app notification's. */
    @Column(name = "dedupe_key", nullable = false, unique = true, length = 200)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "recipient_id", nullable = false, length = 64)
    private String recipientId;

    @Column(name = "recipient_name", nullable = false, length = 200)
    private String recipientName;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = MAX_TEXT)
    private String bodyText;

    @Column(name = "body_html", nullable = false, length = MAX_HTML)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "batch_id")
    private Long batchId;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailOutbox() {
    }

    MailOutbox(String dedupeKey, NotificationKind kind, String recipientId, String recipientName, String email, String subject,
            String bodyText, String bodyHtml) {
        this.dedupeKey = dedupeKey;
        this.kind = kind;
        this.recipientId = recipientId;
        this.recipientName = recipientName;
        this.email = email;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = MailStatus.PENDING;
        this.createdAt = Instant.now();
    }

    /** The error as stored in {@code last_error}: cut to {@value #MAX_ERROR} characters. */
    static String errorText(String error) {
        return error == null ? null : error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR - 1) + "…";
    }

    Long getId() {
        return id;
    }

    String getDedupeKey() {
        return dedupeKey;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getRecipientId() {
        return recipientId;
    }

    String getRecipientName() {
        return recipientName;
    }

    String getEmail() {
        return email;
    }

    String getSubject() {
        return subject;
    }

    String getBodyText() {
        return bodyText;
    }

    String getBodyHtml() {
        return bodyHtml;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    Long getBatchId() {
        return batchId;
    }
}

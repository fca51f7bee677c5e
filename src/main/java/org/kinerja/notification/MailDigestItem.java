package org.kinerja.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A task assignment waiting for its assignee's daily digest email; deleted when a digest has dealt with it. */
@Entity
@Table(name = "mail_digest_item")
class MailDigestItem {

    static final int MAX_NAME = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, length = 64)
    private String recipientId;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Column(name = "task_name", nullable = false, length = MAX_NAME)
    private String taskName;

    @Column(name = "process_name", length = MAX_NAME)
    private String processName;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailDigestItem() {
    }

    MailDigestItem(String recipientId, String taskId, String taskName, String processName, Instant dueAt) {
        this.recipientId = recipientId;
        this.taskId = taskId;
        this.taskName = cut(taskName);
        this.processName = processName == null ? null : cut(processName);
        this.dueAt = dueAt;
        this.createdAt = Instant.now();
    }

    private static String cut(String s) {
        return s.length() <= MAX_NAME ? s : s.substring(0, MAX_NAME - 1) + "…";
    }

    Long getId() {
        return id;
    }

    String getRecipientId() {
        return recipientId;
    }

    String getTaskId() {
        return taskId;
    }

    String getTaskName() {
        return taskName;
    }

    String getProcessName() {
        return processName;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}

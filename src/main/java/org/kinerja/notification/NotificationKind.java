package org.kinerja.notification;

/** Why someone is notified. */
public enum NotificationKind {
    TASK_REMINDER,
    TASK_ESCALATION
}

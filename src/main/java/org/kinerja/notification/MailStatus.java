package org.kinerja.notification;

/**
 * State of an outbox email: waiting for (another) attempt, accepted by the SMTP server, or failed at the last attempt
 * its batch allows ({@code kinerja.mail.retry-cycle}): then the batch's job has an incident in Cockpit, and retrying it
 * there attempts the row again.
 */
enum MailStatus {
    PENDING,
    SENT,
    FAILED
}

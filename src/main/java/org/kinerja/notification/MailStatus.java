package org.kinerja.notification;

/** State of an outbox email: waiting for (another) attempt, or accepted by the SMTP server. */
enum MailStatus {
    PENDING,
    SENT
}

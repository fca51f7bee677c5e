/**
 * Notifications to people, through {@link org.kinerja.notification.NotificationService}: always in-app (readable at
 * {@code GET /api/notifications}), and by email when {@code kinerja.mail.enabled} and the recipient has an address
 * (an employee by NIP, else a Camunda user). Every notification has a deduplication key (event and recipient), so a
 * retried job never notifies twice. Kinds: {@link org.kinerja.notification.NotificationKind}.
 *
 * <p>Email, never lost and never doubled:
 * <ul>
 *   <li>an outbox: the rendered email (Thymeleaf, {@code templates/mail/}) is stored in {@code mail_outbox}, unique per
 *       deduplication key, in the same transaction as the event and its in-app notification;</li>
 *   <li>{@code MailDispatcher} (every {@code kinerja.mail.dispatch-interval}, one node at a time through a lock row)
 *       puts waiting rows into batches of up to {@code kinerja.mail.batch-size} and starts one
 *       {@code MailDeliveryProcess} instance per batch (business key = batch id) in the same transaction;</li>
 *   <li>the batch's asynchronous service task sends its unsent rows over one SMTP connection and marks each sent in its
 *       own transaction; a refused row does not stop the others; rows left unsent fail the job, which is retried per
 *       {@code kinerja.mail.retry-cycle}, then becomes an incident an operator retries from Cockpit, which sends the
 *       unsent rows only (the remaining at-least-once window is described at {@code SendMailDelegate}).</li>
 * </ul>
 *
 * <p>Every user task of every process notifies its new assignee ("Tugas baru"): a task listener on {@code assignment}
 * added at deployment ({@code TaskAssignmentNotifications}). In-app at once; by email, with
 * {@code kinerja.mail.task-assignment: DIGEST} (the default), in one daily digest per person ({@code MailDigest}, run
 * by {@code MailDigestProcess}, started once a day by the dispatcher), or with {@code PER_TASK} by an email per task.
 */
@ApplicationModule(displayName = "Notifications and email", allowedDependencies = {"organization", "shared"})
package org.kinerja.notification;

import org.springframework.modulith.ApplicationModule;

/**
 * Notifications to people, through {@link org.kinerja.notification.NotificationService}: always in-app (readable at
 * {@code GET /api/notifications}), and by email when {@code kinerja.mail.enabled} and the recipient has an address
 * (an employee by NIP, else a Camunda user). Every notification has a deduplication key (event and recipient), so a
 * retried job never notifies twice. Kinds: {@link org.kinerja.notification.NotificationKind}.
 *
 * <p>Email, never lost and never doubled:
 * <ul>
 *   <li>an outbox: the rendered email (Thymeleaf, {@code templates/mail/notifikasi.html} and {@code .txt}) is stored in
 *       {@code mail_outbox}, unique per deduplication key, in the same transaction as the event and its in-app
 *       notification, which also starts one {@code MailDeliveryProcess} instance for it (business key = the row's id);</li>
 *   <li>the SMTP send is the process's asynchronous service task: a failure is retried per
 *       {@code kinerja.mail.retry-cycle}, then becomes an incident an operator retries from Cockpit;</li>
 *   <li>the row is marked sent in its own transaction and a sent row is never sent again, so a job retried after the
 *       send sends no second mail (the remaining at-least-once window is described at {@code SendMailDelegate}).</li>
 * </ul>
 *
 * <p>Every user task of every process notifies its new assignee ("Tugas baru", with a link to the task in Tasklist):
 * a task listener on {@code assignment} added at deployment ({@code TaskAssignmentNotifications}). In Tasklist people
 * see the tasks themselves.
 */
@ApplicationModule(displayName = "Notifications and email", allowedDependencies = {"organization", "shared"})
package org.kinerja.notification;

import org.springframework.modulith.ApplicationModule;

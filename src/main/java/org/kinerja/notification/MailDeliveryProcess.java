package org.kinerja.notification;

/** Ids and variable names of {@code MailDeliveryProcess}: one instance sends one outbox email. */
final class MailDeliveryProcess {

    public static final String PROCESS_ID = "MailDeliveryProcess";
    public static final String START_EVENT_QUEUED = "StartEvent_MailQueued";
    /** Asynchronous (its own job): SMTP failures are retried with {@code kinerja.mail.retry-cycle}, then an incident. */
    public static final String TASK_SEND_MAIL = "Task_SendMail";
    public static final String END_EVENT_SENT = "EndEvent_MailSent";

    /** The {@code mail_outbox} row's id (a Long); also the business key, as text. */
    public static final String VAR_MAIL_ID = "mailId";

    private MailDeliveryProcess() {
    }
}

package org.kinerja.notification;

/** Ids and variable names of {@code MailDeliveryProcess}: one instance sends one batch of outbox emails. */
final class MailDeliveryProcess {

    public static final String PROCESS_ID = "MailDeliveryProcess";
    public static final String START_EVENT_QUEUED = "StartEvent_BatchQueued";
    /** Asynchronous (its own job): unsent rows are retried with {@code kinerja.mail.retry-cycle}, then an incident. */
    public static final String TASK_SEND_BATCH = "Task_SendBatch";
    public static final String END_EVENT_SENT = "EndEvent_BatchSent";

    /** The batch id (a Long: the id of its first {@code mail_outbox} row); also the business key, as text. */
    public static final String VAR_BATCH_ID = "batchId";
    /** The row id of an instance started before batches existed (one row, whose batch id V16 set to it). */
    public static final String VAR_LEGACY_MAIL_ID = "mailId";

    private MailDeliveryProcess() {
    }
}

package org.kinerja.notification;

/** Ids of {@code MailDigestProcess}: one instance a day composes the task digests (business key = the ISO date). */
final class MailDigestProcess {

    public static final String PROCESS_ID = "MailDigestProcess";
    /** Asynchronous (its own job): retried with {@code kinerja.mail.retry-cycle}, then an incident. */
    public static final String TASK_COMPOSE_DIGEST = "Task_ComposeDigest";
    /** Boolean: every recipient has been dealt with; false: {@code Task_ComposeDigest} runs again (a new job). */
    public static final String VAR_DONE = "digestDone";

    private MailDigestProcess() {
    }
}

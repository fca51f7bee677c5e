package org.kinerja.task;

/**
 * What a {@link HumanTask} may read of its task: the ids the process carries (set by delegates only), the position
 * inside a multi-instance, and the task's own identity. Nothing a person submitted is here; that is the
 * {@link Submission}.
 */
public interface TaskScope {

    /** The BPMN id of the user task, e.g. {@code Task_ReportProgress}. */
    String taskKey();

    /** The task's id (for links and deduplication keys); null while timers are being planned. */
    String taskId();

    /** A numeric process variable, e.g. {@code appraisalId}; fails when it is missing. */
    long id(String variable);

    /** A process variable as text, or null. */
    String text(String variable);

    /** The 0-based position inside the enclosing multi-instance ({@code loopCounter}), or null outside one. */
    Integer loopCounter();
}

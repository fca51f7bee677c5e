package org.kinerja.task;

import java.util.Map;
import java.util.Set;

/**
 * One kind of human task, in one class: what its form shows, how what was submitted is read and checked, and the call
 * to the domain with a typed command. A new task is a BPMN user task, a {@code .form} and one {@code HumanTask} bean
 * whose {@link #taskId()} is the user task's id; {@link HumanTasks} attaches itself to every user task of every
 * process when it is deployed and finds the class by that id.
 */
public interface HumanTask {

    /** The id of the BPMN user task this class serves, e.g. {@code Task_DraftTargets}. */
    String taskId();

    /**
     * The form's context: the values it shows and every input field (empty or prefilled). Read whenever the task's form
     * is opened (the form variables), from Kinerja's tables, and never stored in the engine. A table is a
     * {@link FormTable}.
     */
    Map<String, Object> context(TaskScope task);

    /**
     * The input fields of the task's form that {@link #complete} reads: exactly the form's fields that are not read-only
     * (a test compares both). Reading any other field is a programming error that {@link Submission} reports at once.
     */
    Set<String> fields();

    /**
     * Reads the submitted form, refuses it with a {@link org.kinerja.shared.Rejection} when it is wrong, and hands a typed
     * command to the domain, which checks that {@code actor} may act.
     *
     * @return the gateway flags to set on the process (empty for none)
     */
    Map<String, Object> complete(TaskScope task, Submission form, String actor);

    /** Whose case the task is about (e.g. the appraised employee's name), added to the task's name; null for none. */
    default String subject(TaskScope task) {
        return null;
    }

    /** When to remind the holder and when to escalate; null for the defaults of {@code kinerja.tasks}. */
    default Deadlines deadlines(TaskScope task) {
        return null;
    }

    /** Whether an overdue task is escalated to the HR admins rather than to the holder's supervisor. */
    default boolean escalateToHr() {
        return false;
    }

    /** ISO-8601 durations from the task's creation, e.g. {@code P3D} and {@code P7D}. */
    record Deadlines(String reminder, String escalation) {
    }
}

package org.kinerja.task;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.kinerja.shared.Rejection;

/**
 * Who completes a task, decided once for every process:
 *
 * <ol>
 *   <li>the signed-in person who sends the completion (through Tasklist or the REST API); the engine guard has already
 *       refused them when the task is held by someone else;</li>
 *   <li>without a signed-in person (Kinerja's own code), the task's assignee;</li>
 *   <li>otherwise nobody can be named, and the completion is refused.</li>
 * </ol>
 *
 * Whether that person may act is the domain's decision, from Kinerja's tables, never from a process variable.
 */
final class TaskActor {

    private TaskActor() {
    }

    public static String of(DelegateTask task) {
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
            return task.getAssignee();
        }
        throw Rejection.invalid("Ambil (klaim) tugas ini terlebih dahulu, lalu selesaikan.");
    }
}

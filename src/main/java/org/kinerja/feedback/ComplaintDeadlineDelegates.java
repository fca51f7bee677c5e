package org.kinerja.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The reminder and escalation message end events of {@code ComplaintHandlingProcess}. */
final class ComplaintDeadlineDelegates {

    private ComplaintDeadlineDelegates() {
    }

    private static void notifyOpenTasks(DelegateExecution execution, ComplaintService complaints, boolean escalate) {
        for (Task task : execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(ComplaintHandlingProcess.TASK_FOLLOW_UP).list()) {
            complaints.notifyLate(task.getId(), task.getAssignee(), escalate);
        }
    }

    @Component("complaintReminderDelegate")
    static class Reminder implements JavaDelegate {
        private final ComplaintService complaints;

        Reminder(ComplaintService complaints) {
            this.complaints = complaints;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notifyOpenTasks(execution, complaints, false);
        }
    }

    @Component("complaintEscalationDelegate")
    static class Escalation implements JavaDelegate {
        private final ComplaintService complaints;

        Escalation(ComplaintService complaints) {
            this.complaints = complaints;
        }

        @Override
        public void execute(DelegateExecution execution) {
            notifyOpenTasks(execution, complaints, true);
        }
    }
}

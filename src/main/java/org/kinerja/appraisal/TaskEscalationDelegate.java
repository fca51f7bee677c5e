package org.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The "escalated" message end events: tells the supervisor of whoever holds the overdue task. */
@Component
class TaskEscalationDelegate implements JavaDelegate {

    private final TaskDeadlines deadlines;

    TaskEscalationDelegate(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.escalate(execution);
    }
}

package org.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The "reminder sent" message end events: reminds whoever holds the overdue task. */
@Component
class TaskReminderDelegate implements JavaDelegate {

    private final TaskDeadlines deadlines;

    TaskReminderDelegate(TaskDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        deadlines.remind(execution);
    }
}

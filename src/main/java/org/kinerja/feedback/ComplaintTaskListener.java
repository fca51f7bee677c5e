package org.kinerja.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.kinerja.task.TaskActor;
import org.springframework.stereotype.Component;

/** {@code Task_FollowUpComplaint}: shows the complaint (task-local), and on completion stores the action taken. */
@Component
class ComplaintTaskListener implements TaskListener {

    private final ComplaintService complaints;

    ComplaintTaskListener(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = ((Number) task.getVariable(ComplaintHandlingProcess.VAR_COMPLAINT_ID)).longValue();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(complaints.formContext(id));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            complaints.close(id, task.getVariableLocal(ComplaintHandlingProcess.FORM_ACTION), TaskActor.of(task));
        }
    }
}

package org.kinerja.feedback;

import static org.kinerja.feedback.ComplaintHandlingProcess.*;

import java.util.Map;
import java.util.Set;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_FollowUpComplaint}: the unit head reads the complaint (the citizen stays anonymous) and records the action. */
@Component
class FollowUpComplaintTask implements HumanTask {

    private final ComplaintService complaints;

    FollowUpComplaintTask(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public String taskId() {
        return TASK_FOLLOW_UP;
    }

    @Override
    public Set<String> fields() {
        return Set.of(FORM_ACTION);
    }

    @Override
    public Map<String, Object> context(TaskScope task) {
        return complaints.formContext(task.id(VAR_COMPLAINT_ID));
    }

    @Override
    public String subject(TaskScope task) {
        return complaints.ticketNumber(task.id(VAR_COMPLAINT_ID));
    }

    @Override
    public Deadlines deadlines(TaskScope task) {
        return new Deadlines(task.text(VAR_REMINDER_DELAY), task.text(VAR_ESCALATION_DELAY));
    }

    /** An overdue complaint goes to the HR admins, who watch the service quality of every unit. */
    @Override
    public boolean escalateToHr() {
        return true;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        long complaintId = task.id(VAR_COMPLAINT_ID);
        complaints.requireHandler(complaintId, actor);
        String action = form.text(FORM_ACTION, "Tindakan yang diambil", 5, 4000, true);
        if (form.hasProblems()) {
            form.check("Tindak lanjut");
        }
        complaints.close(complaintId, action, actor);
        return Map.of();
    }
}

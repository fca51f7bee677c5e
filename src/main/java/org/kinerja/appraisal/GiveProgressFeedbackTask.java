package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.FEEDBACK;

import java.util.Map;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_GiveProgressFeedback}: the supervisor's continuous feedback on one period's report. */
@Component
class GiveProgressFeedbackTask extends AppraisalTask {

    GiveProgressFeedbackTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_GIVE_FEEDBACK;
    }

    @Override
    Integer periodOrNull(TaskScope task) {
        return period(task);
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.SUPERVISOR, actor);
        String feedback = form.text(FEEDBACK, "Umpan balik", true, 4000);
        form.check("Umpan balik");
        appraisals.giveFeedback(appraisalId(task), period(task), feedback, actor);
        return noFlags();
    }
}

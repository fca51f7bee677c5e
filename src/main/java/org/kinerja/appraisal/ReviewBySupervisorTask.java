package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.*;

import java.util.Map;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Rating;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ReviewBySupervisor}: the supervisor rates the seven values, comments, and confirms the proposed work-result
 * rating or overrides it with a reason (the rating is the assessor's judgement, PermenPANRB 6/2022).
 */
@Component
class ReviewBySupervisorTask extends AppraisalTask {

    ReviewBySupervisorTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_REVIEW_BY_SUPERVISOR;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.SUPERVISOR, actor);
        Map<BerakhlakValue, Integer> scores = ratings(form);
        String comment = form.text(SUPERVISOR_COMMENT, "Catatan atasan", true, 4000);
        AppraisalService.WorkRatingDecision decision = form.choice(WORK_RATING_DECISION, "Keputusan rating hasil kerja",
                AppraisalService.WorkRatingDecision.class);
        Rating override = null;
        String reason = null;
        if (decision == AppraisalService.WorkRatingDecision.OVERRIDE) {
            override = form.choice(WORK_RATING_OVERRIDE, "Rating hasil kerja pengganti", Rating.class);
            reason = form.text(OVERRIDE_REASON, "Alasan mengubah rating", true, 2000);
        }
        form.check("Penilaian atasan");
        appraisals.reviewBySupervisor(appraisalId(task), scores, comment, override, reason, actor);
        return noFlags();
    }
}

package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.RETURN_COMMENT;
import static org.kinerja.appraisal.FormKeys.TARGETS_DECISION;

import java.util.Map;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_ApproveTargets}: the supervisor approves the SKP or returns it with a comment. */
@Component
class ApproveTargetsTask extends AppraisalTask {

    ApproveTargetsTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_APPROVE_TARGETS;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.SUPERVISOR, actor);
        AppraisalService.TargetsDecision decision = form.choice(TARGETS_DECISION, "Keputusan", AppraisalService.TargetsDecision.class);
        String comment = form.text(RETURN_COMMENT, "Catatan pengembalian", decision == AppraisalService.TargetsDecision.RETURN, 2000);
        form.check("Keputusan SKP");
        boolean approved = appraisals.decideTargets(appraisalId(task), decision, comment, actor);
        return Map.of(EmployeeAppraisalProcess.VAR_TARGETS_APPROVED, approved);
    }
}

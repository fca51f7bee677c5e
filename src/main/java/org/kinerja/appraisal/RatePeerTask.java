package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.PEER_COMMENT;

import java.util.Map;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_RatePeer}: one chosen peer rates the employee's behaviour; never shown with the peer's name. */
@Component
class RatePeerTask extends AppraisalTask {

    RatePeerTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_RATE_PEER;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.PEER, actor);
        Map<BerakhlakValue, Integer> scores = ratings(form);
        String comment = form.text(PEER_COMMENT, "Catatan", false, 2000);
        form.check("Penilaian rekan kerja");
        appraisals.ratePeer(appraisalId(task), scores, comment, actor);
        return noFlags();
    }
}

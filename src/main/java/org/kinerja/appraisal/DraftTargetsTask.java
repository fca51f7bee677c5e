package org.kinerja.appraisal;

import java.util.List;
import java.util.Map;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DraftTargets}: the employee drafts the SKP as a list of indicators (RHK and IKI), one row each
 * ({@link IndicatorRow}), 1 to {@value IndicatorRow#MAX_INDICATORS} of them.
 */
@Component
class DraftTargetsTask extends AppraisalTask {

    DraftTargetsTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_DRAFT_TARGETS;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.EMPLOYEE, actor);
        List<IndicatorDraft> drafts = IndicatorRow.drafts(form);
        form.check("SKP");
        appraisals.saveTargets(appraisalId(task), drafts, actor);
        return noFlags();
    }
}

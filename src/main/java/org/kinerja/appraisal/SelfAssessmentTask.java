package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.REFLECTION;

import java.math.BigDecimal;
import java.util.Map;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_SelfAssessment}: final realisations, the self-rating of the seven values, and a reflection. */
@Component
class SelfAssessmentTask extends AppraisalTask {

    SelfAssessmentTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_SELF_ASSESSMENT;
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.EMPLOYEE, actor);
        Map<Integer, BigDecimal> finals = realisations(task, form);
        Map<BerakhlakValue, Integer> self = ratings(form);
        String reflection = form.text(REFLECTION, "Refleksi", true, 4000);
        form.check("Penilaian diri");
        appraisals.selfAssess(appraisalId(task), finals, self, reflection, actor);
        return noFlags();
    }
}

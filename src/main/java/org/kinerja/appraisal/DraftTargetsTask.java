package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_DraftTargets}: the employee drafts the SKP, one row per indicator (RHK and IKI). */
@Component
class DraftTargetsTask extends AppraisalTask {

    static final BigDecimal MAX_TARGET = new BigDecimal("9999999999");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    DraftTargetsTask(AppraisalService appraisals, FormContext forms) {
        super(appraisals, forms);
    }

    @Override
    public String taskId() {
        return EmployeeAppraisalProcess.TASK_DRAFT_TARGETS;
    }

    @Override
    public Set<String> fields() {
        return FormKeys.fields(taskId());
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        appraisals.requireHolder(appraisalId(task), AppraisalService.Holder.EMPLOYEE, actor);
        Integer count = form.wholeNumber(INDICATOR_COUNT, "Jumlah indikator", 1, MAX_INDICATORS);
        form.check("SKP");
        List<IndicatorDraft> drafts = new ArrayList<>();
        for (int slot = 1; slot <= count; slot++) {
            String p = "Indikator " + slot + ": ";
            String parent = form.text(rhkParent(slot), p + "RHK atasan", false, 300);
            drafts.add(new IndicatorDraft(slot,
                    form.text(rhk(slot), p + "Rencana hasil kerja (RHK)", true, 300),
                    parent == null || NO_SUPERVISOR_RESULT.equals(parent) ? null : parent,
                    form.text(ikiName(slot), p + "Nama indikator", true, 300),
                    form.text(ikiUnit(slot), p + "Satuan", true, 60),
                    form.number(ikiTarget(slot), p + "Target", BigDecimal.ZERO, null, MAX_TARGET),
                    form.choice(ikiDirection(slot), p + "Arah", Direction.class),
                    form.number(ikiWeight(slot), p + "Bobot", BigDecimal.ZERO, null, HUNDRED, 2),
                    form.choice(ikiAspect(slot), p + "Aspek", Aspect.class),
                    form.text(ikiPerspective(slot), p + "Perspektif", false, 100)));
        }
        form.check("SKP");
        appraisals.saveTargets(appraisalId(task), drafts, actor);
        return noFlags();
    }
}

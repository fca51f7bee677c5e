package org.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ProposeWorkRating}: the work-result score and the rating proposed for the supervisor to confirm. */
@Component
class ProposeWorkRatingDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    ProposeWorkRatingDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appraisals.proposeWorkRating(((Number) execution.getVariable(EmployeeAppraisalProcess.VAR_APPRAISAL_ID)).longValue());
    }
}

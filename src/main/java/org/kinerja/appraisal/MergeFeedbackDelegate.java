package org.kinerja.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Component;

/**
 * {@code Task_MergeFeedback} (asynchronous): merges the self, peer, supervisor and citizen feedback into the scores,
 * the ratings (DMN) and the predikat (DMN), stores the full breakdown, and leaves only the predikat in the process.
 * Idempotent: a retried job recomputes and overwrites the same result row.
 */
@Component
class MergeFeedbackDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    MergeFeedbackDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Predikat predikat = appraisals.merge(((Number) execution.getVariable(EmployeeAppraisalProcess.VAR_APPRAISAL_ID)).longValue());
        execution.setVariable(EmployeeAppraisalProcess.VAR_PREDIKAT, predikat.name());
    }
}

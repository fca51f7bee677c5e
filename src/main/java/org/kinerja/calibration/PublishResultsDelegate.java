package org.kinerja.calibration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.cycle.AppraisalCycleProcess;
import org.springframework.stereotype.Component;

/** {@code Task_PublishResults}: freezes the final predikat and writes the decision document. Idempotent. */
@Component
class PublishResultsDelegate implements JavaDelegate {

    private final PublishCalibration publication;

    PublishResultsDelegate(PublishCalibration publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.publish(((Number) execution.getVariable(AppraisalCycleProcess.VAR_CYCLE_ID)).longValue());
    }
}

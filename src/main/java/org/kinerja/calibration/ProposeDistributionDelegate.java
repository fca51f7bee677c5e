package org.kinerja.calibration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.cycle.AppraisalCycleProcess;
import org.springframework.stereotype.Component;

/** {@code Task_ProposeDistribution}: the system's proposal against DMN {@code distribution-pattern}. Idempotent. */
@Component
class ProposeDistributionDelegate implements JavaDelegate {

    private final ProposeDistribution proposal;

    ProposeDistributionDelegate(ProposeDistribution proposal) {
        this.proposal = proposal;
    }

    @Override
    public void execute(DelegateExecution execution) {
        proposal.propose(((Number) execution.getVariable(AppraisalCycleProcess.VAR_CYCLE_ID)).longValue());
    }
}

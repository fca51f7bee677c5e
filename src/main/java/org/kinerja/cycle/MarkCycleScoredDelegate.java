package org.kinerja.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_MarkCycleScored}: every employee of the cycle has a merged score. Idempotent. */
@Component
class MarkCycleScoredDelegate implements JavaDelegate {

    private final CycleService cycles;

    MarkCycleScoredDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cycles.markScored(((Number) execution.getVariable(AppraisalCycleProcess.VAR_CYCLE_ID)).longValue());
    }
}

package org.kinerja.appraisal;

import static org.kinerja.appraisal.EmployeeAppraisalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.kinerja.cycle.RuntimeStatistics;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareAppraisal}: creates the appraisal and writes its id, the one variable the process reads. */
@Component
class PrepareAppraisalDelegate implements JavaDelegate {

    private final AppraisalService appraisals;
    private final RuntimeStatistics statistics;

    PrepareAppraisalDelegate(AppraisalService appraisals, RuntimeStatistics statistics) {
        this.appraisals = appraisals;
        this.statistics = statistics;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
        long employeeId = ((Number) execution.getVariable(VAR_EMPLOYEE_ID)).longValue();
        PreparedAppraisal prepared = appraisals.prepare(cycleId, employeeId, execution.getProcessInstanceId());
        execution.setVariable(VAR_APPRAISAL_ID, prepared.appraisalId());
        // the appraisals are written here, by the job executor, after the start batches: their statistics follow from here
        statistics.afterRowsWritten();
    }
}

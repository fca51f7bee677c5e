package org.kinerja.appraisal;

import static org.kinerja.appraisal.EmployeeAppraisalProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_PrepareAppraisal}: creates the appraisal and writes the ids and settings the process reads. */
@Component
class PrepareAppraisalDelegate implements JavaDelegate {

    private final AppraisalService appraisals;

    PrepareAppraisalDelegate(AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long cycleId = ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
        long employeeId = ((Number) execution.getVariable(VAR_EMPLOYEE_ID)).longValue();
        PreparedAppraisal prepared = appraisals.prepare(cycleId, employeeId, execution.getProcessInstanceId());
        execution.setVariable(VAR_APPRAISAL_ID, prepared.appraisalId());
        execution.setVariable(VAR_EMPLOYEE_NIP, prepared.employeeNip());
        execution.setVariable(VAR_PEER_COUNT, prepared.peerCount());
        execution.setVariable(VAR_PROGRESS_PERIOD_COUNT, prepared.progressPeriodCount());
        execution.setVariable(VAR_REMINDER_DELAY, prepared.reminderDelay());
        execution.setVariable(VAR_ESCALATION_DELAY, prepared.escalationDelay());
        execution.setVariable(VAR_TARGETS_APPROVED, false);
    }
}

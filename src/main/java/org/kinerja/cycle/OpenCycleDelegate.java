package org.kinerja.cycle;

import static org.kinerja.cycle.AppraisalCycleProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * {@code Task_OpenCycle}: checks the start form again on the server, then opens the cycle as a row with its
 * participants. Bad input is refused with a Bahasa Indonesia message (HTTP 400 in Tasklist) and nothing is started.
 * Leaves only {@code cycleId} and {@code participantCount} as process variables.
 */
@Component
class OpenCycleDelegate implements JavaDelegate {

    private final CycleService cycles;

    OpenCycleDelegate(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleRequest request = CycleRequestValidator.validate(execution.getVariables());
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        AppraisalCycle cycle = cycles.open(request, execution.getProcessInstanceId(), auth == null ? null : auth.getUserId());
        execution.removeVariables(List.of(VAR_CYCLE_NAME, VAR_YEAR, VAR_UNIT_CODE, VAR_PERIOD_LENGTH, VAR_REMINDER_DELAY,
                VAR_ESCALATION_DELAY));
        execution.setVariable(VAR_CYCLE_ID, cycle.getId());
        execution.setVariable(VAR_PARTICIPANT_COUNT, cycle.getParticipantCount());
    }
}

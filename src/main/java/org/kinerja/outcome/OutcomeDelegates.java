package org.kinerja.outcome;

import static org.kinerja.outcome.AppraisalOutcomeProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The service tasks of {@code AppraisalOutcomeProcess}; each reads ids, calls its use case, writes flags. */
final class OutcomeDelegates {

    private OutcomeDelegates() {
    }

    static long id(DelegateExecution execution, String name) {
        return ((Number) execution.getVariable(name)).longValue();
    }

    static void writeFlags(DelegateExecution execution, OutcomeDetermination.Flags flags) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_OUTCOME_ID, flags.outcomeId());
        variables.put(VAR_EMPLOYEE_NIP, flags.employeeNip());
        variables.put(VAR_SUPERVISOR_NIP, flags.supervisorNip());
        variables.put(VAR_APPEAL_DECIDER_NIP, flags.appealDeciderNip());
        variables.put(VAR_OUTCOME, flags.outcome().name());
        variables.put(VAR_SANCTION_REVIEW, flags.sanctionReview());
        execution.setVariables(variables);
    }
}

/** {@code Task_DetermineOutcome}: DMN {@code appraisal-outcome} on the published predikat. Idempotent. */
@Component
class DetermineOutcomeDelegate implements JavaDelegate {

    private final OutcomeDetermination determination;

    DetermineOutcomeDelegate(OutcomeDetermination determination) {
        this.determination = determination;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OutcomeDelegates.writeFlags(execution, determination.determine(OutcomeDelegates.id(execution, VAR_CYCLE_ID),
                OutcomeDelegates.id(execution, VAR_EMPLOYEE_ID)));
        execution.setVariable(VAR_APPEAL_REQUESTED, false);
    }
}

/** {@code Task_CloseAppealWindow}: no answer within the window; the result stands. */
@Component
class CloseAppealWindowDelegate implements JavaDelegate {

    private final Appeals appeals;

    CloseAppealWindowDelegate(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        appeals.closeWindow(OutcomeDelegates.id(execution, VAR_OUTCOME_ID));
    }
}

/** {@code Task_RecordAppealDecision}: a change re-runs the outcome; the employee is notified once. */
@Component
class RecordAppealDecisionDelegate implements JavaDelegate {

    private final Appeals appeals;

    RecordAppealDecisionDelegate(Appeals appeals) {
        this.appeals = appeals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OutcomeDelegates.writeFlags(execution, appeals.recordDecision(OutcomeDelegates.id(execution, VAR_OUTCOME_ID)));
    }
}

/** {@code Task_GrantReward}: the Piagam Penghargaan and the incentive, once even when the job is retried. */
@Component
class GrantRewardDelegate implements JavaDelegate {

    private final Rewards rewards;

    GrantRewardDelegate(Rewards rewards) {
        this.rewards = rewards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rewards.grant(OutcomeDelegates.id(execution, VAR_OUTCOME_ID));
    }
}

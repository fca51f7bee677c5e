package org.kinerja.outcome;

import static org.kinerja.outcome.AppraisalOutcomeProcess.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.kinerja.task.TaskActor;
import org.springframework.stereotype.Component;

/**
 * The task listener of every user task of {@code AppraisalOutcomeProcess} ({@code ${outcomeTaskListener}}, on create and
 * complete): on create the form's read-only context and empty fields as task-local variables; on complete the server
 * validates and stores the answer. Only gateway flags become process variables.
 */
@Component
class OutcomeTaskListener implements TaskListener {

    private final OutcomeService outcomes;

    OutcomeTaskListener(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    public void notify(DelegateTask task) {
        long outcomeId = ((Number) task.getVariable(VAR_OUTCOME_ID)).longValue();
        String key = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Map<String, Object> context = switch (key) {
                case TASK_VIEW_RESULT -> outcomes.resultContext(outcomeId);
                case TASK_DECIDE_APPEAL -> outcomes.appealContext(outcomeId);
                case TASK_DRAFT_COACHING_PLAN -> outcomes.coachingDraftContext(outcomeId);
                case TASK_ACKNOWLEDGE_COACHING_PLAN -> with(outcomes.coachingPlanContext(outcomeId), FIELD_PLAN_ACKNOWLEDGED, FIELD_EMPLOYEE_NOTE);
                case TASK_REVIEW_COACHING_PROGRESS -> with(outcomes.coachingPlanContext(outcomeId), FIELD_PROGRESS_RESULT, FIELD_PROGRESS_NOTE);
                case TASK_REVIEW_SANCTION -> outcomes.sanctionContext(outcomeId);
                default -> throw new IllegalStateException("Tugas tanpa penanganan Kinerja: " + key);
            };
            task.setVariablesLocal(context);
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        String actor = TaskActor.of(task);
        outcomes.requireHolder(outcomeId, holder(key), actor);
        switch (key) {
            case TASK_VIEW_RESULT -> task.getExecution().getProcessInstance().setVariable(VAR_APPEAL_REQUESTED,
                    outcomes.submitResult(outcomeId, local(task, FIELD_RESULT_DECISION), local(task, FIELD_APPEAL_REASON)));
            case TASK_DECIDE_APPEAL -> outcomes.decideAppeal(outcomeId, local(task, FIELD_APPEAL_DECISION), local(task, FIELD_NEW_PREDIKAT),
                    local(task, FIELD_DECISION_REASON), actor);
            case TASK_DRAFT_COACHING_PLAN -> outcomes.draftCoachingPlan(outcomeId, local(task, FIELD_FOCUS_VALUES),
                    local(task, FIELD_TRAININGS), local(task, FIELD_DIALOG_DATE_1), local(task, FIELD_DIALOG_DATE_2),
                    local(task, FIELD_PLAN_NOTE), actor);
            case TASK_ACKNOWLEDGE_COACHING_PLAN -> outcomes.acknowledgeCoachingPlan(outcomeId, local(task, FIELD_PLAN_ACKNOWLEDGED),
                    local(task, FIELD_EMPLOYEE_NOTE));
            case TASK_REVIEW_COACHING_PROGRESS -> outcomes.reviewCoachingProgress(outcomeId, local(task, FIELD_PROGRESS_RESULT),
                    local(task, FIELD_PROGRESS_NOTE), actor);
            case TASK_REVIEW_SANCTION -> outcomes.decideSanction(outcomeId, local(task, FIELD_SANCTION_DECISION),
                    local(task, FIELD_SANCTION_NOTE), actor);
            default -> throw new IllegalStateException("Tugas tanpa penanganan Kinerja: " + key);
        }
    }

    /** Who the rules name for each task of the outcome process. */
    private static OutcomeService.Holder holder(String taskKey) {
        return switch (taskKey) {
            case TASK_VIEW_RESULT, TASK_ACKNOWLEDGE_COACHING_PLAN -> OutcomeService.Holder.EMPLOYEE;
            case TASK_DRAFT_COACHING_PLAN, TASK_REVIEW_COACHING_PROGRESS -> OutcomeService.Holder.SUPERVISOR;
            case TASK_DECIDE_APPEAL -> OutcomeService.Holder.APPEAL_DECIDER;
            case TASK_REVIEW_SANCTION -> OutcomeService.Holder.HR;
            default -> throw new IllegalStateException("Tugas tanpa penanganan Kinerja: " + taskKey);
        };
    }

    private static Map<String, Object> with(Map<String, Object> context, String... emptyFields) {
        for (String field : emptyFields) {
            context.put(field, null);
        }
        return context;
    }

    private static Object local(DelegateTask task, String name) {
        return task.getVariableLocal(name);
    }
}

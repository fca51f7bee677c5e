package org.kinerja.appraisal;

import static org.kinerja.appraisal.EmployeeAppraisalProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.kinerja.task.TaskActor;
import org.springframework.stereotype.Component;

/**
 * The task listener of every user task of {@code EmployeeAppraisalProcess} ({@code ${appraisalTaskListener}}, on
 * create and complete). On create it puts the form's context and empty input fields into task-local variables; on
 * complete it validates the submitted values on the server, stores them in the appraisal's tables, and refuses the
 * completion with a clear message when they are wrong. Only gateway flags become process variables.
 */
@Component
class AppraisalTaskListener implements TaskListener {

    private final AppraisalService appraisals;
    private final FormContext context;

    AppraisalTaskListener(AppraisalService appraisals, FormContext context) {
        this.appraisals = appraisals;
        this.context = context;
    }

    @Override
    public void notify(DelegateTask task) {
        long appraisalId = ((Number) task.getVariable(VAR_APPRAISAL_ID)).longValue();
        String key = task.getTaskDefinitionKey();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setVariablesLocal(context.forTask(key, appraisalId, period(task)));
            return;
        }
        if (!EVENTNAME_COMPLETE.equals(task.getEventName())) {
            return;
        }
        Map<String, Object> form = new HashMap<>(task.getVariablesLocal());
        String actor = TaskActor.of(task);
        switch (key) {
            case TASK_DRAFT_TARGETS -> appraisals.saveTargets(appraisalId, form, actor);
            case TASK_APPROVE_TARGETS -> task.getExecution().getProcessInstance()
                    .setVariable(VAR_TARGETS_APPROVED, appraisals.decideTargets(appraisalId, form, actor));
            case TASK_REPORT_PROGRESS -> appraisals.reportProgress(appraisalId, period(task), form, actor);
            case TASK_GIVE_FEEDBACK -> appraisals.giveFeedback(appraisalId, period(task), form, actor);
            case TASK_SELF_ASSESSMENT -> appraisals.selfAssess(appraisalId, form, actor);
            case TASK_RATE_PEER -> appraisals.ratePeer(appraisalId, form, actor);
            case TASK_REVIEW_BY_SUPERVISOR -> appraisals.reviewBySupervisor(appraisalId, form, actor);
            default -> throw new IllegalStateException("Tugas tanpa penanganan Kinerja: " + key);
        }
    }

    /** 1-based progress period inside the sequential multi-instance, null elsewhere. */
    private static Integer period(DelegateTask task) {
        Object counter = task.getVariable(VAR_LOOP_COUNTER);
        return counter instanceof Number n && isInProgressLoop(task) ? n.intValue() + 1 : null;
    }

    private static boolean isInProgressLoop(DelegateTask task) {
        return TASK_REPORT_PROGRESS.equals(task.getTaskDefinitionKey()) || TASK_GIVE_FEEDBACK.equals(task.getTaskDefinitionKey());
    }
}

package org.kinerja.outcome;

/** Ids and variable names of {@code AppraisalOutcomeProcess}: the public contract of the BPMN file. */
final class AppraisalOutcomeProcess {

    public static final String PROCESS_ID = "AppraisalOutcomeProcess";
    public static final String TASK_DETERMINE_OUTCOME = "Task_DetermineOutcome";
    public static final String TASK_VIEW_RESULT = "Task_ViewResult";
    public static final String TIMER_APPEAL_WINDOW = "Timer_AppealWindowClosed";
    public static final String TASK_CLOSE_APPEAL_WINDOW = "Task_CloseAppealWindow";
    public static final String GATEWAY_APPEAL_REQUESTED = "Gateway_AppealRequested";
    public static final String TASK_DECIDE_APPEAL = "Task_DecideAppeal";
    public static final String TASK_RECORD_APPEAL_DECISION = "Task_RecordAppealDecision";
    public static final String GATEWAY_OUTCOME = "Gateway_Outcome";
    public static final String TASK_GRANT_REWARD = "Task_GrantReward";
    public static final String TASK_DRAFT_COACHING_PLAN = "Task_DraftCoachingPlan";
    public static final String TASK_ACKNOWLEDGE_COACHING_PLAN = "Task_AcknowledgeCoachingPlan";
    public static final String TIMER_COACHING_FOLLOW_UP = "Timer_CoachingFollowUp";
    public static final String TASK_REVIEW_COACHING_PROGRESS = "Task_ReviewCoachingProgress";
    public static final String GATEWAY_SANCTION_REVIEW = "Gateway_SanctionReview";
    public static final String TASK_REVIEW_SANCTION = "Task_ReviewSanction";
    public static final String END_EVENT_CONCLUDED = "EndEvent_AppraisalConcluded";
    public static final String END_EVENT_SANCTION_REVIEWED = "EndEvent_SanctionReviewed";

    /** Passed in by the cycle. */
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_EMPLOYEE_ID = "employeeId";
    /** Set by {@code Task_DetermineOutcome}. */
    public static final String VAR_OUTCOME_ID = "outcomeId";
    public static final String VAR_EMPLOYEE_NIP = "employeeNip";
    public static final String VAR_SUPERVISOR_NIP = "supervisorNip";
    public static final String VAR_APPEAL_DECIDER_NIP = "appealDeciderNip";
    /** Gateway flags. */
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_SANCTION_REVIEW = "sanctionReview";
    public static final String VAR_APPEAL_REQUESTED = "appealRequested";

    /** Form fields (task-local). */
    public static final String FIELD_RESULT_DECISION = "resultDecision";
    public static final String FIELD_APPEAL_REASON = "appealReason";
    public static final String FIELD_APPEAL_DECISION = "appealDecision";
    public static final String FIELD_NEW_PREDIKAT = "newPredikat";
    public static final String FIELD_DECISION_REASON = "decisionReason";
    public static final String FIELD_FOCUS_VALUES = "focusValues";
    public static final String FIELD_TRAININGS = "trainings";
    public static final String FIELD_DIALOG_DATE_1 = "dialogDate1";
    public static final String FIELD_DIALOG_DATE_2 = "dialogDate2";
    public static final String FIELD_PLAN_NOTE = "planNote";
    public static final String FIELD_PLAN_ACKNOWLEDGED = "planAcknowledged";
    public static final String FIELD_EMPLOYEE_NOTE = "employeeNote";
    public static final String FIELD_PROGRESS_RESULT = "progressResult";
    public static final String FIELD_PROGRESS_NOTE = "progressNote";
    public static final String FIELD_SANCTION_DECISION = "sanctionDecision";
    public static final String FIELD_SANCTION_NOTE = "sanctionNote";

    private AppraisalOutcomeProcess() {
    }
}

package org.kinerja.cycle;

/** Ids and variable names of {@code AppraisalCycleProcess}: the public contract of the BPMN file. */
public final class AppraisalCycleProcess {

    public static final String PROCESS_ID = "AppraisalCycleProcess";
    public static final String START_EVENT = "StartEvent_CycleRequested";
    public static final String TASK_OPEN_CYCLE = "Task_OpenCycle";
    public static final String GATEWAY_APPRAISALS_FORK = "Gateway_StartAppraisals";
    /** Parallel multi-instance, one instance per batch of participants ({@code CycleChildren}). */
    public static final String TASK_START_APPRAISALS = "Task_StartAppraisals";
    public static final String EVENT_APPRAISALS_CONCLUDED = "Event_AppraisalsConcluded";
    public static final String GATEWAY_APPRAISALS_JOIN = "Gateway_AppraisalsConcluded";
    public static final String TASK_MARK_SCORED = "Task_MarkCycleScored";
    public static final String TASK_SET_ORGANISATION_RATING = "Task_SetOrganisationRating";
    public static final String TASK_PROPOSE_DISTRIBUTION = "Task_ProposeDistribution";
    public static final String TASK_CALIBRATE_RESULTS = "Task_CalibrateResults";
    public static final String TASK_PUBLISH_RESULTS = "Task_PublishResults";
    public static final String GATEWAY_OUTCOMES_FORK = "Gateway_StartOutcomes";
    public static final String TASK_START_OUTCOMES = "Task_StartOutcomes";
    public static final String EVENT_OUTCOMES_CONCLUDED = "Event_OutcomesConcluded";
    public static final String GATEWAY_OUTCOMES_JOIN = "Gateway_OutcomesConcluded";
    public static final String END_EVENT_CYCLE_CONCLUDED = "EndEvent_CycleConcluded";

    /** The call activities of cycles started before issue 12 (their process definition versions still run). */
    static final String LEGACY_CALL_APPRAISE_EMPLOYEES = "CallActivity_AppraiseEmployees";
    static final String LEGACY_CALL_CONCLUDE_APPRAISALS = "CallActivity_ConcludeAppraisals";

    /** Sent by the appraisal (outcome) that concludes last; the cycle waits for it from the start of the phase. */
    public static final String MESSAGE_APPRAISALS_CONCLUDED = "AppraisalsConcluded";
    public static final String MESSAGE_OUTCOMES_CONCLUDED = "OutcomesConcluded";

    /** Form fields of {@code Task_SetOrganisationRating} (task-local). */
    public static final String VAR_ORGANISATION_RATING = "organisationRating";
    public static final String VAR_RATING_BASIS = "ratingBasis";
    /** Form field (submitted task-local) and context (read when the form opens) of {@code Task_CalibrateResults}. */
    public static final String VAR_CALIBRATION_CONFIRMED = "calibrationConfirmed";
    public static final String VAR_BOARD_URL = "boardUrl";
    public static final String VAR_CALIBRATION_SUMMARY = "calibrationSummary";

    /** Start form fields. */
    public static final String VAR_CYCLE_NAME = "cycleName";
    public static final String VAR_YEAR = "year";
    public static final String VAR_UNIT_CODE = "unitCode";
    public static final String VAR_PERIOD_LENGTH = "periodLength";
    public static final String VAR_REMINDER_DELAY = "reminderDelay";
    public static final String VAR_ESCALATION_DELAY = "escalationDelay";

    /** Set by {@code Task_OpenCycle}. */
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_PARTICIPANT_COUNT = "participantCount";
    /** Set on each per-employee process when a batch starts it, with {@code cycleId}. */
    public static final String VAR_EMPLOYEE_ID = "employeeId";

    /** The input fields of the start form {@code cycle-start} that the server reads ({@code CycleRequestValidator}). */
    public static final java.util.Set<String> START_FORM_FIELDS = java.util.Set.of(VAR_CYCLE_NAME, VAR_YEAR, VAR_UNIT_CODE,
            VAR_PERIOD_LENGTH, VAR_REMINDER_DELAY, VAR_ESCALATION_DELAY);

    private AppraisalCycleProcess() {
    }
}

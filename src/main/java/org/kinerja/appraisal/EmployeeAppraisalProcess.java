package org.kinerja.appraisal;

/** Ids and variable names of {@code EmployeeAppraisalProcess}: the public contract of the BPMN file. */
final class EmployeeAppraisalProcess {

    public static final String PROCESS_ID = "EmployeeAppraisalProcess";

    public static final String TASK_PREPARE = "Task_PrepareAppraisal";
    public static final String TASK_DRAFT_TARGETS = "Task_DraftTargets";
    public static final String TASK_APPROVE_TARGETS = "Task_ApproveTargets";
    public static final String GATEWAY_TARGETS_APPROVED = "Gateway_TargetsApproved";
    public static final String SUBPROCESS_PROGRESS = "SubProcess_ProgressPeriods";
    public static final String TASK_REPORT_PROGRESS = "Task_ReportProgress";
    public static final String TASK_GIVE_FEEDBACK = "Task_GiveProgressFeedback";
    public static final String TASK_SELF_ASSESSMENT = "Task_SelfAssessment";
    public static final String TASK_PROPOSE_WORK_RATING = "Task_ProposeWorkRating";
    public static final String TASK_RATE_PEER = "Task_RatePeer";
    public static final String TASK_REVIEW_BY_SUPERVISOR = "Task_ReviewBySupervisor";
    public static final String TASK_MERGE_FEEDBACK = "Task_MergeFeedback";
    public static final String END_EVENT_SCORE_MERGED = "EndEvent_ScoreMerged";

    /** Passed in by the cycle. */
    public static final String VAR_CYCLE_ID = "cycleId";
    public static final String VAR_EMPLOYEE_ID = "employeeId";

    /** Set by {@code Task_PrepareAppraisal}. */
    public static final String VAR_APPRAISAL_ID = "appraisalId";

    /** Read by {@code Gateway_TargetsApproved}. */
    public static final String VAR_TARGETS_APPROVED = "targetsApproved";
    /** Set by {@code Task_MergeFeedback}. */
    public static final String VAR_PREDIKAT = "predikat";
    /** The loop counter of the sequential progress multi-instance (0-based). */
    public static final String VAR_LOOP_COUNTER = "loopCounter";

    private EmployeeAppraisalProcess() {
    }
}

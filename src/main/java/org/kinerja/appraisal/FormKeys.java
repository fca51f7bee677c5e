package org.kinerja.appraisal;

import java.util.ArrayList;
import java.util.List;
import org.kinerja.scoring.BerakhlakValue;

/**
 * The keys of the fields in {@code forms/*.form}. The forms and this class must agree: {@code HumanTasksTests} checks
 * every form's inputs against the task classes' {@code fields()}, {@code IndicatorRowTests} the indicator lists' rows
 * against {@link IndicatorRow}.
 */
final class FormKeys {

    // context shown in every form
    /**
     * Who and which cycle a form is about, one JSON object the forms read by path ({@code {{header.employeeName}}}):
     * one variable for five texts, on every appraisal task.
     */
    static final String HEADER = "header";
    static final String EMPLOYEE_NAME = "employeeName";
    static final String EMPLOYEE_POSITION = "employeePosition";
    static final String EMPLOYEE_UNIT = "employeeUnit";
    static final String SUPERVISOR_NAME = "supervisorName";
    static final String CYCLE_NAME = "cycleName";
    static final String TARGETS_TABLE = "targetsTable";
    static final String HISTORY_TABLE = "historyTable";
    static final String PERIOD_LABEL = "periodLabel";

    // Task_DraftTargets, Task_ReportProgress, Task_SelfAssessment: the indicator list (its rows: IndicatorRow)
    static final String INDICATORS = IndicatorRow.LIST;
    /** The options of the RHK-atasan select in every row of the drafting list: the supervisor's RHK. */
    static final String SUPERVISOR_RESULT_OPTIONS = "supervisorResultOptions";
    // Task_ApproveTargets
    static final String TARGETS_DECISION = "targetsDecision";
    static final String RETURN_COMMENT = "returnComment";
    // Task_ReportProgress, Task_SelfAssessment
    static final String EVIDENCE_NOTE = "evidenceNote";
    static final String EVIDENCE_LINK = "evidenceLink";
    static final String REFLECTION = "reflection";
    // Task_GiveProgressFeedback
    static final String REPORT_TABLE = "reportTable";
    static final String FEEDBACK = "feedback";
    // Task_RatePeer
    static final String PEER_COMMENT = "peerComment";
    // Task_ReviewBySupervisor
    static final String WORK_RESULT_SCORE = "workResultScore";
    static final String PROPOSED_WORK_RATING = "proposedWorkRating";
    static final String SELF_RATINGS_TABLE = "selfRatingsTable";
    static final String SUPERVISOR_COMMENT = "supervisorComment";
    static final String WORK_RATING_DECISION = "workRatingDecision";
    static final String WORK_RATING_OVERRIDE = "workRatingOverride";
    static final String OVERRIDE_REASON = "overrideReason";

    private FormKeys() {
    }

    /** E.g. {@code ratingBerorientasiPelayanan}. */
    static String rating(BerakhlakValue value) {
        return "rating" + value.label().replace(" ", "");
    }

    /** The input fields of a task's form that the server reads (the same list as {@link #inputs}). */
    static java.util.Set<String> fields(String taskKey) {
        return java.util.Set.copyOf(inputs(taskKey));
    }

    /** Every input key of a task's form, each in the form's context (empty or prefilled). */
    static List<String> inputs(String taskKey) {
        List<String> keys = new ArrayList<>();
        switch (taskKey) {
            case EmployeeAppraisalProcess.TASK_DRAFT_TARGETS -> keys.add(INDICATORS);
            case EmployeeAppraisalProcess.TASK_APPROVE_TARGETS -> keys.addAll(List.of(TARGETS_DECISION, RETURN_COMMENT));
            case EmployeeAppraisalProcess.TASK_REPORT_PROGRESS -> keys.addAll(List.of(INDICATORS, EVIDENCE_NOTE, EVIDENCE_LINK));
            case EmployeeAppraisalProcess.TASK_GIVE_FEEDBACK -> keys.add(FEEDBACK);
            case EmployeeAppraisalProcess.TASK_SELF_ASSESSMENT -> {
                keys.add(INDICATORS);
                addRatings(keys);
                keys.add(REFLECTION);
            }
            case EmployeeAppraisalProcess.TASK_RATE_PEER -> {
                addRatings(keys);
                keys.add(PEER_COMMENT);
            }
            case EmployeeAppraisalProcess.TASK_REVIEW_BY_SUPERVISOR -> {
                addRatings(keys);
                keys.addAll(List.of(SUPERVISOR_COMMENT, WORK_RATING_DECISION, WORK_RATING_OVERRIDE, OVERRIDE_REASON));
            }
            default -> throw new IllegalArgumentException("Tugas tanpa formulir Kinerja: " + taskKey);
        }
        return keys;
    }

    private static void addRatings(List<String> keys) {
        for (BerakhlakValue value : BerakhlakValue.values()) {
            keys.add(rating(value));
        }
    }
}

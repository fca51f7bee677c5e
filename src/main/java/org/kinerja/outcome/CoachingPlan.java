package org.kinerja.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kinerja.outcome.OutcomeChoices.CoachingProgress;
import org.kinerja.scoring.BerakhlakValue;

/**
 * The coaching plan (pembinaan) of a COACHING outcome: focus values, training from the catalog, dialog dates. The three
 * lists are stored comma-separated: value names, training codes, ISO dates in order.
 */
@Entity
@Table(name = "coaching_plan")
class CoachingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "outcome_id", nullable = false, unique = true)
    private long outcomeId;
    @Column(name = "focus_values", nullable = false, length = 400)
    private String focusValues;
    @Column(name = "training_codes", nullable = false, length = 400)
    private String trainingCodes;
    @Column(name = "dialog_dates", nullable = false, length = 200)
    private String dialogDates;
    @Column(name = "plan_note", length = 2000)
    private String planNote;
    @Column(name = "drafted_by", nullable = false, length = 64)
    private String draftedBy;
    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "employee_note", length = 2000)
    private String employeeNote;
    @Enumerated(EnumType.STRING)
    @Column(name = "progress_result", length = 20)
    private CoachingProgress progressResult;
    @Column(name = "progress_note", length = 2000)
    private String progressNote;
    @Column(name = "progress_reviewed_by", length = 64)
    private String progressReviewedBy;
    @Column(name = "progress_reviewed_at")
    private Instant progressReviewedAt;

    protected CoachingPlan() {
    }

    CoachingPlan(long outcomeId) {
        this.outcomeId = outcomeId;
    }

    void draft(List<BerakhlakValue> focus, List<String> trainings, List<LocalDate> dates, String planNote, String by) {
        this.focusValues = focus.stream().map(Enum::name).collect(Collectors.joining(","));
        this.trainingCodes = String.join(",", trainings);
        this.dialogDates = dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(","));
        this.planNote = planNote;
        this.draftedBy = by;
        this.draftedAt = Instant.now();
    }

    void acknowledge(String note) {
        this.acknowledgedAt = Instant.now();
        this.employeeNote = note;
    }

    void review(CoachingProgress result, String note, String by) {
        this.progressResult = result;
        this.progressNote = note;
        this.progressReviewedBy = by;
        this.progressReviewedAt = Instant.now();
    }

    List<BerakhlakValue> focus() { return Arrays.stream(focusValues.split(",")).map(BerakhlakValue::valueOf).toList(); }
    List<String> trainingCodes() { return List.of(trainingCodes.split(",")); }
    List<LocalDate> dialogDates() { return Arrays.stream(dialogDates.split(",")).map(LocalDate::parse).toList(); }
    long getOutcomeId() { return outcomeId; }
    String getPlanNote() { return planNote; }
    Instant getAcknowledgedAt() { return acknowledgedAt; }
    String getEmployeeNote() { return employeeNote; }
    CoachingProgress getProgressResult() { return progressResult; }
}

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
import org.kinerja.outcome.OutcomeChoices.AppealVerdict;
import org.kinerja.outcome.OutcomeChoices.SanctionDecision;
import org.kinerja.scoring.Predikat;

/** One employee's consequence of a published cycle: outcome, angka kredit, appeal and sanction review. */
@Entity
@Table(name = "appraisal_outcome")
class AppraisalOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_id", nullable = false)
    private long cycleId;
    @Column(name = "cycle_year", nullable = false)
    private int year;
    @Column(name = "employee_id", nullable = false)
    private long employeeId;
    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;
    @Column(nullable = false, length = 18)
    private String nip;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Predikat predikat;
    @Enumerated(EnumType.STRING)
    @Column(name = "published_predikat", nullable = false, length = 20)
    private Predikat publishedPredikat;
    @Column(name = "calibration_note", length = 2000)
    private String calibrationNote;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;
    @Column(name = "credit_percent", nullable = false)
    private int creditPercent;
    @Column(name = "sanction_review", nullable = false)
    private boolean sanctionReview;
    @Column(name = "sanction_trigger", length = 400)
    private String sanctionTrigger;
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "auto_acknowledged", nullable = false)
    private boolean autoAcknowledged;
    @Column(name = "appeal_reason", length = 2000)
    private String appealReason;
    @Column(name = "appealed_at")
    private Instant appealedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_decision", length = 10)
    private AppealVerdict appealDecision;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_predikat", length = 20)
    private Predikat appealPredikat;
    @Column(name = "appeal_decision_reason", length = 2000)
    private String appealDecisionReason;
    @Column(name = "appeal_decided_by", length = 64)
    private String appealDecidedBy;
    @Column(name = "appeal_decided_at")
    private Instant appealDecidedAt;
    @Column(name = "incentive_granted_at")
    private Instant incentiveGrantedAt;
    @Column(name = "certificate_number", length = 60)
    private String certificateNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_decision", length = 40)
    private SanctionDecision sanctionDecision;
    @Column(name = "sanction_note", length = 2000)
    private String sanctionNote;
    @Column(name = "sanction_decided_by", length = 64)
    private String sanctionDecidedBy;
    @Column(name = "sanction_decided_at")
    private Instant sanctionDecidedAt;

    protected AppraisalOutcome() {
    }

    AppraisalOutcome(long cycleId, int year, long employeeId, long appraisalId, String nip, Predikat predikat, String calibrationNote) {
        this.cycleId = cycleId;
        this.year = year;
        this.employeeId = employeeId;
        this.appraisalId = appraisalId;
        this.nip = nip;
        this.predikat = predikat;
        this.publishedPredikat = predikat;
        this.calibrationNote = calibrationNote;
        this.publishedAt = Instant.now();
    }

    void decide(OutcomeDecision decision, boolean sanctionReview, String sanctionTrigger) {
        this.outcome = decision.outcome();
        this.creditPercent = decision.creditPercent();
        this.sanctionReview = sanctionReview;
        this.sanctionTrigger = sanctionTrigger;
    }

    void acknowledge(boolean automatically) {
        if (acknowledgedAt == null && appealedAt == null) {
            this.acknowledgedAt = Instant.now();
            this.autoAcknowledged = automatically;
        }
    }

    void appeal(String reason) {
        this.appealReason = reason;
        this.appealedAt = Instant.now();
    }

    void decideAppeal(AppealVerdict verdict, Predikat newPredikat, String reason, String by) {
        boolean change = verdict == AppealVerdict.CHANGE;
        this.appealDecision = verdict;
        this.appealPredikat = change ? newPredikat : null;
        this.appealDecisionReason = reason;
        this.appealDecidedBy = by;
        this.appealDecidedAt = Instant.now();
        if (change) {
            this.predikat = newPredikat;
        }
    }

    void grantReward(String certificateNumber) {
        this.certificateNumber = certificateNumber;
        this.incentiveGrantedAt = Instant.now();
    }

    void decideSanction(SanctionDecision decision, String note, String by) {
        this.sanctionDecision = decision;
        this.sanctionNote = note;
        this.sanctionDecidedBy = by;
        this.sanctionDecidedAt = Instant.now();
    }

    Long getId() { return id; }
    long getCycleId() { return cycleId; }
    int getYear() { return year; }
    long getEmployeeId() { return employeeId; }
    long getAppraisalId() { return appraisalId; }
    String getNip() { return nip; }
    Predikat getPredikat() { return predikat; }
    Predikat getPublishedPredikat() { return publishedPredikat; }
    String getCalibrationNote() { return calibrationNote; }
    Outcome getOutcome() { return outcome; }
    int getCreditPercent() { return creditPercent; }
    boolean isSanctionReview() { return sanctionReview; }
    String getSanctionTrigger() { return sanctionTrigger; }
    Instant getPublishedAt() { return publishedAt; }
    Instant getAcknowledgedAt() { return acknowledgedAt; }
    boolean isAutoAcknowledged() { return autoAcknowledged; }
    String getAppealReason() { return appealReason; }
    AppealVerdict getAppealDecision() { return appealDecision; }
    boolean isPredikatChangedOnAppeal() { return appealDecision == AppealVerdict.CHANGE; }
    String getAppealDecisionReason() { return appealDecisionReason; }
    String getAppealDecidedBy() { return appealDecidedBy; }
    Instant getAppealDecidedAt() { return appealDecidedAt; }
    String getCertificateNumber() { return certificateNumber; }
    SanctionDecision getSanctionDecision() { return sanctionDecision; }
}

package org.kinerja.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The realisations of one progress period (e-reporting) and the supervisor's continuous feedback on them. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "period_no", nullable = false)
    private int periodNo;

    @Column(name = "evidence_note", length = 2000)
    private String evidenceNote;

    @Column(name = "evidence_link", length = 500)
    private String evidenceLink;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(length = 4000)
    private String feedback;

    @Column(name = "feedback_by", length = 64)
    private String feedbackBy;

    @Column(name = "feedback_at")
    private Instant feedbackAt;

    /** Realisation so far, by indicator id. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "progress_realisation", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "realisation", precision = 14, scale = 4)
    private Map<Long, BigDecimal> realisations = new LinkedHashMap<>();

    protected ProgressReport() {
    }

    ProgressReport(long appraisalId, int periodNo) {
        this.appraisalId = appraisalId;
        this.periodNo = periodNo;
    }

    void report(Map<Long, BigDecimal> values, String note, String link) {
        realisations.clear();
        realisations.putAll(values);
        evidenceNote = note;
        evidenceLink = link;
        reportedAt = Instant.now();
    }

    void feedback(String text, String by) {
        feedback = text;
        feedbackBy = by;
        feedbackAt = Instant.now();
    }

    int getPeriodNo() {
        return periodNo;
    }

    String getEvidenceNote() {
        return evidenceNote;
    }

    String getEvidenceLink() {
        return evidenceLink;
    }

    String getFeedback() {
        return feedback;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    Map<Long, BigDecimal> getRealisations() {
        return realisations;
    }
}

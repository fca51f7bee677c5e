package org.kinerja.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kinerja.scoring.BehaviourBreakdown;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.scoring.Rating;
import org.kinerja.scoring.ValueBreakdown;

/** The merged result of an appraisal with its whole breakdown: what the employee will later see. */
@Entity
@Table(name = "appraisal_result")
class AppraisalResult {

    @Embeddable
    record Value(
            @Enumerated(EnumType.STRING) @Column(name = "value_code", length = 30) BerakhlakValue value,
            @Column(name = "supervisor", precision = 8, scale = 4) BigDecimal supervisor,
            @Column(name = "peer_average", precision = 8, scale = 4) BigDecimal peerAverage,
            @Column(name = "self_rating", precision = 8, scale = 4) BigDecimal self,
            @Column(name = "merged", precision = 8, scale = 4) BigDecimal merged,
            @Column(name = "citizen_score", precision = 8, scale = 4) BigDecimal citizenScore,
            @Column(name = "final_score", precision = 8, scale = 4) BigDecimal finalScore) {
    }

    @Id
    @Column(name = "appraisal_id")
    private Long appraisalId;

    @Column(name = "work_result_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal workResultScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_work_rating", nullable = false, length = 30)
    private Rating proposedWorkRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_rating", nullable = false, length = 30)
    private Rating workRating;

    @Column(name = "work_rating_overridden", nullable = false)
    private boolean workRatingOverridden;

    @Column(name = "override_reason", length = 2000)
    private String overrideReason;

    @Column(name = "behaviour_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal behaviourScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "behaviour_rating", nullable = false, length = 30)
    private Rating behaviourRating;

    @Column(name = "peer_count", nullable = false)
    private int peerCount;

    @Column(name = "peers_used", nullable = false)
    private boolean peersUsed;

    /** How many peers were asked; {@link #peerCount} of them answered before the peer rating closed. */
    @Column(name = "peers_asked")
    private Integer peersAsked;

    @Column(name = "citizen_used", nullable = false)
    private boolean citizenUsed;

    @Column(name = "citizen_ikm", precision = 6, scale = 2)
    private BigDecimal citizenIkm;

    @Column(name = "citizen_responses")
    private Integer citizenResponses;

    @Column(name = "citizen_score", precision = 8, scale = 4)
    private BigDecimal citizenScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Predikat predikat;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appraisal_result_value", joinColumns = @JoinColumn(name = "appraisal_id"))
    private List<Value> values = new ArrayList<>();

    protected AppraisalResult() {
    }

    AppraisalResult(long appraisalId) {
        this.appraisalId = appraisalId;
    }

    void record(BigDecimal workResultScore, Rating proposed, Rating workRating, String overrideReason,
            BehaviourBreakdown behaviour, int peersAsked, Rating behaviourRating, BigDecimal citizenIkm, Integer citizenResponses,
            Predikat predikat) {
        this.peersAsked = peersAsked;
        this.workResultScore = workResultScore;
        this.proposedWorkRating = proposed;
        this.workRating = workRating;
        this.workRatingOverridden = workRating != proposed;
        this.overrideReason = overrideReason;
        this.behaviourScore = behaviour.score();
        this.behaviourRating = behaviourRating;
        this.peerCount = behaviour.peerCount();
        this.peersUsed = behaviour.peersUsed();
        this.citizenUsed = behaviour.citizenUsed();
        this.citizenIkm = behaviour.citizenUsed() ? citizenIkm : null;
        this.citizenResponses = citizenResponses;
        this.citizenScore = behaviour.citizenScore();
        this.predikat = predikat;
        this.computedAt = Instant.now();
        this.values.clear();
        for (ValueBreakdown v : behaviour.values()) {
            values.add(new Value(v.value(), v.supervisor(), v.peerAverage(), v.self(), v.merged(), v.citizenScore(), v.finalScore()));
        }
    }

    Long getAppraisalId() {
        return appraisalId;
    }

    BigDecimal getWorkResultScore() {
        return workResultScore;
    }

    Rating getWorkRating() {
        return workRating;
    }

    Rating getProposedWorkRating() {
        return proposedWorkRating;
    }

    boolean isWorkRatingOverridden() {
        return workRatingOverridden;
    }

    String getOverrideReason() {
        return overrideReason;
    }

    BigDecimal getBehaviourScore() {
        return behaviourScore;
    }

    Rating getBehaviourRating() {
        return behaviourRating;
    }

    int getPeerCount() {
        return peerCount;
    }

    int getPeersAsked() {
        return peersAsked == null ? peerCount : peersAsked;
    }

    boolean isPeersUsed() {
        return peersUsed;
    }

    boolean isCitizenUsed() {
        return citizenUsed;
    }

    BigDecimal getCitizenIkm() {
        return citizenIkm;
    }

    Integer getCitizenResponses() {
        return citizenResponses;
    }

    Predikat getPredikat() {
        return predikat;
    }

    List<Value> getValues() {
        return values;
    }
}

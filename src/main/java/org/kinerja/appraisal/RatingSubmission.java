package org.kinerja.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.kinerja.scoring.BerakhlakValue;

/** One rater's BerAKHLAK ratings (1–5 per value) of one appraisal: self, a peer, or the supervisor. */
@Entity
@Table(name = "rating_submission")
class RatingSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "rater_id", nullable = false, length = 64)
    private String raterId;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_role", nullable = false, length = 12)
    private RaterRole raterRole;

    @Column(length = 4000)
    private String comment;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_score", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "value_code", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "score")
    private Map<BerakhlakValue, Integer> scores = new EnumMap<>(BerakhlakValue.class);

    protected RatingSubmission() {
    }

    RatingSubmission(long appraisalId, String raterId, RaterRole raterRole) {
        this.appraisalId = appraisalId;
        this.raterId = raterId;
        this.raterRole = raterRole;
    }

    void submit(Map<BerakhlakValue, Integer> values, String comment) {
        scores.clear();
        scores.putAll(values);
        this.comment = comment;
        this.submittedAt = Instant.now();
    }

    String getRaterId() {
        return raterId;
    }

    RaterRole getRaterRole() {
        return raterRole;
    }

    String getComment() {
        return comment;
    }

    Map<BerakhlakValue, Integer> getScores() {
        return scores;
    }
}

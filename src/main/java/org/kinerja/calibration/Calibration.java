package org.kinerja.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The calibration of one cycle. */
@Entity
@Table(name = "calibration")
class Calibration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false, unique = true)
    private long cycleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CalibrationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_rating", length = 20)
    private OrganisationRating organisationRating;

    @Column(name = "rating_basis", length = 4000)
    private String ratingBasis;

    @Column(name = "rated_by", length = 64)
    private String ratedBy;

    @Column(name = "rated_at")
    private Instant ratedAt;

    @Column(name = "proposal_notes", length = 4000)
    private String proposalNotes;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "finalised_by", length = 64)
    private String finalisedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Calibration() {
    }

    Calibration(long cycleId) {
        this.cycleId = cycleId;
        this.status = CalibrationStatus.AWAITING_RATING;
        this.createdAt = Instant.now();
    }

    void rate(OrganisationRating rating, String basis, String by) {
        this.organisationRating = rating;
        this.ratingBasis = basis;
        this.ratedBy = by;
        this.ratedAt = Instant.now();
        this.status = CalibrationStatus.RATED;
    }

    void proposed(String notes) {
        this.proposalNotes = notes;
        this.proposedAt = Instant.now();
        this.status = CalibrationStatus.CALIBRATING;
    }

    void finalise(String by) {
        this.finalisedBy = by;
        this.finalisedAt = Instant.now();
        this.status = CalibrationStatus.FINALISED;
    }

    void published() {
        this.publishedAt = Instant.now();
        this.status = CalibrationStatus.PUBLISHED;
    }

    Long getId() {
        return id;
    }

    long getCycleId() {
        return cycleId;
    }

    CalibrationStatus getStatus() {
        return status;
    }

    OrganisationRating getOrganisationRating() {
        return organisationRating;
    }

    String getRatingBasis() {
        return ratingBasis;
    }

    String getRatedBy() {
        return ratedBy;
    }

    String getProposalNotes() {
        return proposalNotes;
    }

    String getFinalisedBy() {
        return finalisedBy;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }
}

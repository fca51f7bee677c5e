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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kinerja.scoring.Rating;

/** One employee's appraisal in one cycle. */
@Entity
@Table(name = "appraisal")
class Appraisal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_id", nullable = false)
    private long cycleId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    /** The direct supervisor when the cycle started (pejabat penilai); null for the head of the organisation. */
    @Column(name = "supervisor_id")
    private Long supervisorId;

    @Column(name = "process_instance_id", nullable = false, length = 64)
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AppraisalStatus status;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "targets_approved_at")
    private Instant targetsApprovedAt;

    @Column(name = "targets_approved_by", length = 64)
    private String targetsApprovedBy;

    @Column(length = 4000)
    private String reflection;

    @Column(name = "work_result_score", precision = 6, scale = 2)
    private BigDecimal workResultScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_work_rating", length = 30)
    private Rating proposedWorkRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_rating_override", length = 30)
    private Rating workRatingOverride;

    @Column(name = "work_rating_override_reason", length = 2000)
    private String workRatingOverrideReason;

    /** The chosen peers, in the order the peer multi-instance reads them ({@code loopCounter} = position). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "appraisal_peer", joinColumns = @JoinColumn(name = "appraisal_id"))
    @OrderColumn(name = "seq")
    @Column(name = "peer_id")
    private List<Long> peerIds = new ArrayList<>();

    /** The official acting for the supervisor (Plt/Plh), appointed by HR; null when the supervisor of record acts. */
    @Column(name = "acting_supervisor_id")
    private Long actingSupervisorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Appraisal() {
    }

    Appraisal(long cycleId, long employeeId, Long supervisorId, String processInstanceId, List<Long> peerIds) {
        this.cycleId = cycleId;
        this.employeeId = employeeId;
        this.supervisorId = supervisorId;
        this.processInstanceId = processInstanceId;
        this.peerIds.addAll(peerIds);
        this.status = AppraisalStatus.DRAFTING;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void submitTargets() {
        status = AppraisalStatus.AWAITING_APPROVAL;
        touch();
    }

    void returnTargets(String comment) {
        status = AppraisalStatus.DRAFTING;
        returnComment = comment;
        touch();
    }

    void approveTargets(String by) {
        status = AppraisalStatus.REPORTING;
        returnComment = null;
        targetsApprovedAt = Instant.now();
        targetsApprovedBy = by;
        touch();
    }

    void selfAssessed(String reflection) {
        this.reflection = reflection;
        status = AppraisalStatus.SELF_ASSESSED;
        touch();
    }

    void proposeWorkRating(BigDecimal score, Rating rating) {
        workResultScore = score;
        proposedWorkRating = rating;
        status = AppraisalStatus.IN_REVIEW;
        touch();
    }

    void decideWorkRating(Rating override, String reason) {
        workRatingOverride = override;
        workRatingOverrideReason = reason;
        touch();
    }

    void scored() {
        status = AppraisalStatus.SCORED;
        touch();
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getCycleId() {
        return cycleId;
    }

    long getEmployeeId() {
        return employeeId;
    }

    Long getSupervisorId() {
        return supervisorId;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    AppraisalStatus getStatus() {
        return status;
    }

    String getReturnComment() {
        return returnComment;
    }

    String getReflection() {
        return reflection;
    }

    BigDecimal getWorkResultScore() {
        return workResultScore;
    }

    Rating getProposedWorkRating() {
        return proposedWorkRating;
    }

    Rating getWorkRatingOverride() {
        return workRatingOverride;
    }

    String getWorkRatingOverrideReason() {
        return workRatingOverrideReason;
    }

    List<Long> getPeerIds() {
        return peerIds;
    }

    Long getActingSupervisorId() {
        return actingSupervisorId;
    }

    /** Who acts as supervisor now: the acting official when HR appointed one, else the supervisor of record. */
    Long getSupervisorInCharge() {
        return actingSupervisorId != null ? actingSupervisorId : supervisorId;
    }

    void appointActingSupervisor(long employeeId) {
        actingSupervisorId = employeeId;
        touch();
    }
}

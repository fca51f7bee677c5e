package org.kinerja.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record of one appointment of an acting supervisor (Plt/Plh) for an appraisal: who, by whom, when and why. */
@Entity
@Table(name = "acting_assignment")
class ActingAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(name = "previous_holder_id")
    private Long previousHolderId;

    @Column(name = "acting_id", nullable = false)
    private long actingId;

    @Column(nullable = false, length = 2000)
    private String reason;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "reassigned_tasks", nullable = false)
    private int reassignedTasks;

    protected ActingAssignment() {
    }

    ActingAssignment(long appraisalId, Long previousHolderId, long actingId, String reason, String assignedBy, int reassignedTasks) {
        this.appraisalId = appraisalId;
        this.previousHolderId = previousHolderId;
        this.actingId = actingId;
        this.reason = reason;
        this.assignedBy = assignedBy;
        this.assignedAt = Instant.now();
        this.reassignedTasks = reassignedTasks;
    }

    long getAppraisalId() {
        return appraisalId;
    }

    Long getPreviousHolderId() {
        return previousHolderId;
    }

    long getActingId() {
        return actingId;
    }

    String getReason() {
        return reason;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    int getReassignedTasks() {
        return reassignedTasks;
    }
}

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
import org.hibernate.annotations.Immutable;
import org.kinerja.scoring.Predikat;

/**
 * One entry of the calibration audit trail: who changed whose predikat, when, from what to what, and why. Immutable
 * (Hibernate never updates it, the application has no update or delete path) and, on PostgreSQL, protected by a
 * trigger that refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity
@Immutable
@Table(name = "calibration_change")
class CalibrationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calibration_id", nullable = false, updatable = false)
    private long calibrationId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_predikat", nullable = false, updatable = false, length = 20)
    private Predikat fromPredikat;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_predikat", nullable = false, updatable = false, length = 20)
    private Predikat toPredikat;

    @Column(nullable = false, updatable = false, length = 2000)
    private String reason;

    protected CalibrationChange() {
    }

    CalibrationChange(long calibrationId, long employeeId, String changedBy, Predikat from, Predikat to, String reason) {
        this.calibrationId = calibrationId;
        this.employeeId = employeeId;
        this.changedBy = changedBy;
        this.changedAt = Instant.now();
        this.fromPredikat = from;
        this.toPredikat = to;
        this.reason = reason;
    }

    Long getId() {
        return id;
    }

    long getEmployeeId() {
        return employeeId;
    }

    String getChangedBy() {
        return changedBy;
    }

    Instant getChangedAt() {
        return changedAt;
    }

    Predikat getFromPredikat() {
        return fromPredikat;
    }

    Predikat getToPredikat() {
        return toPredikat;
    }

    String getReason() {
        return reason;
    }
}

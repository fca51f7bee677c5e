package org.kinerja.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The decision document of a published calibration (PDF), kept in its own table so the board never loads it. */
@Entity
@Table(name = "calibration_decision")
class CalibrationDecision {

    @Id
    @Column(name = "calibration_id")
    private Long calibrationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(nullable = false)
    private byte[] pdf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalibrationDecision() {
    }

    CalibrationDecision(long calibrationId, String fileName, byte[] pdf) {
        this.calibrationId = calibrationId;
        this.fileName = fileName;
        this.pdf = pdf;
        this.createdAt = Instant.now();
    }

    String getFileName() {
        return fileName;
    }

    byte[] getPdf() {
        return pdf;
    }
}

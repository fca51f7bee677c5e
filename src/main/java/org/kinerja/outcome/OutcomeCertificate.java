package org.kinerja.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The Piagam Penghargaan of a REWARD outcome (PDF), issued once. */
@Entity
@Table(name = "outcome_certificate")
class OutcomeCertificate {

    @Id
    @Column(name = "outcome_id")
    private Long outcomeId;
    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;
    @Column(nullable = false)
    private byte[] pdf;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutcomeCertificate() {
    }

    OutcomeCertificate(long outcomeId, String fileName, byte[] pdf) {
        this.outcomeId = outcomeId;
        this.fileName = fileName;
        this.pdf = pdf;
        this.createdAt = Instant.now();
    }

    String getFileName() { return fileName; }
    byte[] getPdf() { return pdf; }
}

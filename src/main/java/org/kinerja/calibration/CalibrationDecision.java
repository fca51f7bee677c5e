package org.kinerja.calibration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision of a published calibration ("Penetapan Predikat Kinerja Pegawai"), in its own table so the board never
 * loads it. What the document says besides the employees' rows is frozen here at publication (the organisation's name,
 * the date, the committee); the rows are the calibration's frozen entries. The PDF is rendered from both on each
 * download, streamed ({@link DecisionDocumentPdf}). Calibrations published before V17 have a stored {@code pdf} instead.
 */
@Entity
@Table(name = "calibration_decision")
class CalibrationDecision {

    /** A member of the Tim Penilai Kinerja at publication, who signs the decision. */
    @Embeddable
    record Member(@Column(name = "nip", nullable = false, length = 18) String nip,
            @Column(name = "name", nullable = false, length = 200) String name) {
    }

    @Id
    @Column(name = "calibration_id")
    private Long calibrationId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    /** The PDF stored at publication before V17; null since. */
    @Column
    private byte[] pdf;

    @Column(name = "organisation_name", length = 200)
    private String organisationName;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @ElementCollection
    @CollectionTable(name = "calibration_decision_member", joinColumns = @JoinColumn(name = "calibration_id"))
    @OrderColumn(name = "seq")
    private List<Member> committee = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalibrationDecision() {
    }

    CalibrationDecision(long calibrationId, String fileName, String organisationName, LocalDate decidedOn, List<Member> committee) {
        this.calibrationId = calibrationId;
        this.fileName = fileName;
        this.organisationName = organisationName;
        this.decidedOn = decidedOn;
        this.committee = new ArrayList<>(committee);
        this.createdAt = Instant.now();
    }

    String getFileName() {
        return fileName;
    }

    /** The PDF stored by a publication before V17, else null. */
    byte[] getStoredPdf() {
        return pdf;
    }

    String getOrganisationName() {
        return organisationName;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    List<Member> getCommittee() {
        return committee;
    }
}

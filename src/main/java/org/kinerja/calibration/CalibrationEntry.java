package org.kinerja.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.kinerja.scoring.Predikat;

/** One employee on the calibration board: scores, matrix predikat, the system's proposal and the final predikat. */
@Entity
@Table(name = "calibration_entry")
class CalibrationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calibration_id", nullable = false)
    private long calibrationId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    @Column(nullable = false, length = 18)
    private String nip;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "position_name", nullable = false, length = 200)
    private String positionName;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "unit_name", nullable = false, length = 200)
    private String unitName;

    @Column(name = "work_result_score", nullable = false, precision = 6, scale = 2)
    private BigDecimal workResultScore;

    @Column(name = "behaviour_score", nullable = false, precision = 4, scale = 2)
    private BigDecimal behaviourScore;

    @Column(nullable = false)
    private int ranking;

    @Enumerated(EnumType.STRING)
    @Column(name = "matrix_predikat", nullable = false, length = 20)
    private Predikat matrixPredikat;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_predikat", nullable = false, length = 20)
    private Predikat proposedPredikat;

    @Column(name = "proposal_reason", length = 2000)
    private String proposalReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_predikat", nullable = false, length = 20)
    private Predikat finalPredikat;

    protected CalibrationEntry() {
    }

    CalibrationEntry(long calibrationId, long employeeId, long appraisalId, String nip, String name, String positionName,
            long unitId, String unitName, BigDecimal workResultScore, BigDecimal behaviourScore, int ranking,
            Predikat matrixPredikat, Predikat proposedPredikat, String proposalReason) {
        this.calibrationId = calibrationId;
        this.employeeId = employeeId;
        this.appraisalId = appraisalId;
        this.nip = nip;
        this.name = name;
        this.positionName = positionName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.workResultScore = workResultScore;
        this.behaviourScore = behaviourScore;
        this.ranking = ranking;
        this.matrixPredikat = matrixPredikat;
        this.proposedPredikat = proposedPredikat;
        this.proposalReason = proposalReason;
        this.finalPredikat = proposedPredikat;
    }

    void changeTo(Predikat predikat) {
        this.finalPredikat = predikat;
    }

    long getEmployeeId() {
        return employeeId;
    }

    long getAppraisalId() {
        return appraisalId;
    }

    String getNip() {
        return nip;
    }

    String getName() {
        return name;
    }

    String getPositionName() {
        return positionName;
    }

    long getUnitId() {
        return unitId;
    }

    String getUnitName() {
        return unitName;
    }

    BigDecimal getWorkResultScore() {
        return workResultScore;
    }

    BigDecimal getBehaviourScore() {
        return behaviourScore;
    }

    int getRanking() {
        return ranking;
    }

    Predikat getMatrixPredikat() {
        return matrixPredikat;
    }

    Predikat getProposedPredikat() {
        return proposedPredikat;
    }

    String getProposalReason() {
        return proposalReason;
    }

    Predikat getFinalPredikat() {
        return finalPredikat;
    }
}

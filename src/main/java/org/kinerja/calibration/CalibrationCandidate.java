package org.kinerja.calibration;

import java.math.BigDecimal;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * An employee of a calibration group, as the proposal needs them: the two final (rounded) scores that rank the group
 * and the predikat from the matrix of PermenPANRB 6/2022.
 */
record CalibrationCandidate(long employeeId, String nip, BigDecimal workResultScore, BigDecimal behaviourScore,
        Predikat matrixPredikat) {

    public CalibrationCandidate {
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(workResultScore, "workResultScore");
        Objects.requireNonNull(behaviourScore, "behaviourScore");
        Objects.requireNonNull(matrixPredikat, "matrixPredikat");
    }
}

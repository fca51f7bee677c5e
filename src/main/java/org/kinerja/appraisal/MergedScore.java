package org.kinerja.appraisal;

import java.math.BigDecimal;
import org.kinerja.scoring.Predikat;

/** An employee's merged result in a cycle, as calibration reads it: the two scores and the matrix predikat. */
public record MergedScore(long appraisalId, long employeeId, BigDecimal workResultScore, BigDecimal behaviourScore,
        Predikat predikat) {
}

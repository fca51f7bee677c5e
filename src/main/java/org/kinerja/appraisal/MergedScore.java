package org.kinerja.appraisal;

import java.math.BigDecimal;
import org.kinerja.scoring.Predikat;

/**
 * An employee's merged result in a cycle, as calibration reads it: the two scores, the matrix predikat, and whether the
 * supervisor overrode the work rating the score gave (with the reason), which the calibration board marks.
 */
public record MergedScore(long appraisalId, long employeeId, BigDecimal workResultScore, BigDecimal behaviourScore,
        Predikat predikat, boolean workRatingOverridden, String overrideReason) {
}

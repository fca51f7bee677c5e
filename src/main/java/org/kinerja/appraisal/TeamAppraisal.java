package org.kinerja.appraisal;

import java.math.BigDecimal;

/**
 * One report's appraisal as their supervisor's team page reads it: the state in Bahasa Indonesia and, once merged,
 * the two final scores with their ratings (null before). Nothing about who rated: no peer, no single rating.
 */
public record TeamAppraisal(long appraisalId, long cycleId, long employeeId, String statusLabel, BigDecimal workResultScore,
        String workRating, BigDecimal behaviourScore, String behaviourRating) {
}

package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an employee sees of their own merged result: each indicator's target, realisation and achievement, the
 * behaviour score per value, the supervisor's comment, and the peer average and citizen IKM only where they may be shown
 * (at least 3 peers; at least 10 citizen responses). Never a single peer's rating or name. {@code peerNote} says how many
 * of the peers asked did not answer before the peer rating closed (null when all answered).
 */
public record ResultSheet(long appraisalId, long employeeId, List<Indicator> indicators, BigDecimal workResultScore, String workRating,
        String workRatingOverrideReason, List<ValueScore> values, BigDecimal behaviourScore, String behaviourRating,
        String supervisorComment, BigDecimal peerAverage, Integer peerCount, BigDecimal citizenIkm, Integer citizenResponses,
        String peerNote) {

    public record Indicator(String name, String unit, BigDecimal target, BigDecimal realisation, BigDecimal achievementPercent,
            BigDecimal weight) {
    }

    public record ValueScore(String value, BigDecimal finalScore) {
    }
}

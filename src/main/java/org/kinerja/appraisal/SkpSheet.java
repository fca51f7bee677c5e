package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An employee's own SKP as it stands: each indicator (IKI) with its target, weight, the cumulative realisation of each
 * progress period reported so far and the final realisation of the self-assessment; and the periods reported, with the
 * supervisor's feedback. Nothing in it names anyone.
 */
public record SkpSheet(long appraisalId, List<Indicator> indicators, List<Period> periods) {

    /** {@code realisationByPeriod}: period number → cumulative realisation reported for it. */
    public record Indicator(int seq, String resultTitle, String name, String unit, BigDecimal target, BigDecimal weight,
            Map<Integer, BigDecimal> realisationByPeriod, BigDecimal finalRealisation) {
    }

    /** A progress period the employee reported, and the supervisor's feedback on it (null until given). */
    public record Period(int periodNo, Instant reportedAt, String feedback) {
    }
}

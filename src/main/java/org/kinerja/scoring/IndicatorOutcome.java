package org.kinerja.scoring;

import java.math.BigDecimal;

/**
 * The outcome of one indicator (IKI) at the end of a period: its target, what was realised (realisasi), its direction
 * and its weight. Checked by {@link WorkResultScoring#score}: target &gt; 0, realisation &ge; 0, weight &ge; 0.
 */
public record IndicatorOutcome(BigDecimal target, BigDecimal realisation, Direction direction, BigDecimal weight) {
}

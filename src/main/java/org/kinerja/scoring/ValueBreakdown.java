package org.kinerja.scoring;

import java.math.BigDecimal;

/**
 * How the score of one core value was made up. Values are not rounded (16 significant digits); round them for display
 * only.
 *
 * @param value        the core value
 * @param supervisor   the supervisor's rating
 * @param peerAverage  the mean of the peers' ratings; null when the peers are not used (too few answered), so that it
 *                     is never shown
 * @param self         the self-assessment
 * @param merged       {@code Σ(weight × rating) / 100} over supervisor, peers and self
 * @param citizenScore the citizen score blended into this value; null unless used for this value
 * @param finalScore   the value's score: {@code merged}, or for Berorientasi Pelayanan with the citizen term
 *                     {@code (1 − share) × merged + share × citizenScore}
 */
public record ValueBreakdown(BerakhlakValue value, BigDecimal supervisor, BigDecimal peerAverage, BigDecimal self,
        BigDecimal merged, BigDecimal citizenScore, BigDecimal finalScore) {
}

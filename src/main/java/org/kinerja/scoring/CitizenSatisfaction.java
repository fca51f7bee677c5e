package org.kinerja.scoring;

import java.math.BigDecimal;

/**
 * An employee's individual citizen satisfaction index for the cycle (IKM, PermenPANRB 14/2017) and the number of
 * responses it is computed from.
 *
 * @param ikm       25–100
 * @param responses at least 0
 */
public record CitizenSatisfaction(BigDecimal ikm, int responses) {

    public CitizenSatisfaction {
        BehaviourScoring.checkIkm(ikm);
        if (responses < 0) {
            throw new IllegalArgumentException("Jumlah responden IKM tidak boleh negatif (tertulis: " + responses + ")");
        }
    }
}

package org.kinerja.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The behaviour score of one employee and how it was made up.
 *
 * @param values       one per core value, in {@link BerakhlakValue} order
 * @param score        the mean of the seven final scores, rounded half up to two decimals (the only rounding)
 * @param peerCount    how many peers answered, also when too few to be used
 * @param peersUsed    whether the peers' ratings were used (at least the settings' peer minimum answered)
 * @param citizenUsed  whether the citizen term was applied
 * @param citizenScore the citizen score (IKM mapped onto 1–5); null when not used
 */
public record BehaviourBreakdown(List<ValueBreakdown> values, BigDecimal score, int peerCount, boolean peersUsed,
        boolean citizenUsed, BigDecimal citizenScore) {

    public BehaviourBreakdown {
        values = List.copyOf(values);
    }
}

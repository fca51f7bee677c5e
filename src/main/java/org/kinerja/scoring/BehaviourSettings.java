package org.kinerja.scoring;

import java.math.BigDecimal;

/**
 * How the behaviour ratings are merged; a cycle setting. All values are product defaults ({@link #defaults()}).
 *
 * @param supervisorWeight        weight of the supervisor's rating (percent)
 * @param peerWeight              weight of the peers' mean rating (percent); moves to the supervisor when fewer than
 *                                {@code peerMinimum} peers answered
 * @param selfWeight              weight of the self-assessment (percent)
 * @param peerMinimum             the fewest peers whose ratings are used (anonymity)
 * @param citizenMinimumResponses the fewest citizen (IKM) responses for the citizen term to be used
 * @param citizenShare            the share (0–1) of the citizen score in the value Berorientasi Pelayanan
 */
public record BehaviourSettings(int supervisorWeight, int peerWeight, int selfWeight, int peerMinimum,
        int citizenMinimumResponses, BigDecimal citizenShare) {

    public BehaviourSettings {
        if (supervisorWeight < 0 || peerWeight < 0 || selfWeight < 0) {
            throw new IllegalArgumentException("Bobot atasan, rekan kerja dan diri sendiri tidak boleh negatif");
        }
        if (supervisorWeight + peerWeight + selfWeight != 100) {
            throw new IllegalArgumentException("Bobot atasan, rekan kerja dan diri sendiri harus berjumlah 100 (tertulis: "
                    + supervisorWeight + " + " + peerWeight + " + " + selfWeight + " = "
                    + (supervisorWeight + peerWeight + selfWeight) + ")");
        }
        if (peerMinimum < 1) {
            throw new IllegalArgumentException("Jumlah minimal rekan kerja harus paling sedikit 1 (tertulis: " + peerMinimum + ")");
        }
        if (citizenMinimumResponses < 1) {
            throw new IllegalArgumentException("Jumlah minimal responden masyarakat harus paling sedikit 1 (tertulis: "
                    + citizenMinimumResponses + ")");
        }
        if (citizenShare == null || citizenShare.signum() < 0 || citizenShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("Porsi nilai masyarakat harus antara 0 dan 1 (tertulis: "
                    + (citizenShare == null ? "kosong" : citizenShare.toPlainString()) + ")");
        }
    }

    /**
     * The product defaults: supervisor 60, peers 30, self 10; peers used from 3 answers; the citizen term from 10
     * responses, with a share of 0.3.
     */
    public static BehaviourSettings defaults() {
        return new BehaviourSettings(60, 30, 10, 3, 10, new BigDecimal("0.3"));
    }
}

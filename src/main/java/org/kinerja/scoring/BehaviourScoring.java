package org.kinerja.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The behaviour score (nilai perilaku kerja) of an employee: the supervisor's, the peers' and the employee's own
 * ratings of the seven BerAKHLAK core values (national rule) merged with the weights of {@link BehaviourSettings}
 * (product defaults), with the citizen satisfaction term for Berorientasi Pelayanan. The rating of the score is the DMN
 * table {@code behaviour-rating}.
 *
 * <p>Per value: {@code merged = Σ(weight × rating) / 100}, where the peers' rating is the mean over the peers, and the
 * peers count only when at least {@code peerMinimum} answered; otherwise their weight moves to the supervisor (their
 * answers are kept, but neither used nor shown). With at least {@code citizenMinimumResponses} citizen responses,
 * Berorientasi Pelayanan becomes {@code (1 − share) × merged + share × citizenScore(ikm)}.
 *
 * <p>Nothing is rounded on the way: every value is computed exactly, and only the final score, the mean of the seven
 * values, is rounded, to the two decimals shown to people, before {@link RatingRules#behaviourRating} rates it.
 */
public final class BehaviourScoring {

    private static final BigDecimal IKM_LOWEST = new BigDecimal("25");
    private static final BigDecimal IKM_HIGHEST = new BigDecimal("100");
    private static final int SCORE_SCALE = 2;

    private BehaviourScoring() {
    }

    /** Merges the ratings of one employee; see the class description. */
    public static BehaviourBreakdown merge(BehaviourInput input, BehaviourSettings settings) {
        if (input == null || settings == null) {
            throw new IllegalArgumentException("Penilaian perilaku dan pengaturannya wajib diisi");
        }
        List<Map<BerakhlakValue, Integer>> peers = input.peers();
        boolean peersUsed = peers.size() >= settings.peerMinimum();
        int supervisorWeight = settings.supervisorWeight() + (peersUsed ? 0 : settings.peerWeight());

        Fraction citizenScore = input.citizen()
                .filter(citizen -> citizen.responses() >= settings.citizenMinimumResponses())
                .map(citizen -> exactCitizenScore(citizen.ikm()))
                .orElse(null);
        Fraction citizenShare = Fraction.of(settings.citizenShare());

        List<ValueBreakdown> values = new ArrayList<>();
        Fraction total = Fraction.ZERO;
        for (BerakhlakValue value : BerakhlakValue.values()) {
            int supervisor = input.supervisor().get(value);
            int self = input.self().get(value);
            Fraction peerAverage = peersUsed
                    ? Fraction.of(peers.stream().mapToLong(peer -> peer.get(value)).sum()).dividedBy(peers.size())
                    : null;

            Fraction weighted = Fraction.of(supervisorWeight * supervisor + settings.selfWeight() * self);
            if (peersUsed) {
                weighted = weighted.plus(peerAverage.times(settings.peerWeight()));
            }
            Fraction merged = weighted.dividedBy(100);

            boolean citizenApplies = citizenScore != null && value == BerakhlakValue.BERORIENTASI_PELAYANAN;
            Fraction finalScore = citizenApplies
                    ? Fraction.ONE.minus(citizenShare).times(merged).plus(citizenShare.times(citizenScore))
                    : merged;
            total = total.plus(finalScore);

            values.add(new ValueBreakdown(value, BigDecimal.valueOf(supervisor), decimal(peerAverage),
                    BigDecimal.valueOf(self), merged.toDecimal(), citizenApplies ? citizenScore.toDecimal() : null,
                    finalScore.toDecimal()));
        }
        BigDecimal score = total.dividedBy(BerakhlakValue.values().length).round(SCORE_SCALE);
        return new BehaviourBreakdown(values, score, peers.size(), peersUsed, citizenScore != null,
                decimal(citizenScore));
    }

    /**
     * The citizen score: the IKM (25–100) mapped linearly onto the rating scale 1–5, {@code 1 + (ikm − 25) × 4 / 75}
     * (product default). Not rounded: 16 significant digits.
     *
     * @throws IllegalArgumentException when the IKM is missing or outside 25–100 (message in Bahasa Indonesia)
     */
    public static BigDecimal citizenScore(BigDecimal ikm) {
        return exactCitizenScore(ikm).toDecimal();
    }

    private static Fraction exactCitizenScore(BigDecimal ikm) {
        checkIkm(ikm);
        return Fraction.ONE.plus(Fraction.of(ikm.subtract(IKM_LOWEST)).times(4).dividedBy(75));
    }

    static void checkIkm(BigDecimal ikm) {
        if (ikm == null || ikm.compareTo(IKM_LOWEST) < 0 || ikm.compareTo(IKM_HIGHEST) > 0) {
            throw new IllegalArgumentException("IKM harus antara 25 dan 100 (tertulis: "
                    + (ikm == null ? "kosong" : ikm.toPlainString()) + ")");
        }
    }

    private static BigDecimal decimal(Fraction fraction) {
        return fraction == null ? null : fraction.toDecimal();
    }
}

package org.kinerja.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The work-result score (nilai hasil kerja) of an SKP, from its indicators (IKI). The achievement formula and its 120%
 * cap are product defaults (see DOMAIN.md); the rating of the score is the DMN table {@code work-result-rating}.
 *
 * <p>Nothing is rounded on the way: the achievements are exact fractions, and only the final score is rounded, to the
 * two decimals shown to people, before {@link RatingRules#workResultRating} rates it.
 */
public final class WorkResultScoring {

    /** Achievement is capped at 120% (product default). */
    private static final Fraction CAP = Fraction.of(new BigDecimal("1.2"));
    private static final int SCORE_SCALE = 2;

    private WorkResultScoring() {
    }

    /**
     * The achievement of one indicator as a ratio (1 = target met exactly):
     * {@code min(realisation / target, 1.2)} when higher is better, {@code min(target / realisation, 1.2)} when lower
     * is better, where a realisation of 0 counts as 1.2. Not rounded: 16 significant digits
     * ({@link MathContext#DECIMAL64}).
     *
     * @throws IllegalArgumentException when a value is missing, the target is not positive or the realisation is
     *         negative (message in Bahasa Indonesia)
     */
    public static BigDecimal achievement(Direction direction, BigDecimal target, BigDecimal realisation) {
        return exactAchievement(direction, target, realisation).toDecimal();
    }

    /**
     * The work-result score: {@code 100 × Σ(weight × achievement) / Σ weight}, in the range 0–120, rounded half up to
     * two decimals (the only rounding).
     *
     * @throws IllegalArgumentException when there is no indicator, a weight is missing or negative, the weights total
     *         0, or an indicator is invalid (see {@link #achievement}); messages in Bahasa Indonesia
     */
    public static BigDecimal score(List<IndicatorOutcome> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            throw new IllegalArgumentException("Nilai hasil kerja tidak dapat dihitung: belum ada indikator kinerja (IKI)");
        }
        Fraction weighted = Fraction.ZERO;
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorOutcome indicator = indicators.get(i);
            if (indicator == null) {
                throw new IllegalArgumentException("IKI ke-" + (i + 1) + " kosong");
            }
            BigDecimal weight = indicator.weight();
            if (weight == null || weight.signum() < 0) {
                throw new IllegalArgumentException("Bobot IKI ke-" + (i + 1)
                        + " wajib diisi dan tidak boleh negatif (tertulis: " + plain(weight) + ")");
            }
            Fraction achievement;
            try {
                achievement = exactAchievement(indicator.direction(), indicator.target(), indicator.realisation());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("IKI ke-" + (i + 1) + ": " + e.getMessage(), e);
            }
            weighted = weighted.plus(achievement.times(Fraction.of(weight)));
            totalWeight = totalWeight.add(weight);
        }
        if (totalWeight.signum() == 0) {
            throw new IllegalArgumentException("Nilai hasil kerja tidak dapat dihitung: jumlah bobot IKI adalah 0");
        }
        return weighted.times(100).dividedBy(Fraction.of(totalWeight)).round(SCORE_SCALE);
    }

    private static Fraction exactAchievement(Direction direction, BigDecimal target, BigDecimal realisation) {
        if (direction == null) {
            throw new IllegalArgumentException("Arah IKI (semakin tinggi atau semakin rendah semakin baik) wajib diisi");
        }
        if (target == null || target.signum() <= 0) {
            throw new IllegalArgumentException("Target IKI harus lebih besar dari 0 (tertulis: " + plain(target) + ")");
        }
        if (realisation == null || realisation.signum() < 0) {
            throw new IllegalArgumentException("Realisasi IKI wajib diisi dan tidak boleh negatif (tertulis: "
                    + plain(realisation) + ")");
        }
        return switch (direction) {
            case HIGHER_IS_BETTER -> Fraction.of(realisation, target).min(CAP);
            case LOWER_IS_BETTER -> realisation.signum() == 0 ? CAP : Fraction.of(target, realisation).min(CAP);
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "kosong" : value.toPlainString();
    }
}

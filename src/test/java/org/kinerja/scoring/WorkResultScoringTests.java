package org.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkResultScoringTests {

    @ParameterizedTest(name = "{0} target {1}, realisasi {2} -> {3}")
    @CsvSource({
            // higher is better: realisation / target, at most 1.2
            "HIGHER_IS_BETTER, 100, 80,  0.8",                 // under target: 80/100
            "HIGHER_IS_BETTER, 100, 100, 1",                   // at target
            "HIGHER_IS_BETTER, 100, 115, 1.15",                // over target, under the cap
            "HIGHER_IS_BETTER, 100, 120, 1.2",                 // exactly the cap
            "HIGHER_IS_BETTER, 100, 150, 1.2",                 // 1.5 capped at 1.2
            "HIGHER_IS_BETTER, 12,  0,   0",                   // nothing done
            "HIGHER_IS_BETTER, 3,   2,   0.6666666666666667",  // 2/3, not rounded: 16 significant digits
            // lower is better: target / realisation, at most 1.2; a realisation of 0 counts as 1.2
            "LOWER_IS_BETTER,  7,   5,   1.2",                 // 7 days planned, 5 taken: 7/5 = 1.4, capped at 1.2
            "LOWER_IS_BETTER,  7,   14,  0.5",                 // twice as long: 7/14
            "LOWER_IS_BETTER,  7,   7,   1",                   // on time
            "LOWER_IS_BETTER,  7,   6.5, 1.076923076923077",   // 7/6.5 = 1.0769230769..., under the cap
            "LOWER_IS_BETTER,  7,   0,   1.2"})                // done at once: counts as 1.2
    void shouldComputeTheAchievementOfAnIndicator(Direction direction, BigDecimal target, BigDecimal realisation,
            BigDecimal expected) {
        assertThat(WorkResultScoring.achievement(direction, target, realisation)).isEqualByComparingTo(expected);
    }

    /** Indicators are written {@code H|L:target:realisation:weight}, separated by {@code ;}. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // one indicator on target: 100 × 1 = 100
            "H:10:10:100                                  | 100.00",
            // mixed: 40 × 80/100 + 30 × 7/14 + 30 × min(60/50, 1.2) = 32 + 15 + 36 = 83; Σ weight 100 -> 83.00
            "H:100:80:40; L:7:14:30; H:50:60:30           | 83.00",
            // everything over the cap: 50 × 1.2 (20/10 = 2 capped) + 50 × 1.2 (realisation 0) = 120, the maximum
            "H:10:20:50; L:7:0:50                         | 120.00",
            // nothing done: 0, the minimum
            "H:10:0:60; H:5:0:40                          | 0.00",
            // weights need not total 100: 100 × (1 × 2/3 + 2 × 1) / 3 = 100 × 8/9 = 88.888... -> 88.89
            "H:3:2:1; H:3:3:2                             | 88.89",
            // half up on the exact value: 25 × 3/8 + 75 × 13/12 = 9.375 + 81.25 = 90.625 -> 90.63
            "H:8:3:25; H:12:13:75                         | 90.63",
            // 17 × 13/24 + 83 × 73/75 = 221/24 + 6059/75 = (5525 + 48472)/600 = 53997/600 = 89.995 exactly -> 90.00.
            // With 13/24 and 73/75 rounded to 16 digits first, the sum would be 89.99499999999999 -> 89.99, a
            // different rating: this is why the score is computed exactly and rounded once.
            "H:24:13:17; H:75:73:83                       | 90.00",
            // lower is better under the cap: 50 × 7/6.5 + 50 × 7/14 = 53.846153... + 25 = 78.846153... -> 78.85
            "L:7:6.5:50; L:7:14:50                        | 78.85"})
    void shouldComputeTheWeightedScore(String indicators, BigDecimal expected) {
        BigDecimal score = WorkResultScoring.score(parse(indicators));

        assertThat(score).isEqualByComparingTo(expected);
        assertThat(score.scale()).isEqualTo(2);
        assertThat(score).isBetween(BigDecimal.ZERO, new BigDecimal("120"));
    }

    @ParameterizedTest(name = "{0} target {1}, realisasi {2}: {3}")
    @CsvSource({
            "HIGHER_IS_BETTER, 0,  5,  Target IKI harus lebih besar dari 0 (tertulis: 0)",
            "LOWER_IS_BETTER,  -7, 5,  Target IKI harus lebih besar dari 0 (tertulis: -7)",
            "HIGHER_IS_BETTER,   , 5,  Target IKI harus lebih besar dari 0 (tertulis: kosong)",
            "HIGHER_IS_BETTER, 10, -1, Realisasi IKI wajib diisi dan tidak boleh negatif (tertulis: -1)",
            "LOWER_IS_BETTER,  7,    , Realisasi IKI wajib diisi dan tidak boleh negatif (tertulis: kosong)",
            "                , 7,  7,  Arah IKI (semakin tinggi atau semakin rendah semakin baik) wajib diisi"})
    void shouldRejectABadIndicatorInBahasaIndonesia(Direction direction, BigDecimal target, BigDecimal realisation,
            String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.achievement(direction, target, realisation))
                .withMessage(message);
    }

    @Test
    void shouldNameTheBadIndicatorInTheScore() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.score(parse("H:10:10:50; H:0:10:50")))
                .withMessage("IKI ke-2: Target IKI harus lebih besar dari 0 (tertulis: 0)");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.score(parse("H:10:10:50; H:10:10:-5")))
                .withMessage("Bobot IKI ke-2 wajib diisi dan tidak boleh negatif (tertulis: -5)");
    }

    @Test
    void shouldRefuseAScoreWithoutIndicatorsOrWeights() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.score(List.of()))
                .withMessage("Nilai hasil kerja tidak dapat dihitung: belum ada indikator kinerja (IKI)");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.score(null))
                .withMessageContaining("belum ada indikator");
        assertThatIllegalArgumentException().isThrownBy(() -> WorkResultScoring.score(parse("H:10:10:0; L:7:5:0")))
                .withMessage("Nilai hasil kerja tidak dapat dihitung: jumlah bobot IKI adalah 0");
    }

    @Test
    void shouldLabelTheEnumsInBahasaIndonesia() {
        assertThat(Direction.LOWER_IS_BETTER.label()).isEqualTo("Semakin rendah semakin baik");
        assertThat(Aspect.KUALITAS.label()).isEqualTo("Kualitas");
        assertThat(Rating.DI_ATAS_EKSPEKTASI.label()).isEqualTo("Di atas ekspektasi");
        assertThat(Predikat.KURANG.label()).isEqualTo("Kurang/Misconduct");
        assertThat(BerakhlakValue.BERORIENTASI_PELAYANAN.label()).isEqualTo("Berorientasi Pelayanan");
    }

    private static List<IndicatorOutcome> parse(String indicators) {
        return Arrays.stream(indicators.split(";")).map(String::trim).map(indicator -> {
            String[] part = indicator.split(":");
            Direction direction = part[0].equals("H") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            return new IndicatorOutcome(new BigDecimal(part[1]), new BigDecimal(part[2]), direction,
                    new BigDecimal(part[3]));
        }).toList();
    }
}

package org.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kinerja.scoring.BerakhlakValue.BERORIENTASI_PELAYANAN;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ratings are written as seven digits in {@link BerakhlakValue} order: Berorientasi Pelayanan, Akuntabel, Kompeten,
 * Harmonis, Loyal, Adaptif, Kolaboratif. Every case below is worked by hand.
 */
class BehaviourScoringTests {

    static final Map<BerakhlakValue, Integer> SUPERVISOR = ratings("4543445");
    static final Map<BerakhlakValue, Integer> PEER_1 = ratings("4444434");
    static final Map<BerakhlakValue, Integer> PEER_2 = ratings("5434435");
    static final Map<BerakhlakValue, Integer> PEER_3 = ratings("4455433");
    static final Map<BerakhlakValue, Integer> SELF = ratings("5544544");

    static final BehaviourSettings DEFAULTS = BehaviourSettings.defaults();

    @Test
    void shouldUseThePeersFromThreeAnswers() {
        // Peer means: BP (4+5+4)/3 = 13/3, AK 4, KO (4+3+5)/3 = 4, HA (4+4+5)/3 = 13/3, LO 4, AD 3, KOL (4+5+3)/3 = 4.
        // merged = 0.6 × supervisor + 0.3 × peer mean + 0.1 × self:
        //   BP  2.4 + 1.3 + 0.5 = 4.2   (0.3 × 13/3 = 1.3 exactly: the mean 4.333... is not rounded first)
        //   AK  3.0 + 1.2 + 0.5 = 4.7
        //   KO  2.4 + 1.2 + 0.4 = 4.0
        //   HA  1.8 + 1.3 + 0.4 = 3.5
        //   LO  2.4 + 1.2 + 0.5 = 4.1
        //   AD  2.4 + 0.9 + 0.4 = 3.7
        //   KOL 3.0 + 1.2 + 0.4 = 4.6
        // score = 28.8 / 7 = 4.1142857... -> 4.11
        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(PEER_1, PEER_2, PEER_3), Optional.empty()),
                DEFAULTS);

        assertThat(result.score()).isEqualByComparingTo("4.11");
        assertThat(result.score().scale()).isEqualTo(2);
        assertThat(result.peerCount()).isEqualTo(3);
        assertThat(result.peersUsed()).isTrue();
        assertThat(result.citizenUsed()).isFalse();
        assertThat(result.citizenScore()).isNull();
        assertThat(result.values()).extracting(ValueBreakdown::value).containsExactly(BerakhlakValue.values());
        assertThat(result.values()).extracting(ValueBreakdown::finalScore).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(decimals("4.2", "4.7", "4.0", "3.5", "4.1", "3.7", "4.6"));
        ValueBreakdown service = result.values().get(0);
        assertThat(service.supervisor()).isEqualByComparingTo("4");
        assertThat(service.peerAverage()).isEqualByComparingTo("4.333333333333333");
        assertThat(service.self()).isEqualByComparingTo("5");
        assertThat(service.merged()).isEqualByComparingTo("4.2");
        assertThat(service.citizenScore()).isNull();
    }

    @Test
    void shouldMoveThePeerWeightToTheSupervisorBelowThreePeers() {
        // Two peers answered: kept as a count, but not used and not shown. merged = 0.9 × supervisor + 0.1 × self:
        //   BP 3.6 + 0.5 = 4.1, AK 4.5 + 0.5 = 5.0, KO 3.6 + 0.4 = 4.0, HA 2.7 + 0.4 = 3.1, LO 3.6 + 0.5 = 4.1,
        //   AD 3.6 + 0.4 = 4.0, KOL 4.5 + 0.4 = 4.9
        // score = 29.2 / 7 = 4.1714285... -> 4.17
        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(PEER_1, PEER_2), Optional.empty()), DEFAULTS);

        assertThat(result.score()).isEqualByComparingTo("4.17");
        assertThat(result.peerCount()).isEqualTo(2);
        assertThat(result.peersUsed()).isFalse();
        assertThat(result.values()).extracting(ValueBreakdown::peerAverage).containsOnlyNulls();
        assertThat(result.values()).extracting(ValueBreakdown::finalScore).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(decimals("4.1", "5.0", "4.0", "3.1", "4.1", "4.0", "4.9"));
    }

    @Test
    void shouldScoreWithoutAnyPeer() {
        // Same as two peers: 0.9 × supervisor + 0.1 × self -> 4.17
        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(), Optional.empty()), DEFAULTS);

        assertThat(result.score()).isEqualByComparingTo("4.17");
        assertThat(result.peerCount()).isZero();
        assertThat(result.peersUsed()).isFalse();
    }

    @Test
    void shouldBlendTheCitizenScoreIntoServiceOrientationFromTenResponses() {
        // IKM 88.75 -> citizen score 1 + (88.75 − 25) × 4 / 75 = 1 + 63.75 × 4 / 75 = 1 + 3.4 = 4.4.
        // Berorientasi Pelayanan = 0.7 × 4.2 + 0.3 × 4.4 = 2.94 + 1.32 = 4.26; the six other values are unchanged.
        // score = (28.8 − 4.2 + 4.26) / 7 = 28.86 / 7 = 4.1228571... -> 4.12
        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(PEER_1, PEER_2, PEER_3),
                Optional.of(new CitizenSatisfaction(new BigDecimal("88.75"), 10))), DEFAULTS);

        assertThat(result.score()).isEqualByComparingTo("4.12");
        assertThat(result.citizenUsed()).isTrue();
        assertThat(result.citizenScore()).isEqualByComparingTo("4.4");
        ValueBreakdown service = result.values().get(0);
        assertThat(service.value()).isEqualTo(BERORIENTASI_PELAYANAN);
        assertThat(service.merged()).isEqualByComparingTo("4.2");
        assertThat(service.citizenScore()).isEqualByComparingTo("4.4");
        assertThat(service.finalScore()).isEqualByComparingTo("4.26");
        assertThat(result.values().subList(1, 7)).allSatisfy(value -> {
            assertThat(value.citizenScore()).isNull();
            assertThat(value.finalScore()).isEqualByComparingTo(value.merged());
        });
    }

    @Test
    void shouldIgnoreTheCitizenScoreBelowTenResponses() {
        // 9 responses: as without citizens, 4.11
        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(PEER_1, PEER_2, PEER_3),
                Optional.of(new CitizenSatisfaction(new BigDecimal("88.75"), 9))), DEFAULTS);

        assertThat(result.score()).isEqualByComparingTo("4.11");
        assertThat(result.citizenUsed()).isFalse();
        assertThat(result.citizenScore()).isNull();
        assertThat(result.values().get(0).citizenScore()).isNull();
        assertThat(result.values().get(0).finalScore()).isEqualByComparingTo("4.2");
    }

    @Test
    void shouldFollowTheCycleSettings() {
        // Settings 50/40/10, peers from 2, citizens from 5 responses with a share of 0.5.
        // Peer means of PEER_1 and PEER_2: BP 4.5, AK 4, KO 3.5, HA 4, LO 4, AD 3, KOL 4.5.
        // merged = 0.5 × supervisor + 0.4 × peer mean + 0.1 × self:
        //   BP 2.0 + 1.8 + 0.5 = 4.3, AK 2.5 + 1.6 + 0.5 = 4.6, KO 2.0 + 1.4 + 0.4 = 3.8, HA 1.5 + 1.6 + 0.4 = 3.5,
        //   LO 2.0 + 1.6 + 0.5 = 4.1, AD 2.0 + 1.2 + 0.4 = 3.6, KOL 2.5 + 1.8 + 0.4 = 4.7   (sum 28.6)
        // IKM 62.5 -> citizen score 3; BP = 0.5 × 4.3 + 0.5 × 3 = 3.65
        // score = (28.6 − 4.3 + 3.65) / 7 = 27.95 / 7 = 3.9928571... -> 3.99
        BehaviourSettings settings = new BehaviourSettings(50, 40, 10, 2, 5, new BigDecimal("0.5"));

        BehaviourBreakdown result = BehaviourScoring.merge(input(List.of(PEER_1, PEER_2),
                Optional.of(new CitizenSatisfaction(new BigDecimal("62.5"), 5))), settings);

        assertThat(result.score()).isEqualByComparingTo("3.99");
        assertThat(result.peersUsed()).isTrue();
        assertThat(result.values().get(0).peerAverage()).isEqualByComparingTo("4.5");
        assertThat(result.values().get(0).finalScore()).isEqualByComparingTo("3.65");
    }

    @ParameterizedTest(name = "IKM {0} -> {1}")
    @CsvSource({
            "25,    1",                  // the lowest IKM -> the lowest rating
            "100,   5",                  // the highest IKM -> the highest rating
            "62.5,  3",                  // the middle: 1 + 37.5 × 4 / 75 = 1 + 2 = 3
            "88.75, 4.4",                // 1 + 63.75 × 4 / 75 = 1 + 3.4
            "80,    3.933333333333333"}) // 1 + 55 × 4 / 75 = 1 + 2.9333...; not rounded: 16 significant digits
    void shouldMapTheIkmOntoTheRatingScale(BigDecimal ikm, BigDecimal expected) {
        assertThat(BehaviourScoring.citizenScore(ikm)).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"24.99", "100.01"})
    void shouldRefuseAnIkmOutsideItsRange(BigDecimal ikm) {
        assertThatIllegalArgumentException().isThrownBy(() -> BehaviourScoring.citizenScore(ikm))
                .withMessage("IKM harus antara 25 dan 100 (tertulis: " + ikm + ")");
        assertThatIllegalArgumentException().isThrownBy(() -> new CitizenSatisfaction(ikm, 12))
                .withMessageStartingWith("IKM harus antara 25 dan 100");
    }

    @Test
    void shouldRequireAllSevenValuesFromOneToFive() {
        Map<BerakhlakValue, Integer> incomplete = new EnumMap<>(SUPERVISOR);
        incomplete.remove(BerakhlakValue.LOYAL);

        assertThatIllegalArgumentException().isThrownBy(() -> new BehaviourInput(incomplete, List.of(), SELF, Optional.empty()))
                .withMessage("Penilaian atasan belum lengkap: nilai Loyal belum diisi");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BehaviourInput(SUPERVISOR, List.of(PEER_1, ratings("4444436")), SELF, Optional.empty()))
                .withMessage("Penilaian rekan kerja ke-2: nilai Kolaboratif harus antara 1 dan 5 (tertulis: 6)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new BehaviourInput(SUPERVISOR, List.of(), ratings("0444444"), Optional.empty()))
                .withMessage("Penilaian diri sendiri: nilai Berorientasi Pelayanan harus antara 1 dan 5 (tertulis: 0)");
        assertThatIllegalArgumentException().isThrownBy(() -> new BehaviourInput(SUPERVISOR, List.of(), null, Optional.empty()))
                .withMessage("Penilaian diri sendiri wajib diisi");
    }

    @Test
    void shouldRequireSettingsWhoseWeightsTotalOneHundred() {
        assertThat(DEFAULTS).isEqualTo(new BehaviourSettings(60, 30, 10, 3, 10, new BigDecimal("0.3")));
        assertThatIllegalArgumentException().isThrownBy(() -> new BehaviourSettings(60, 30, 20, 3, 10, new BigDecimal("0.3")))
                .withMessage("Bobot atasan, rekan kerja dan diri sendiri harus berjumlah 100 (tertulis: 60 + 30 + 20 = 110)");
        assertThatIllegalArgumentException().isThrownBy(() -> new BehaviourSettings(60, 30, 10, 3, 10, new BigDecimal("1.5")))
                .withMessage("Porsi nilai masyarakat harus antara 0 dan 1 (tertulis: 1.5)");
    }

    private static BehaviourInput input(List<Map<BerakhlakValue, Integer>> peers, Optional<CitizenSatisfaction> citizen) {
        return new BehaviourInput(SUPERVISOR, peers, SELF, citizen);
    }

    static Map<BerakhlakValue, Integer> ratings(String digits) {
        Map<BerakhlakValue, Integer> ratings = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue value : BerakhlakValue.values()) {
            ratings.put(value, digits.charAt(value.ordinal()) - '0');
        }
        return ratings;
    }

    private static BigDecimal[] decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toArray(BigDecimal[]::new);
    }
}

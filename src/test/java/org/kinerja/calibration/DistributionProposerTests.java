package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.kinerja.calibration.DistributionBound.atLeastEmployees;
import static org.kinerja.calibration.DistributionBound.atLeastPercent;
import static org.kinerja.calibration.DistributionBound.atMostPercent;
import static org.kinerja.scoring.Predikat.BAIK;
import static org.kinerja.scoring.Predikat.BUTUH_PERBAIKAN;
import static org.kinerja.scoring.Predikat.KURANG;
import static org.kinerja.scoring.Predikat.SANGAT_BAIK;
import static org.kinerja.scoring.Predikat.SANGAT_KURANG;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinerja.scoring.Predikat;

/** The distribution check and the system's proposal, with the bounds of DOMAIN.md built in Java. */
class DistributionProposerTests {

    /** The default table of DOMAIN.md "Calibration (kurva distribusi)", in the DMN's row order. */
    static List<DistributionBound> domainTable(OrganisationRating rating) {
        return switch (rating) {
            case ISTIMEWA -> List.of(atMostPercent(70, SANGAT_BAIK));
            case BAIK -> List.of(atMostPercent(70, BAIK), atLeastEmployees(1, BUTUH_PERBAIKAN, KURANG));
            case BUTUH_PERBAIKAN -> List.of(atLeastPercent(60, BUTUH_PERBAIKAN), atMostPercent(10, SANGAT_BAIK));
            case KURANG -> List.of(atLeastPercent(60, KURANG), atLeastPercent(10, BUTUH_PERBAIKAN),
                    atMostPercent(10, SANGAT_BAIK));
            case SANGAT_KURANG -> List.of(atLeastPercent(60, SANGAT_KURANG), atLeastPercent(10, KURANG, BUTUH_PERBAIKAN),
                    atMostPercent(0, SANGAT_BAIK));
        };
    }

    // ---- every rating, every group size

    static Stream<Arguments> everyRatingAndSize() {
        List<Arguments> cases = new ArrayList<>();
        for (OrganisationRating rating : OrganisationRating.values()) {
            for (int n : new int[] {1, 2, 5, 12, 100}) {
                for (String start : List.of("SANGAT_BAIK", "BAIK", "SANGAT_BAIK,BAIK,BUTUH_PERBAIKAN")) {
                    cases.add(Arguments.of(rating, n, start));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, n = {1}, mulai {2}")
    @MethodSource("everyRatingAndSize")
    void shouldProposeADistributionThatSatisfiesTheCurve(OrganisationRating rating, int n, String start) {
        List<Predikat> pattern = Arrays.stream(start.split(",")).map(Predikat::valueOf).toList();
        List<CalibrationCandidate> group = IntStream.range(0, n)
                .mapToObj(i -> candidate(i, pattern.get(i % pattern.size()))).toList();

        DistributionProposal proposal = DistributionProposer.propose(group, domainTable(rating));

        assertThat(proposal.remaining()).isEmpty();
        assertThat(DistributionCheck.check(domainTable(rating), proposal.proposedCounts(), n)).isEmpty();
        assertThat(proposal.rows()).hasSize(n);
        assertThat(proposal.rows()).extracting(ProposedPredikat::rank).containsExactlyElementsOf(
                IntStream.rangeClosed(1, n).boxed().toList());
        assertThat(proposal.rows()).allSatisfy(row -> {
            assertThat(row.proposed().ordinal()).isGreaterThanOrEqualTo(row.candidate().matrixPredikat().ordinal());
            assertThat(row.reasons().isEmpty()).isEqualTo(!row.moved());
            assertThat(row.reasons()).allSatisfy(reason -> assertThat(reason).startsWith("Turun dari "));
        });
        if (pattern.size() == 1) { // a uniform start: a better rank never ends below a worse one
            assertThat(proposal.rows()).extracting(row -> row.proposed().ordinal()).isSorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ISTIMEWA,        0, 12, 0, 0, 0",
            "BAIK,            0, 8,  4, 0, 0",
            "BUTUH_PERBAIKAN, 0, 4,  8, 0, 0",
            "KURANG,          0, 2,  2, 8, 0",
            "SANGAT_KURANG,   0, 2,  2, 0, 8"})
    void shouldProposeTheExactCountsForTwelveBaik(OrganisationRating rating, int sangatBaik, int baik,
            int butuhPerbaikan, int kurang, int sangatKurang) {
        DistributionProposal proposal = DistributionProposer.propose(uniform(12, BAIK), domainTable(rating));

        assertThat(proposal.proposedCounts()).isEqualTo(counts(sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang));
        assertThat(proposal.remaining()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ISTIMEWA,        70, 30, 0,  0,  0",
            "BAIK,            99, 0,  1,  0,  0",
            "BUTUH_PERBAIKAN, 10, 30, 60, 0,  0",
            "KURANG,          10, 20, 10, 60, 0",
            "SANGAT_KURANG,   0,  30, 10, 0,  60"})
    void shouldProposeTheExactCountsForAHundredSangatBaik(OrganisationRating rating, int sangatBaik, int baik,
            int butuhPerbaikan, int kurang, int sangatKurang) {
        DistributionProposal proposal = DistributionProposer.propose(uniform(100, SANGAT_BAIK), domainTable(rating));

        assertThat(proposal.proposedCounts()).isEqualTo(counts(sangatBaik, baik, butuhPerbaikan, kurang, sangatKurang));
        assertThat(proposal.remaining()).isEmpty();
    }

    // ---- concrete moves and their reasons

    @Test
    void shouldMoveTheFourLowestRankedOfTwelveBaikOneStepDown() {
        DistributionProposal proposal = DistributionProposer.propose(uniform(12, BAIK), domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows().subList(0, 8)).allSatisfy(row -> {
            assertThat(row.proposed()).isEqualTo(BAIK);
            assertThat(row.moved()).isFalse();
            assertThat(row.reasons()).isEmpty();
        });
        assertThat(proposal.rows().subList(8, 12)).allSatisfy(row -> {
            assertThat(row.proposed()).isEqualTo(BUTUH_PERBAIKAN);
            assertThat(row.moved()).isTrue();
            assertThat(row.reasons()).containsExactly(
                    "Turun dari Baik ke Butuh Perbaikan. Baik: 12 dari 12 pegawai, melebihi batas 8 (batas: paling banyak 70% pegawai berpredikat Baik)");
        });
        assertThat(proposal.rows()).extracting(row -> row.candidate().employeeId())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(proposal.notes()).isEmpty();
    }

    @Test
    void shouldMoveOnlyTheLowestRankedHolderOfTheCappedPredikat() {
        // 9 BAIK and 3 BUTUH_PERBAIKAN; the lowest-ranked BAIK is rank 10, below it two BUTUH_PERBAIKAN stay put
        List<CalibrationCandidate> group = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            group.add(candidate(i, i == 8 || i == 10 || i == 11 ? BUTUH_PERBAIKAN : BAIK));
        }

        DistributionProposal proposal = DistributionProposer.propose(group, domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).filteredOn(ProposedPredikat::moved).singleElement().satisfies(row -> {
            assertThat(row.rank()).isEqualTo(10);
            assertThat(row.proposed()).isEqualTo(BUTUH_PERBAIKAN);
            assertThat(row.reasons()).containsExactly(
                    "Turun dari Baik ke Butuh Perbaikan. Baik: 9 dari 12 pegawai, melebihi batas 8 (batas: paling banyak 70% pegawai berpredikat Baik)");
        });
        assertThat(proposal.proposedCounts()).isEqualTo(counts(0, 8, 4, 0, 0));
    }

    @Test
    void shouldMoveDownToTheHighestMemberOfAMinimumWithAReason() {
        DistributionProposal proposal = DistributionProposer.propose(uniform(12, BAIK),
                domainTable(OrganisationRating.KURANG));

        assertThat(proposal.rows()).extracting(ProposedPredikat::proposed).containsExactly(BAIK, BAIK,
                BUTUH_PERBAIKAN, BUTUH_PERBAIKAN, KURANG, KURANG, KURANG, KURANG, KURANG, KURANG, KURANG, KURANG);
        assertThat(proposal.rows().get(11).reasons()).containsExactly(
                "Turun dari Baik ke Kurang/Misconduct. Kurang/Misconduct: 0 dari 12 pegawai, kurang dari minimum 8 (batas: paling sedikit 60% pegawai berpredikat Kurang/Misconduct)");
        assertThat(proposal.rows().get(3).reasons()).containsExactly(
                "Turun dari Baik ke Butuh Perbaikan. Butuh Perbaikan: 0 dari 12 pegawai, kurang dari minimum 2 (batas: paling sedikit 10% pegawai berpredikat Butuh Perbaikan)");
    }

    @Test
    void shouldGiveOneReasonPerMove() {
        DistributionProposal proposal = DistributionProposer.propose(uniform(100, SANGAT_BAIK),
                domainTable(OrganisationRating.SANGAT_KURANG));

        assertThat(proposal.rows().get(99).reasons()).containsExactly(
                "Turun dari Sangat Baik ke Baik. Sangat Baik: 100 dari 100 pegawai, melebihi batas 0 (batas: tidak ada pegawai berpredikat Sangat Baik)",
                "Turun dari Baik ke Sangat Kurang. Sangat Kurang: 0 dari 100 pegawai, kurang dari minimum 60 (batas: paling sedikit 60% pegawai berpredikat Sangat Kurang)");
        assertThat(proposal.rows().get(0).reasons()).containsExactly(
                "Turun dari Sangat Baik ke Baik. Sangat Baik: 100 dari 100 pegawai, melebihi batas 0 (batas: tidak ada pegawai berpredikat Sangat Baik)");
    }

    @Test
    void shouldMoveAHolderOfACappedSetOutOfTheWholeSet() {
        DistributionProposal proposal = DistributionProposer.propose(uniform(4, SANGAT_BAIK),
                List.of(atMostPercent(50, SANGAT_BAIK, BAIK)));

        assertThat(proposal.rows()).extracting(ProposedPredikat::proposed)
                .containsExactly(SANGAT_BAIK, SANGAT_BAIK, BUTUH_PERBAIKAN, BUTUH_PERBAIKAN);
        assertThat(proposal.rows().get(3).reasons()).containsExactly("Turun dari Sangat Baik ke Butuh Perbaikan. Sangat Baik atau Baik: 4 dari 4 pegawai, melebihi batas 2 (batas: paling banyak 50% pegawai berpredikat Sangat Baik atau Baik)");
    }

    // ---- exact boundaries

    @Test
    void shouldRoundMaximumsDownAndMinimumsUpExactly() {
        assertThat(atMostPercent(70, BAIK).limit(10)).isEqualTo(7);
        assertThat(atMostPercent(70, BAIK).limit(12)).isEqualTo(8); // floor(8.4)
        assertThat(atMostPercent(70, SANGAT_BAIK).limit(100)).isEqualTo(70);
        assertThat(atMostPercent(10, SANGAT_BAIK).limit(5)).isZero(); // floor(0.5)
        assertThat(atLeastPercent(60, BUTUH_PERBAIKAN).limit(12)).isEqualTo(8); // ceil(7.2)
        assertThat(atLeastPercent(60, BUTUH_PERBAIKAN).limit(10)).isEqualTo(6);
        assertThat(atLeastPercent(10, BUTUH_PERBAIKAN).limit(12)).isEqualTo(2); // ceil(1.2)
        assertThat(atLeastEmployees(1, BUTUH_PERBAIKAN, KURANG).limit(100)).isEqualTo(1);
        // exact decimals, no binary floating point: 12.5% of 8 is exactly 1; 33.3% of 3 is 0.999
        DistributionBound eighth = new DistributionBound(java.util.EnumSet.of(BAIK), DistributionBound.Kind.AT_MOST_PERCENT,
                new BigDecimal("12.5"));
        assertThat(eighth.limit(8)).isEqualTo(1);
        assertThat(eighth.limit(7)).isZero();
        DistributionBound third = new DistributionBound(java.util.EnumSet.of(BAIK), DistributionBound.Kind.AT_LEAST_PERCENT,
                new BigDecimal("33.3"));
        assertThat(third.limit(3)).isEqualTo(1);
        assertThat(third.limit(30)).isEqualTo(10); // 9.99 -> 10
    }

    @Test
    void shouldAllowSevenBaikOfTenAndMoveTheEighth() {
        List<DistributionBound> baik = domainTable(OrganisationRating.BAIK);

        DistributionProposal seven = DistributionProposer.propose(firstThenRest(10, 7, BAIK, BUTUH_PERBAIKAN), baik);
        assertThat(seven.rows()).noneMatch(ProposedPredikat::moved);
        assertThat(seven.proposedCounts()).isEqualTo(counts(0, 7, 3, 0, 0));

        DistributionProposal eight = DistributionProposer.propose(firstThenRest(10, 8, BAIK, BUTUH_PERBAIKAN), baik);
        assertThat(eight.rows()).filteredOn(ProposedPredikat::moved).singleElement()
                .satisfies(row -> assertThat(row.rank()).isEqualTo(8));
        assertThat(eight.proposedCounts()).isEqualTo(counts(0, 7, 3, 0, 0));
    }

    @Test
    void shouldKeepSeventySangatBaikOfAHundredAndMoveTheSeventyFirst() {
        List<DistributionBound> istimewa = domainTable(OrganisationRating.ISTIMEWA);

        DistributionProposal seventy = DistributionProposer.propose(firstThenRest(100, 70, SANGAT_BAIK, BAIK), istimewa);
        assertThat(seventy.rows()).noneMatch(ProposedPredikat::moved);

        DistributionProposal seventyOne = DistributionProposer.propose(firstThenRest(100, 71, SANGAT_BAIK, BAIK), istimewa);
        assertThat(seventyOne.rows()).filteredOn(ProposedPredikat::moved).singleElement().satisfies(row -> {
            assertThat(row.rank()).isEqualTo(71);
            assertThat(row.proposed()).isEqualTo(BAIK);
            assertThat(row.reasons()).containsExactly(
                    "Turun dari Sangat Baik ke Baik. Sangat Baik: 71 dari 100 pegawai, melebihi batas 70 (batas: paling banyak 70% pegawai berpredikat Sangat Baik)");
        });
    }

    @Test
    void shouldRequireEightButuhPerbaikanOfTwelve() {
        DistributionProposal seven = DistributionProposer.propose(firstThenRest(12, 5, BAIK, BUTUH_PERBAIKAN),
                domainTable(OrganisationRating.BUTUH_PERBAIKAN));

        assertThat(seven.rows()).filteredOn(ProposedPredikat::moved).singleElement().satisfies(row -> {
            assertThat(row.rank()).isEqualTo(5);
            assertThat(row.reasons()).containsExactly("Turun dari Baik ke Butuh Perbaikan. Butuh Perbaikan: 7 dari 12 pegawai, kurang dari minimum 8 (batas: paling sedikit 60% pegawai berpredikat Butuh Perbaikan)");
        });
        assertThat(seven.proposedCounts()).isEqualTo(counts(0, 4, 8, 0, 0));
    }

    // ---- small groups

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrganisationRating.class)
    void shouldNeverMoveAGroupOfOne(OrganisationRating rating) {
        for (Predikat predikat : Predikat.values()) {
            DistributionProposal proposal = DistributionProposer.propose(List.of(candidate(7, predikat)),
                    domainTable(rating));

            assertThat(proposal.rows()).singleElement().satisfies(row -> {
                assertThat(row.proposed()).isEqualTo(predikat);
                assertThat(row.moved()).isFalse();
                assertThat(row.reasons()).isEmpty();
                assertThat(row.rank()).isEqualTo(1);
            });
            assertThat(proposal.remaining()).isEmpty();
            assertThat(proposal.notes()).singleElement().asString().startsWith("Kelompok 1 pegawai tidak dipaksa turun");
            assertThat(DistributionCheck.effectiveLimits(domainTable(rating), 1)).isEmpty();
        }
    }

    @Test
    void shouldRequireOneBelowBaikInABaikOrganisationOfTwo() {
        assertThat(atLeastEmployees(1, BUTUH_PERBAIKAN, KURANG).appliesTo(1)).isFalse();
        assertThat(atLeastEmployees(1, BUTUH_PERBAIKAN, KURANG).appliesTo(2)).isTrue();

        DistributionProposal proposal = DistributionProposer.propose(
                List.of(candidate(1, SANGAT_BAIK), candidate(2, BAIK)), domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).extracting(ProposedPredikat::proposed).containsExactly(SANGAT_BAIK, BUTUH_PERBAIKAN);
        assertThat(proposal.rows().get(1).reasons()).containsExactly("Turun dari Baik ke Butuh Perbaikan. Butuh Perbaikan atau Kurang/Misconduct: 0 dari 2 pegawai, kurang dari minimum 1 (batas: paling sedikit 1 pegawai berpredikat Butuh Perbaikan atau Kurang/Misconduct)");
        assertThat(proposal.remaining()).isEmpty();
        assertThat(proposal.notes()).isEmpty();

        DistributionProposal twoBaik = DistributionProposer.propose(uniform(2, BAIK), domainTable(OrganisationRating.BAIK));
        assertThat(twoBaik.rows()).extracting(ProposedPredikat::proposed).containsExactly(BAIK, BUTUH_PERBAIKAN);
        assertThat(twoBaik.rows().get(1).reasons())
                .containsExactly("Turun dari Baik ke Butuh Perbaikan. Baik: 2 dari 2 pegawai, melebihi batas 1 (batas: paling banyak 70% pegawai berpredikat Baik)");
    }

    @Test
    void shouldLowerTheLargestMinimumWhenTheMinimumsExceedTheGroup() {
        List<DistributionBound> sangatKurang = domainTable(OrganisationRating.SANGAT_KURANG);
        DistributionBound sixtyPercent = sangatKurang.get(0);
        DistributionBound tenPercent = sangatKurang.get(1);
        assertThat(sixtyPercent.limit(2)).isEqualTo(2);
        assertThat(tenPercent.limit(2)).isEqualTo(1);

        assertThat(DistributionCheck.effectiveLimits(sangatKurang, 2))
                .containsExactly(Map.entry(sixtyPercent, 1), Map.entry(tenPercent, 1), Map.entry(sangatKurang.get(2), 0));
        assertThat(DistributionCheck.effectiveLimits(sangatKurang, 12))
                .containsExactly(Map.entry(sixtyPercent, 8), Map.entry(tenPercent, 2), Map.entry(sangatKurang.get(2), 0));

        DistributionProposal proposal = DistributionProposer.propose(uniform(2, BAIK), sangatKurang);
        assertThat(proposal.rows()).extracting(ProposedPredikat::proposed).containsExactly(BUTUH_PERBAIKAN, SANGAT_KURANG);
        assertThat(proposal.remaining()).isEmpty();
        assertThat(proposal.notes()).containsExactly("Batas \"paling sedikit 60% pegawai berpredikat Sangat Kurang\" diturunkan dari 2 menjadi 1 pegawai: semua batas minimum bersama-sama memerlukan 3 pegawai, padahal kelompok ini hanya 2 pegawai");

        assertThat(DistributionCheck.check(sangatKurang, counts(0, 0, 1, 0, 1), 2)).isEmpty();
        assertThat(DistributionCheck.check(sangatKurang, counts(0, 0, 0, 0, 2), 2)).extracting(BoundViolation::message)
                .containsExactly("Butuh Perbaikan atau Kurang/Misconduct: 0 dari 2 pegawai, kurang dari minimum 1");
    }

    @Test
    void shouldLowerTheLargestMinimumOneByOne() {
        List<DistributionBound> bounds = List.of(atLeastEmployees(3, BAIK), atLeastEmployees(3, KURANG));

        assertThat(DistributionCheck.effectiveLimits(bounds, 4))
                .containsExactly(Map.entry(bounds.get(0), 2), Map.entry(bounds.get(1), 2));
    }

    // ---- ranking

    @Test
    void shouldRankByWorkResultThenBehaviourThenNip() {
        List<CalibrationCandidate> group = List.of(
                new CalibrationCandidate(1, "199001012020011003", new BigDecimal("100.00"), new BigDecimal("4.00"), BAIK),
                new CalibrationCandidate(2, "199001012020011002", new BigDecimal("100.00"), new BigDecimal("4.00"), BAIK),
                new CalibrationCandidate(3, "199001012020011001", new BigDecimal("100.00"), new BigDecimal("3.50"), BAIK),
                new CalibrationCandidate(4, "199001012020011009", new BigDecimal("100.5"), new BigDecimal("3.00"), BAIK),
                new CalibrationCandidate(5, "199001012020011000", new BigDecimal("99.99"), new BigDecimal("5.00"), BAIK));

        DistributionProposal proposal = DistributionProposer.propose(group, domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).extracting(row -> row.candidate().employeeId()).containsExactly(4L, 2L, 1L, 3L, 5L);
        // 5 BAIK, at most floor(3.5) = 3: the two lowest-ranked move
        assertThat(proposal.rows()).extracting(ProposedPredikat::proposed)
                .containsExactly(BAIK, BAIK, BAIK, BUTUH_PERBAIKAN, BUTUH_PERBAIKAN);
    }

    @Test
    void shouldRankTheSameWayWhateverTheInputOrder() {
        List<CalibrationCandidate> group = new ArrayList<>(uniform(12, BAIK));
        java.util.Collections.reverse(group);

        DistributionProposal proposal = DistributionProposer.propose(group, domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).extracting(row -> row.candidate().employeeId())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
    }

    // ---- downward only

    @Test
    void shouldNeverMoveAnEmployeeUp() {
        // BAIK organisation, 5 SANGAT_KURANG: "at least 1 BUTUH_PERBAIKAN or KURANG" cannot be met by moving down
        DistributionProposal proposal = DistributionProposer.propose(uniform(5, SANGAT_KURANG),
                domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).noneMatch(ProposedPredikat::moved);
        assertThat(proposal.remaining()).extracting(BoundViolation::message)
                .containsExactly("Butuh Perbaikan atau Kurang/Misconduct: 0 dari 5 pegawai, kurang dari minimum 1");
        assertThat(proposal.notes()).singleElement().asString()
                .contains("hanya diturunkan, tidak pernah dinaikkan")
                .contains("Butuh Perbaikan atau Kurang/Misconduct: 0 dari 5 pegawai, kurang dari minimum 1");
    }

    @Test
    void shouldMoveOnlyThoseAboveAnUnreachableMinimum() {
        // KURANG organisation of 10: 8 SANGAT_KURANG stay, the two BAIK go down to KURANG, still short of 6
        DistributionProposal proposal = DistributionProposer.propose(firstThenRest(10, 2, BAIK, SANGAT_KURANG),
                domainTable(OrganisationRating.KURANG));

        assertThat(proposal.proposedCounts()).isEqualTo(counts(0, 0, 0, 2, 8));
        assertThat(proposal.rows().subList(2, 10)).noneMatch(ProposedPredikat::moved);
        assertThat(proposal.remaining()).extracting(BoundViolation::message).containsExactly(
                "Kurang/Misconduct: 2 dari 10 pegawai, kurang dari minimum 6", "Butuh Perbaikan: 0 dari 10 pegawai, kurang dari minimum 1");
    }

    // ---- the check and its messages

    @Test
    void shouldWordTheViolations() {
        assertThat(new BoundViolation(atMostPercent(70, BAIK), 9, 8, 12).message())
                .isEqualTo("Baik: 9 dari 12 pegawai, melebihi batas 8");
        assertThat(new BoundViolation(atLeastPercent(60, BUTUH_PERBAIKAN), 3, 8, 12).message())
                .isEqualTo("Butuh Perbaikan: 3 dari 12 pegawai, kurang dari minimum 8");
        assertThat(new BoundViolation(atLeastPercent(10, KURANG, BUTUH_PERBAIKAN), 0, 2, 12).message())
                .isEqualTo("Butuh Perbaikan atau Kurang/Misconduct: 0 dari 12 pegawai, kurang dari minimum 2");
    }

    @Test
    void shouldDescribeTheBounds() {
        assertThat(atMostPercent(70, BAIK).describe()).isEqualTo("paling banyak 70% pegawai berpredikat Baik");
        assertThat(atLeastEmployees(1, KURANG, BUTUH_PERBAIKAN).describe())
                .isEqualTo("paling sedikit 1 pegawai berpredikat Butuh Perbaikan atau Kurang/Misconduct");
        assertThat(atLeastPercent(60, SANGAT_KURANG).describe()).isEqualTo("paling sedikit 60% pegawai berpredikat Sangat Kurang");
        assertThat(atMostPercent(0, SANGAT_BAIK).describe()).isEqualTo("tidak ada pegawai berpredikat Sangat Baik");
        assertThat(atMostPercent(70, BAIK).sentence()).as("on a line of its own").isEqualTo("Paling banyak 70% pegawai berpredikat Baik");
        assertThat(new DistributionBound(java.util.EnumSet.of(BAIK), DistributionBound.Kind.AT_MOST_PERCENT,
                new BigDecimal("12.50")).describe()).isEqualTo("paling banyak 12,5% pegawai berpredikat Baik");
        assertThat(atMostPercent(70, BAIK).isMaximum()).isTrue();
        assertThat(atLeastPercent(60, BAIK).isMaximum()).isFalse();
        assertThat(atLeastEmployees(1, BAIK).isMaximum()).isFalse();
    }

    @Test
    void shouldCheckADistribution() {
        List<DistributionBound> baik = domainTable(OrganisationRating.BAIK);

        assertThat(DistributionCheck.check(baik, counts(0, 9, 3, 0, 0), 12)).extracting(BoundViolation::message)
                .containsExactly("Baik: 9 dari 12 pegawai, melebihi batas 8");
        assertThat(DistributionCheck.check(baik, counts(4, 8, 0, 0, 0), 12)).singleElement().satisfies(v -> {
            assertThat(v.bound()).isEqualTo(baik.get(1));
            assertThat(v.actual()).isZero();
            assertThat(v.limit()).isEqualTo(1);
            assertThat(v.groupSize()).isEqualTo(12);
        });
        assertThat(DistributionCheck.check(baik, Map.of(BAIK, 8, KURANG, 4), 12)).isEmpty();
        assertThat(DistributionCheck.check(baik, Map.of(BAIK, 1), 1)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DistributionCheck.check(baik, Map.of(BAIK, 8), 12))
                .withMessageContaining("(8)").withMessageContaining("(12)");
    }

    @Test
    void shouldRejectBrokenInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> DistributionProposer.propose(
                List.of(candidate(1, BAIK), candidate(1, BAIK)), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new DistributionBound(java.util.EnumSet.noneOf(Predikat.class),
                DistributionBound.Kind.AT_MOST_PERCENT, BigDecimal.TEN));
        assertThatIllegalArgumentException().isThrownBy(() -> new DistributionBound(java.util.EnumSet.of(BAIK),
                DistributionBound.Kind.AT_LEAST_EMPLOYEES, new BigDecimal("1.5")));
        assertThatIllegalArgumentException().isThrownBy(() -> atMostPercent(101, BAIK));
        assertThatIllegalArgumentException().isThrownBy(() -> atLeastPercent(-1, BAIK));
    }

    @Test
    void shouldProposeNothingForAnEmptyGroup() {
        DistributionProposal proposal = DistributionProposer.propose(List.of(), domainTable(OrganisationRating.BAIK));

        assertThat(proposal.rows()).isEmpty();
        assertThat(proposal.remaining()).isEmpty();
        assertThat(proposal.notes()).isEmpty();
        assertThat(proposal.proposedCounts()).isEqualTo(counts(0, 0, 0, 0, 0));
    }

    // ---- helpers

    /** Employee {@code i} ranks i + 1: strictly decreasing work-result scores. */
    static CalibrationCandidate candidate(int i, Predikat matrix) {
        return new CalibrationCandidate(i, "19900101202001%04d".formatted(i),
                new BigDecimal("120.00").subtract(new BigDecimal("0.50").multiply(BigDecimal.valueOf(i))),
                new BigDecimal("4.00"), matrix);
    }

    static List<CalibrationCandidate> uniform(int n, Predikat matrix) {
        return IntStream.range(0, n).mapToObj(i -> candidate(i, matrix)).toList();
    }

    /** The best {@code first} employees hold {@code top}, the others {@code rest}. */
    static List<CalibrationCandidate> firstThenRest(int n, int first, Predikat top, Predikat rest) {
        return IntStream.range(0, n).mapToObj(i -> candidate(i, i < first ? top : rest)).toList();
    }

    static Map<Predikat, Integer> counts(int sangatBaik, int baik, int butuhPerbaikan, int kurang, int sangatKurang) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        counts.put(SANGAT_BAIK, sangatBaik);
        counts.put(BAIK, baik);
        counts.put(BUTUH_PERBAIKAN, butuhPerbaikan);
        counts.put(KURANG, kurang);
        counts.put(SANGAT_KURANG, sangatKurang);
        return counts;
    }
}

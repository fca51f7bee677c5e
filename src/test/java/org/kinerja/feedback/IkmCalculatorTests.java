package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The IKM formula of PermenPANRB 14/2017 with worked examples. */
class IkmCalculatorTests {

    @Test
    void shouldGiveOneHundredAndGradeAWhenEveryAnswerIsFour() {
        IkmResult result = IkmCalculator.compute(List.of(all(4), all(4), all(4))).orElseThrow();
        // NRR = 4 for each element; IKM = 25 × 36 / 9 = 100
        assertThat(result.ikm()).isEqualByComparingTo("100.00");
        assertThat(result.grade()).isEqualTo(IkmGrade.A);
        assertThat(result.nrr().values()).allSatisfy(n -> assertThat(n).isEqualByComparingTo("4.00"));
    }

    @Test
    void shouldGiveTwentyFiveAndGradeDWhenEveryAnswerIsOne() {
        IkmResult result = IkmCalculator.compute(List.of(all(1), all(1))).orElseThrow();
        // IKM = 25 × 9 / 9 = 25
        assertThat(result.ikm()).isEqualByComparingTo("25.00");
        assertThat(result.grade()).isEqualTo(IkmGrade.D);
    }

    @Test
    void shouldGradeTheMixedCasesOnEitherSideOfTheBorderBetweenBAndA() {
        // 250 responses whose answers add up to 7,947: Σ NRR = 7947/250 = 31.788; IKM = 25 × 31.788 / 9 = 88.30 → B
        IkmResult below = IkmCalculator.compute(responsesTotalling(250, 7947)).orElseThrow();
        assertThat(below.ikm()).isEqualByComparingTo("88.30");
        assertThat(below.grade()).isEqualTo(IkmGrade.B);
        // one more point: Σ NRR = 31.792; IKM = 25 × 31.792 / 9 = 88.3111… → 88.31 → A
        IkmResult above = IkmCalculator.compute(responsesTotalling(250, 7948)).orElseThrow();
        assertThat(above.ikm()).isEqualByComparingTo("88.31");
        assertThat(above.grade()).isEqualTo(IkmGrade.A);
    }

    @Test
    void shouldUseTheExactNinthWhereTheWorksheetsPointOneOneOneWouldChangeTheGrade() {
        IkmResult result = IkmCalculator.compute(responsesTotalling(250, 7948)).orElseThrow();
        BigDecimal sumOfNrr = new BigDecimal("31.792");
        // the worksheet's 0.111 gives 25 × 0.111 × 31.792 = 88.2228 → 88.22, grade B
        BigDecimal withPointOneOneOne = sumOfNrr.multiply(new BigDecimal("0.111")).multiply(BigDecimal.valueOf(25))
                .setScale(2, RoundingMode.HALF_UP);
        assertThat(withPointOneOneOne).isEqualByComparingTo("88.22");
        assertThat(IkmGrade.of(withPointOneOneOne)).isEqualTo(IkmGrade.B);
        // the exact 1/9 keeps the unit in A
        assertThat(result.ikm()).isEqualByComparingTo("88.31");
        assertThat(result.grade()).isEqualTo(IkmGrade.A);
    }

    @Test
    void shouldComputeTheNrrOfEachElement() {
        int[] first = {4, 3, 2, 1, 4, 3, 2, 1, 4};
        int[] second = {4, 4, 4, 4, 4, 4, 4, 4, 1};
        IkmResult result = IkmCalculator.compute(List.of(first, second)).orElseThrow();
        assertThat(result.nrr().get(IkmElement.PERSYARATAN)).isEqualByComparingTo("4.00");
        assertThat(result.nrr().get(IkmElement.BIAYA)).isEqualByComparingTo("2.50");
        assertThat(result.nrr().get(IkmElement.SARANA)).isEqualByComparingTo("2.50");
        // answers total 24 + 33 = 57 over 2 responses: IKM = 25 × 57 / 18 = 79.1666… → 79.17 → B
        assertThat(result.ikm()).isEqualByComparingTo("79.17");
        assertThat(result.grade()).isEqualTo(IkmGrade.B);
    }

    @Test
    void shouldGradeEveryRangeBorder() {
        assertThat(IkmGrade.of(new BigDecimal("76.61"))).isEqualTo(IkmGrade.B);
        assertThat(IkmGrade.of(new BigDecimal("76.60"))).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(new BigDecimal("65.00"))).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(new BigDecimal("64.99"))).isEqualTo(IkmGrade.D);
        assertThat(IkmGrade.A.range()).isEqualTo("88,31–100,00");
    }

    @Test
    void shouldHaveNoResultWithoutResponsesAndRefuseAnswersOffTheScale() {
        assertThat(IkmCalculator.compute(List.of())).isEmpty();
        assertThatThrownBy(() -> IkmCalculator.compute(List.<int[]>of(new int[] {5, 4, 4, 4, 4, 4, 4, 4, 4})))
                .hasMessageContaining("1–4");
        assertThatThrownBy(() -> IkmCalculator.compute(List.<int[]>of(new int[] {4, 4})))
                .hasMessageContaining("9 unsur");
    }

    static int[] all(int value) {
        int[] answers = new int[9];
        Arrays.fill(answers, value);
        return answers;
    }

    /** {@code n} responses on the 1–4 scale whose answers add up to exactly {@code total}. */
    static List<int[]> responsesTotalling(int n, int total) {
        List<int[]> responses = new ArrayList<>();
        int deficit = 36 * n - total;
        for (int i = 0; i < n; i++) {
            int[] answers = all(4);
            for (int e = 0; e < 9 && deficit > 0; e++) {
                int drop = Math.min(3, deficit);
                answers[e] -= drop;
                deficit -= drop;
            }
            responses.add(answers);
        }
        assertThat(deficit).isZero();
        return responses;
    }
}

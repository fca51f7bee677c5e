package org.kinerja.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The IKM formula of PermenPANRB 14/2017: NRR per element = mean of its answers (1–4); IKM = 25 × Σ NRR / 9. The
 * regulation's worksheet multiplies by 0.111; Kinerja uses the exact 1/9 (0.111 under-counts by 0.1%, enough to move a
 * unit across the 88.30/88.31 border). Computed exactly: IKM = 25 × (sum of all answers) / (9 × responses), rounded
 * half up to two decimals only at the end.
 */
final class IkmCalculator {

    private IkmCalculator() {
    }

    /** @param responses each the nine answers in {@link IkmElement} order, 1–4 */
    public static Optional<IkmResult> compute(List<int[]> responses) {
        if (responses.isEmpty()) {
            return Optional.empty();
        }
        int n = responses.size();
        long[] sums = new long[IkmElement.values().length];
        for (int[] answers : responses) {
            if (answers.length != sums.length) {
                throw new IllegalArgumentException("Satu jawaban survei harus berisi 9 unsur");
            }
            for (int e = 0; e < sums.length; e++) {
                if (answers[e] < 1 || answers[e] > 4) {
                    throw new IllegalArgumentException("Nilai unsur survei harus 1–4");
                }
                sums[e] += answers[e];
            }
        }
        return Optional.of(fromSums(n, sums));
    }

    /**
     * The result from the per-element sums of {@code n} responses (what a database aggregate gives).
     *
     * @param sums the sum of each element's answers, in {@link IkmElement} order
     */
    public static IkmResult fromSums(long n, long[] sums) {
        if (n <= 0 || sums.length != IkmElement.values().length) {
            throw new IllegalArgumentException("Perlu minimal satu respons dan jumlah untuk 9 unsur");
        }
        Map<IkmElement, BigDecimal> nrr = new EnumMap<>(IkmElement.class);
        long total = 0;
        for (IkmElement element : IkmElement.values()) {
            long sum = sums[element.ordinal()];
            if (sum < n || sum > 4 * n) {
                throw new IllegalArgumentException("Jumlah jawaban unsur " + element.label() + " di luar rentang 1–4");
            }
            total += sum;
            nrr.put(element, BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP));
        }
        BigDecimal ikm = BigDecimal.valueOf(25L * total).divide(BigDecimal.valueOf(9L * n), 2, RoundingMode.HALF_UP);
        return new IkmResult(Math.toIntExact(n), nrr, ikm, IkmGrade.of(ikm));
    }
}

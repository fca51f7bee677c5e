package org.kinerja.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * Whether a distribution of predikat in a calibration group of n employees satisfies the bounds of the distribution
 * curve (PermenPANRB 6/2022; the results are published only when it does).
 *
 * <p><b>Infeasible minimums (product decision).</b> In a small group the minimums of the applicable bounds may together
 * require more employees than the group has, e.g. for {@code SANGAT_KURANG} with n = 2: "SANGAT_KURANG ≥ 60%" needs 2
 * and "BUTUH_PERBAIKAN + KURANG ≥ 10%" needs 1. Then the largest minimum is lowered by one employee, repeatedly (on a
 * tie the first in table order), until the minimums add up to n; here SANGAT_KURANG 1 and BUTUH_PERBAIKAN + KURANG 1.
 * Both the check and {@link DistributionProposer} use these {@link #effectiveLimits}.
 */
final class DistributionCheck {

    private DistributionCheck() {
    }

    /**
     * The violated bounds of a group of {@code n} employees with the given predikat counts, in bound order; empty when
     * the distribution satisfies the curve.
     *
     * @param counts employees per predikat; a missing predikat counts 0; the counts add up to {@code n}
     */
    public static List<BoundViolation> check(List<DistributionBound> bounds, Map<Predikat, Integer> counts, int n) {
        Objects.requireNonNull(counts, "counts");
        int total = 0;
        for (Map.Entry<Predikat, Integer> count : counts.entrySet()) {
            if (count.getValue() == null || count.getValue() < 0) {
                throw new IllegalArgumentException("Jumlah pegawai " + count.getKey() + " tidak sah: " + count.getValue());
            }
            total += count.getValue();
        }
        if (total != n) {
            throw new IllegalArgumentException("Jumlah per predikat (" + total + ") tidak sama dengan jumlah pegawai (" + n + ")");
        }
        List<BoundViolation> violations = new ArrayList<>();
        effectiveLimits(bounds, n).forEach((bound, limit) -> {
            int actual = bound.predikats().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
            if (bound.isMaximum() ? actual > limit : actual < limit) {
                violations.add(new BoundViolation(bound, actual, limit, n));
            }
        });
        return List.copyOf(violations);
    }

    /**
     * The limit of each bound that applies to a group of {@code n} employees ({@link DistributionBound#appliesTo}), in
     * bound order: {@link DistributionBound#limit}, except that minimums adding up to more than n are lowered (see the
     * class comment). Bounds that do not apply are absent; for n &lt; 2 the map is empty.
     */
    public static Map<DistributionBound, Integer> effectiveLimits(List<DistributionBound> bounds, int n) {
        Objects.requireNonNull(bounds, "bounds");
        if (n < 0) {
            throw new IllegalArgumentException("Jumlah pegawai negatif: " + n);
        }
        Map<DistributionBound, Integer> limits = new LinkedHashMap<>();
        for (DistributionBound bound : bounds) {
            if (bound.appliesTo(n)) {
                limits.put(bound, bound.limit(n));
            }
        }
        int required = limits.entrySet().stream().filter(e -> !e.getKey().isMaximum()).mapToInt(Map.Entry::getValue).sum();
        while (required > n) {
            DistributionBound largest = null;
            for (Map.Entry<DistributionBound, Integer> e : limits.entrySet()) {
                if (!e.getKey().isMaximum() && (largest == null || e.getValue() > limits.get(largest))) {
                    largest = e.getKey();
                }
            }
            limits.merge(largest, -1, Integer::sum);
            required--;
        }
        return limits;
    }

    /** An Indonesian note for each minimum that {@link #effectiveLimits} lowered; empty when none was. */
    static List<String> loweredMinimumNotes(Map<DistributionBound, Integer> limits, int n) {
        List<String> notes = new ArrayList<>();
        int required = limits.keySet().stream().filter(b -> !b.isMaximum()).mapToInt(b -> b.limit(n)).sum();
        limits.forEach((bound, limit) -> {
            if (!bound.isMaximum() && limit != bound.limit(n)) {
                notes.add("Batas \"" + bound.describe() + "\" diturunkan dari " + bound.limit(n) + " menjadi " + limit
                        + " pegawai: semua batas minimum bersama-sama memerlukan " + required
                        + " pegawai, padahal kelompok ini hanya " + n + " pegawai");
            }
        });
        return notes;
    }
}

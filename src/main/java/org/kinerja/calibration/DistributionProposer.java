package org.kinerja.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.scoring.Predikat;

/**
 * The system's proposal of predikat for a calibration group against the distribution curve (PermenPANRB 6/2022 and the
 * MenPANRB circular on the three stages of performance evaluation). The committee decides; this only proposes.
 *
 * <ol>
 *   <li>Rank the group: work-result score, highest first, then behaviour score, highest first, then NIP ascending
 *       (deterministic).
 *   <li>Start from each employee's matrix predikat.
 *   <li>Repeat until nothing moves:
 *       <ol>
 *         <li>for each maximum, the bound with the highest predikat first: while more employees than allowed hold its
 *             predikat, move the lowest-ranked of them one step down, to the next predikat below their own that is
 *             outside the bound's set (for a single predikat simply the next one);
 *         <li>for each minimum, the bound with the lowest predikat first: while it is not met, move the lowest-ranked
 *             employee whose predikat is above the set's highest member down to that member (e.g. "BUTUH_PERBAIKAN +
 *             KURANG ≥ 1 pegawai" moves a BAIK to BUTUH_PERBAIKAN).
 *       </ol>
 * </ol>
 *
 * Moves are downward only, so it ends, and an employee already below a minimum's set is never moved up: such a minimum
 * may stay unmet ({@link DistributionProposal#remaining()}, with a note). Each move adds an Indonesian reason to the
 * employee, quoting the bound's count when it was found violated, e.g. "Turun dari BAIK ke BUTUH_PERBAIKAN: BAIK 9 dari
 * 12 melebihi batas 8 (BAIK ≤ 70%)". The limits are {@link DistributionCheck#effectiveLimits}: minimums that together
 * need more employees than a small group has are lowered, the largest first (product decision, see
 * {@link DistributionCheck}), with a note. A group of 1 is never forced down (a note says so).
 */
final class DistributionProposer {

    /** Best first: work-result score, then behaviour score, both descending, then NIP and id ascending. */
    static final Comparator<CalibrationCandidate> RANKING = Comparator
            .comparing(CalibrationCandidate::workResultScore, Comparator.reverseOrder())
            .thenComparing(CalibrationCandidate::behaviourScore, Comparator.reverseOrder())
            .thenComparing(CalibrationCandidate::nip)
            .thenComparingLong(CalibrationCandidate::employeeId);

    private static final Predikat[] ORDER = Predikat.values();

    private DistributionProposer() {
    }

    /** The proposal for a group; an empty group gives an empty proposal. */
    public static DistributionProposal propose(List<CalibrationCandidate> candidates, List<DistributionBound> bounds) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(bounds, "bounds");
        if (candidates.isEmpty()) {
            return new DistributionProposal(List.of(), List.of(), List.of());
        }
        Set<Long> ids = new HashSet<>();
        for (CalibrationCandidate candidate : candidates) {
            if (!ids.add(candidate.employeeId())) {
                throw new IllegalArgumentException("Pegawai " + candidate.employeeId() + " muncul dua kali dalam kelompok");
            }
        }
        List<CalibrationCandidate> ranked = candidates.stream().sorted(RANKING).toList();
        int n = ranked.size();
        Group group = new Group(ranked);

        List<String> notes = new ArrayList<>();
        if (n == 1) {
            notes.add("Kelompok 1 pegawai tidak dipaksa turun: batas kurva distribusi berlaku mulai 2 pegawai");
        }
        Map<DistributionBound, Integer> limits = DistributionCheck.effectiveLimits(bounds, n);
        notes.addAll(DistributionCheck.loweredMinimumNotes(limits, n));
        Comparator<DistributionBound> byHighest = Comparator.comparingInt(b -> b.highest().ordinal());
        List<DistributionBound> maxima = limits.keySet().stream().filter(DistributionBound::isMaximum)
                .sorted(byHighest).toList();
        List<DistributionBound> minima = limits.keySet().stream().filter(b -> !b.isMaximum())
                .sorted(byHighest.reversed()).toList();

        boolean changed;
        do {
            changed = false;
            for (DistributionBound bound : maxima) {
                changed |= group.enforceMaximum(bound, limits.get(bound));
            }
            for (DistributionBound bound : minima) {
                changed |= group.enforceMinimum(bound, limits.get(bound));
            }
        } while (changed);

        List<ProposedPredikat> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new ProposedPredikat(ranked.get(i), i + 1, group.current[i], group.reasons.get(i)));
        }
        List<BoundViolation> remaining = DistributionCheck.check(bounds, group.counts, n);
        if (!remaining.isEmpty()) {
            notes.add("Usulan belum memenuhi kurva distribusi karena predikat hanya diturunkan, tidak pernah dinaikkan: "
                    + remaining.stream().map(BoundViolation::message).collect(Collectors.joining("; "))
                    + ". Tim Penilai Kinerja perlu memutuskan");
        }
        return new DistributionProposal(rows, remaining, notes);
    }

    /** The group being calibrated, in rank order, with its current predikat and the reasons of its moves. */
    private static final class Group {

        final int n;
        final Predikat[] current;
        final List<List<String>> reasons = new ArrayList<>();
        final Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);

        Group(List<CalibrationCandidate> ranked) {
            n = ranked.size();
            current = new Predikat[n];
            for (Predikat predikat : ORDER) {
                counts.put(predikat, 0);
            }
            for (int i = 0; i < n; i++) {
                current[i] = ranked.get(i).matrixPredikat();
                counts.merge(current[i], 1, Integer::sum);
                reasons.add(new ArrayList<>());
            }
        }

        boolean enforceMaximum(DistributionBound bound, int limit) {
            int actual = count(bound);
            if (actual <= limit) {
                return false;
            }
            BoundViolation violation = new BoundViolation(bound, actual, limit, n);
            boolean moved = false;
            for (int i = n - 1; i >= 0 && count(bound) > limit; i--) {
                if (bound.predikats().contains(current[i])) {
                    Predikat target = nextOutside(current[i], bound.predikats());
                    if (target != null) {
                        move(i, target, violation);
                        moved = true;
                    }
                }
            }
            return moved;
        }

        boolean enforceMinimum(DistributionBound bound, int limit) {
            int actual = count(bound);
            if (actual >= limit) {
                return false;
            }
            BoundViolation violation = new BoundViolation(bound, actual, limit, n);
            Predikat target = bound.highest();
            boolean moved = false;
            for (int i = n - 1; i >= 0 && count(bound) < limit; i--) {
                if (current[i].ordinal() < target.ordinal()) {
                    move(i, target, violation);
                    moved = true;
                }
            }
            return moved;
        }

        private int count(DistributionBound bound) {
            return bound.predikats().stream().mapToInt(counts::get).sum();
        }

        private void move(int i, Predikat target, BoundViolation violation) {
            Predikat from = current[i];
            counts.merge(from, -1, Integer::sum);
            counts.merge(target, 1, Integer::sum);
            current[i] = target;
            reasons.get(i).add("Turun dari " + from.label() + " ke " + target.label() + ". " + violation.message() + " (batas: "
                    + violation.bound().describe() + ")");
        }

        /** The first predikat below {@code predikat} that is not in {@code set}; null when there is none. */
        private static Predikat nextOutside(Predikat predikat, Set<Predikat> set) {
            for (int o = predikat.ordinal() + 1; o < ORDER.length; o++) {
                if (!set.contains(ORDER[o])) {
                    return ORDER[o];
                }
            }
            return null;
        }
    }
}

package org.kinerja.calibration;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * The system's proposal for a calibration group, for the committee (Tim Penilai Kinerja) to decide on.
 *
 * @param rows one row per employee, in rank order (best first)
 * @param remaining the bounds the proposal still violates (moves are downward only, so a minimum may stay unmet);
 *     empty when the proposal satisfies the curve
 * @param notes Indonesian notes for the committee, e.g. a lowered minimum or a group of 1
 */
record DistributionProposal(List<ProposedPredikat> rows, List<BoundViolation> remaining, List<String> notes) {

    public DistributionProposal {
        rows = List.copyOf(rows);
        remaining = List.copyOf(remaining);
        notes = List.copyOf(notes);
    }

    /** The proposed number of employees per predikat, every predikat present (0 when none), highest first. */
    public Map<Predikat, Integer> proposedCounts() {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Predikat predikat : Predikat.values()) {
            counts.put(predikat, 0);
        }
        for (ProposedPredikat row : rows) {
            counts.merge(Objects.requireNonNull(row.proposed()), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}

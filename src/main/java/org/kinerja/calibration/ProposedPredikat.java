package org.kinerja.calibration;

import java.util.List;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * The system's proposal for one employee of a calibration group.
 *
 * @param candidate the employee
 * @param rank the place in the group's ranking, 1 = best
 * @param proposed the proposed predikat; never above the matrix predikat
 * @param reasons one Indonesian reason per move down, in order; empty when the matrix predikat is kept
 */
record ProposedPredikat(CalibrationCandidate candidate, int rank, Predikat proposed, List<String> reasons) {

    public ProposedPredikat {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(proposed, "proposed");
        reasons = List.copyOf(reasons);
        if (rank < 1) {
            throw new IllegalArgumentException("rank " + rank);
        }
    }

    /** Whether the proposal differs from the matrix predikat. */
    public boolean moved() {
        return proposed != candidate.matrixPredikat();
    }
}

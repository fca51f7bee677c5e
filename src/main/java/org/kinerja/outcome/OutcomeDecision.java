package org.kinerja.outcome;

import java.util.Objects;

/**
 * One row of the DMN table {@code appraisal-outcome}: the outcome of a predikat and the percentage of the annual angka
 * kredit coefficient credited to a functional position (Perban BKN 3/2023).
 */
record OutcomeDecision(Outcome outcome, int creditPercent) {

    public OutcomeDecision {
        Objects.requireNonNull(outcome, "outcome");
        if (creditPercent < 0) {
            throw new IllegalArgumentException("creditPercent must not be negative: " + creditPercent);
        }
    }
}

package org.kinerja.calibration;

import java.util.Objects;

/**
 * A bound of the distribution curve that a calibration group does not meet.
 *
 * @param bound the bound
 * @param actual how many employees of the group hold the bound's predikat
 * @param limit the effective limit (see {@link DistributionCheck#effectiveLimits})
 * @param groupSize the number of employees in the group
 */
record BoundViolation(DistributionBound bound, int actual, int limit, int groupSize) {

    public BoundViolation {
        Objects.requireNonNull(bound, "bound");
    }

    /**
     * E.g. "Baik: 9 dari 12 pegawai, melebihi batas 8", "Butuh Perbaikan: 3 dari 12 pegawai, kurang dari minimum 8",
     * "Butuh Perbaikan atau Kurang/Misconduct: 0 dari 12 pegawai, kurang dari minimum 2".
     */
    @com.fasterxml.jackson.annotation.JsonProperty("message")
    public String message() {
        return bound.names() + ": " + actual + " dari " + groupSize + " pegawai, "
                + (bound.isMaximum() ? "melebihi batas " : "kurang dari minimum ") + limit;
    }
}

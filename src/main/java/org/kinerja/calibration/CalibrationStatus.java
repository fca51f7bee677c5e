package org.kinerja.calibration;

/** Where a cycle's calibration stands. */
enum CalibrationStatus {
    /** Waiting for the head of the organisation to set the organisation rating. */
    AWAITING_RATING,
    RATED,
    /** The proposal is written; the committee works on the board. */
    CALIBRATING,
    /** The committee completed its task; the distribution held the bounds. */
    FINALISED,
    /** The final predikat are frozen and the decision document is written. */
    PUBLISHED
}

package org.kinerja.cycle;

enum CycleStatus {
    /** Employees are setting targets, reporting and being reviewed. */
    OPEN,
    /** Every employee has a merged score; calibration comes next. */
    SCORED
}

package org.kinerja.organization;

/**
 * Whether an employee is in charge of someone's running appraisal as acting official (Plt/Plh). The appraisal module
 * knows it and answers; the header of Kinerja's pages asks, so that "Tim saya" is linked for an acting official who has
 * no direct reports of their own.
 */
public interface ActingCharges {

    /** Whether {@code employeeId} is the acting official in charge of at least one running appraisal. */
    boolean isActingOfficial(long employeeId);
}

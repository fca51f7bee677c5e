package org.kinerja.organization;

/**
 * An employee left the roster (a roster import no longer lists them): their login is gone. Published inside the
 * import's transaction, so that the modules holding their work hand it on in the same all-or-nothing step.
 */
public record EmployeeDeactivated(long employeeId, String nip) {
}

package org.kinerja.organization;

/** The outcome of an accepted employee import. */
public record EmployeeImportReport(int rows, int created, int updated, int reactivated, int deactivated, int unchanged,
        IdentitySyncReport identity, String message) {
}

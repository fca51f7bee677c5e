package org.kinerja.organization;

/** The outcome of an accepted unit import. */
public record UnitImportReport(int rows, int created, int updated, int unchanged, IdentitySyncReport identity,
        String message) {
}

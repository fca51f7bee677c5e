package org.kinerja.organization;

/** What the header of Kinerja's pages needs of the signed-in employee: their id and name, and whether they have direct reports. */
record SignedInPerson(long id, String name, boolean hasReports) {
}

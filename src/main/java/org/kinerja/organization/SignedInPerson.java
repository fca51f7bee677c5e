package org.kinerja.organization;

/** What the header of Kinerja's pages needs of the signed-in employee: their name, and whether they have direct reports. */
record SignedInPerson(String name, boolean hasReports) {
}

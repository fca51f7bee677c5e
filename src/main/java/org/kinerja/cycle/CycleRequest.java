package org.kinerja.cycle;

/** What the HR admin asks for in the start form, after validation. */
record CycleRequest(String name, int year, String unitCode, PeriodLength periodLength, String reminderDelay,
        String escalationDelay) {
}

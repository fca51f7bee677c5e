package org.kinerja.cycle;

import java.time.Instant;
import java.time.LocalDate;
import org.kinerja.scoring.BehaviourSettings;

/** A cycle's settings, as the appraisal of each employee uses them. */
public record CycleSettings(long id, String name, int year, long unitId, PeriodLength periodLength, String reminderDelay,
        String escalationDelay, BehaviourSettings behaviour, int participantCount, CycleStatus status, Instant openedAt) {

    public LocalDate firstDay() {
        return LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(year, 12, 31);
    }
}

package org.kinerja.cycle;

import java.time.LocalDate;

/** The progress period chosen by the instansi (PermenPANRB 6/2022): the last period is the annual evaluation. */
public enum PeriodLength {
    MONTHLY(12, "Bulan"),
    QUARTERLY(4, "Triwulan");

    private final int periodsPerYear;
    private final String label;

    PeriodLength(int periodsPerYear, String label) {
        this.periodsPerYear = periodsPerYear;
        this.label = label;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** Progress reports before the annual evaluation, which covers the last period. */
    public int progressPeriods() {
        return periodsPerYear - 1;
    }

    /** E.g. "Triwulan 2 (April–Juni 2026)". Periods are numbered from 1. */
    public String label(int period, int year) {
        return label + " " + period + " (" + monthName(firstDay(period, year).getMonthValue())
                + (this == MONTHLY ? "" : "–" + monthName(lastDay(period, year).getMonthValue())) + " " + year + ")";
    }

    public LocalDate firstDay(int period, int year) {
        return LocalDate.of(year, 1 + (period - 1) * (12 / periodsPerYear), 1);
    }

    public LocalDate lastDay(int period, int year) {
        return firstDay(period, year).plusMonths(12 / periodsPerYear).minusDays(1);
    }

    private static String monthName(int month) {
        return new String[] {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
                "Oktober", "November", "Desember"}[month - 1];
    }
}

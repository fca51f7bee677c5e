package org.kinerja.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One published result of an employee as they see it on their own page: the final predikat (after any appeal) and
 * whether the appeal changed it, the calibration note, the outcome and angka kredit, where the employee's answer
 * stands, whether a certificate exists, and the coaching plan. Never who decided or who rated.
 *
 * @param predikat the final predikat's label, e.g. "Sangat Baik"
 * @param publishedPredikat the predikat as published, before any appeal
 * @param changedOnAppeal whether an appeal changed the predikat ("Diubah setelah keberatan")
 * @param answer where the employee's answer stands, e.g. "Diterima", "Keberatan dikabulkan"
 * @param coaching the coaching plan (pembinaan), or null
 */
public record EmployeeOutcome(long cycleId, int year, String predikat, String publishedPredikat, boolean changedOnAppeal,
        String calibrationNote, String outcome, int creditPercent, String answer, String appealDecisionReason,
        boolean certificate, Coaching coaching) {

    /** A coaching plan: the focus values, the trainings of the catalog, the dialog dates and how it went. */
    public record Coaching(List<String> focusValues, List<Training> trainings, List<LocalDate> dialogDates, String planNote,
            boolean acknowledged, String progress) {
    }

    /** A training of a coaching plan; {@code description} may be null. */
    public record Training(String code, String name, String description) {
    }
}

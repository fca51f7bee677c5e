package org.kinerja.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * The content of an employee's own appraisal result for a cycle (hasil penilaian kinerja pegawai), printed by
 * {@link ResultPdf}.
 *
 * <p>May be null: {@code position}, {@code unitName}, {@code supervisorName}, {@code supervisorComment}, the scores
 * and the ratings (printed as "-"); {@code indicators} and {@code values} (printed as empty tables); {@code predikatNote} (e.g. the committee's reason for a change in calibration, or the appeal decision; left
 * out when null or blank); {@code peerAverage} (null when fewer than 3 peers answered, then not shown);
 * {@code citizenIkm} and {@code citizenResponses} (null when fewer than 10 citizens answered, then not shown).
 * The ratings ({@code workRating}, {@code behaviourRating}) and {@code outcomeLabel} are printed as given, so pass the
 * Indonesian labels.
 */
record ResultDocument(String organisationName, int year, String employeeName, String nip, String position,
        String unitName, String supervisorName, Predikat predikat, String predikatNote, BigDecimal workResultScore,
        String workRating, List<IndicatorLine> indicators, BigDecimal behaviourScore, String behaviourRating,
        List<ValueLine> values, String supervisorComment, BigDecimal peerAverage, BigDecimal citizenIkm,
        Integer citizenResponses, String outcomeLabel, int creditPercent, LocalDate date) {

    public ResultDocument {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(employeeName, "employeeName");
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(predikat, "predikat");
        Objects.requireNonNull(outcomeLabel, "outcomeLabel");
        Objects.requireNonNull(date, "date");
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        values = values == null ? List.of() : List.copyOf(values);
    }

    /**
     * One indicator (IKI) of the SKP: {@code achievementPercent} is the capped achievement in percent (e.g. 95.00 or
     * 120.00); {@code weight} is the indicator's weight as entered. Only {@code name} is required.
     */
    public record IndicatorLine(String name, String unit, BigDecimal target, BigDecimal realisation,
            BigDecimal achievementPercent, BigDecimal weight) {

        public IndicatorLine {
            Objects.requireNonNull(name, "name");
        }
    }

    /** One BerAKHLAK core value, by its Indonesian label, with its final (merged) score 1–5 (null: printed as "-"). */
    public record ValueLine(String value, BigDecimal finalScore) {

        public ValueLine {
            Objects.requireNonNull(value, "value");
        }
    }
}

package org.kinerja.calibration;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kinerja.scoring.Predikat;

/**
 * What the printed decision on the employees' predikat after calibration (penetapan predikat kinerja pegawai,
 * PermenPANRB 6/2022) says around its table of employees, rendered by {@link DecisionDocumentPdf}. The rows are not
 * held here: they are streamed into the document ({@link Rows}), so a decision on 10,000 employees is never in memory
 * at once.
 *
 * @param organisationName the organisation (instansi or unit) of the calibration group
 * @param year the year of the appraisal period
 * @param organisationRating the organisation's own rating, which selected the distribution curve
 * @param ratingBasis where that rating comes from, e.g. the leader's decree; may be blank
 * @param committee the members of the Tim Penilai Kinerja
 * @param date the date of the decision
 */
record DecisionDocument(String organisationName, int year, OrganisationRating organisationRating,
        String ratingBasis, List<Member> committee, LocalDate date) {

    public DecisionDocument {
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(organisationRating, "organisationRating");
        ratingBasis = ratingBasis == null ? "" : ratingBasis;
        committee = List.copyOf(committee);
        Objects.requireNonNull(date, "date");
    }

    /** The employees of the decision, in the order to print, handed one by one to the consumer. */
    @FunctionalInterface
    interface Rows {

        void forEach(Consumer<Row> row);

        static Rows of(List<Row> rows) {
            return rows::forEach;
        }
    }

    /** One employee and the decided predikat; the position may be blank. */
    public record Row(String nip, String name, String position, Predikat predikat) {

        public Row {
            Objects.requireNonNull(nip, "nip");
            Objects.requireNonNull(name, "name");
            position = position == null ? "" : position;
            Objects.requireNonNull(predikat, "predikat");
        }
    }

    /** One member of the Tim Penilai Kinerja. */
    public record Member(String nip, String name) {

        public Member {
            Objects.requireNonNull(nip, "nip");
            Objects.requireNonNull(name, "name");
        }
    }
}

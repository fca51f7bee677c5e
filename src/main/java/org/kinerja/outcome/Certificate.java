package org.kinerja.outcome;

import java.time.LocalDate;
import java.util.Objects;
import org.kinerja.scoring.Predikat;

/**
 * The content of a certificate of appreciation (Piagam Penghargaan) for an employee's predikat in a cycle, printed by
 * {@link CertificatePdf}. {@code position}, {@code unitName} and {@code signerNip} may be null or blank (then left
 * out); everything else is required.
 */
record Certificate(String number, String employeeName, String nip, String position, String unitName,
        String organisationName, int year, Predikat predikat, LocalDate date, String signerName, String signerNip,
        String signerTitle) {

    public Certificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(employeeName, "employeeName");
        Objects.requireNonNull(nip, "nip");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(predikat, "predikat");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signerTitle, "signerTitle");
    }
}

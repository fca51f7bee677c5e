package org.kinerja.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** The digest of one day was started: at most one per day across the cluster (primary key). */
@Entity
@Table(name = "mail_digest_run")
class MailDigestRun {

    @Id
    @Column(name = "digest_date")
    private LocalDate digestDate;

    /** The digest lists the assignments made up to this moment; later ones wait for the next day's. */
    @Column(nullable = false)
    private Instant cutoff;

    protected MailDigestRun() {
    }

    MailDigestRun(LocalDate digestDate, Instant cutoff) {
        this.digestDate = digestDate;
        this.cutoff = cutoff;
    }

    LocalDate getDigestDate() {
        return digestDate;
    }

    Instant getCutoff() {
        return cutoff;
    }
}

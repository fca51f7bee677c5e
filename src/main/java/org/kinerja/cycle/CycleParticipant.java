package org.kinerja.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The employee the n-th instance of the cycle's multi-instance call activity appraises. */
@Entity
@Table(name = "cycle_participant")
class CycleParticipant {

    @Embeddable
    record Key(@Column(name = "cycle_id") long cycleId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "employee_nip", nullable = false, length = 18)
    private String employeeNip;

    /** The cycle's year: the database keeps one participation per employee and year. */
    @Column(name = "cycle_year", nullable = false)
    private int year;

    protected CycleParticipant() {
    }

    CycleParticipant(long cycleId, int year, int seq, long employeeId, String employeeNip) {
        this.key = new Key(cycleId, seq);
        this.year = year;
        this.employeeId = employeeId;
        this.employeeNip = employeeNip;
    }

    long getEmployeeId() {
        return employeeId;
    }

    String getEmployeeNip() {
        return employeeNip;
    }
}

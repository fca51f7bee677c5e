package org.kinerja.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.kinerja.scoring.CitizenSatisfaction;

/** An employee's citizen satisfaction (IKM and number of responses) over a period, for the behaviour score. */
public interface CitizenSatisfactionProvider {

    /**
     * @param nip the employee who served the citizens
     * @param from first day, inclusive
     * @param to last day, inclusive
     * @return the IKM and the number of responses, or empty when there are none
     */
    Optional<CitizenSatisfaction> forEmployee(String nip, LocalDate from, LocalDate to);
}

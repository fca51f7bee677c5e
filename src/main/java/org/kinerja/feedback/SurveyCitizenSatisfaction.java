package org.kinerja.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.kinerja.scoring.CitizenSatisfaction;
import org.springframework.stereotype.Component;

/**
 * The citizen satisfaction Kinerja has collected. The IKM survey (service tickets and the public survey page) is not
 * built yet, so no employee has any response and the behaviour score carries no citizen term. The survey module
 * replaces this component with one that reads its responses.
 */
@Component
class SurveyCitizenSatisfaction implements CitizenSatisfactionProvider {

    @Override
    public Optional<CitizenSatisfaction> forEmployee(String nip, LocalDate from, LocalDate to) {
        return Optional.empty();
    }
}

package org.kinerja.feedback;

import java.time.LocalDate;
import java.util.Optional;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.scoring.CitizenSatisfaction;
import org.springframework.stereotype.Component;

/**
 * The citizen-satisfaction term of the appraisal: the IKM of the responses to the tickets an employee handled in the
 * period, with their number. The behaviour score uses it only from {@code citizenMinimumResponses} (10) responses.
 */
@Component
class SurveyCitizenSatisfaction implements CitizenSatisfactionProvider {

    private final SurveyService survey;
    private final OrganizationDirectory organization;

    SurveyCitizenSatisfaction(SurveyService survey, OrganizationDirectory organization) {
        this.survey = survey;
        this.organization = organization;
    }

    @Override
    public Optional<CitizenSatisfaction> forEmployee(String nip, LocalDate from, LocalDate to) {
        return organization.employeeByNip(nip)
                .flatMap(e -> survey.ikmForEmployee(e.id(), from, to))
                .map(r -> new CitizenSatisfaction(r.ikm(), r.responses()));
    }
}

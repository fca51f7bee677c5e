package org.kinerja.calibration;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ${calibrationAssignment.organisationHeads(cycleId)}}: the head of the organisation is offered
 * {@code Task_SetOrganisationRating}; the HR admins (candidate group) may set it for them.
 */
@Component("calibrationAssignment")
public class CalibrationAssignment {

    private final CalibrationQueries queries;

    CalibrationAssignment(CalibrationQueries queries) {
        this.queries = queries;
    }

    public List<String> organisationHeads(Object cycleId) {
        return queries.organisationHeads(((Number) cycleId).longValue());
    }
}

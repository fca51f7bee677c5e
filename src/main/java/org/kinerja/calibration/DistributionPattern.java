package org.kinerja.calibration;

import java.util.List;

/**
 * The allowed distribution of predikat per organisation rating: the admin-editable DMN table
 * {@code processes/distribution-pattern.dmn} (defaults from the MenPANRB circular on the three stages of performance
 * evaluation, under PermenPANRB 6/2022).
 */
interface DistributionPattern {

    /** The bounds for a calibration group of an organisation with this rating, in table order; never empty. */
    List<DistributionBound> boundsFor(OrganisationRating rating);
}

package org.kinerja.calibration;

import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_SetOrganisationRating}: the head of the organisation, or an HR admin on their behalf, sets the
 * organisation's own rating and its basis (national rule), before the proposal. The calibration of the cycle is created
 * when the rating is first asked for.
 */
@Service
@Transactional
class RateOrganisation {

    static final int MIN_BASIS = 20;

    private final CalibrationRepository calibrations;
    private final CalibrationQueries queries;
    private final OrganizationDirectory organization;

    RateOrganisation(CalibrationRepository calibrations, CalibrationQueries queries, OrganizationDirectory organization) {
        this.calibrations = calibrations;
        this.queries = queries;
        this.organization = organization;
    }

    /** The calibration of the cycle, awaiting the rating; created once. */
    Calibration ensure(long cycleId) {
        return calibrations.findByCycleId(cycleId).orElseGet(() -> calibrations.save(new Calibration(cycleId)));
    }

    /** Refuses anyone but the head of the organisation and the HR admins. */
    @Transactional(readOnly = true)
    void requireHolder(long cycleId, String actor) {
        if (actor == null || !queries.organisationHeads(cycleId).contains(actor)
                && !organization.hasActiveRole(actor, EmployeeRole.ADMIN_BKPSDM)) {
            throw Rejection.forbidden("Predikat kinerja organisasi ditetapkan oleh pimpinan organisasi atau admin BKPSDM atas namanya.");
        }
    }

    /** The rating and its basis; changeable until the proposal is made. */
    void rate(long cycleId, OrganisationRating rating, String basis, String actor) {
        requireHolder(cycleId, actor);
        Calibration calibration = ensure(cycleId);
        if (calibration.getStatus() != CalibrationStatus.AWAITING_RATING && calibration.getStatus() != CalibrationStatus.RATED) {
            throw Rejection.conflict("Predikat organisasi tidak dapat diubah lagi: kalibrasi sudah berjalan.");
        }
        calibration.rate(rating, basis, actor);
    }
}

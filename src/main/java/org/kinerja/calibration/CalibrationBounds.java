package org.kinerja.calibration;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The distribution bounds a calibration is held to. They are taken from DMN {@code distribution-pattern} once, when
 * the distribution is proposed, and stored with the calibration ({@link CalibrationBound}); the board, the checks and
 * the decision read the stored rows. So the board evaluates no DMN and writes no decision history however often it is
 * viewed, and an admin's redeployed table applies to the next calibration, not to one under way.
 */
@Component
class CalibrationBounds {

    private final CalibrationBoundRepository bounds;
    private final DistributionPattern pattern;

    CalibrationBounds(CalibrationBoundRepository bounds, DistributionPattern pattern) {
        this.bounds = bounds;
        this.pattern = pattern;
    }

    /** At the proposal: the stored bounds, or (the first time) those of the deployed table for the organisation's rating, stored. */
    List<DistributionBound> fix(Calibration calibration) {
        List<DistributionBound> stored = stored(calibration);
        if (!stored.isEmpty()) {
            return stored;
        }
        List<DistributionBound> fixed = pattern.boundsFor(calibration.getOrganisationRating());
        List<CalibrationBound> rows = new ArrayList<>();
        for (int i = 0; i < fixed.size(); i++) {
            rows.add(new CalibrationBound(calibration.getId(), i + 1, fixed.get(i)));
        }
        bounds.saveAll(rows);
        return fixed;
    }

    /**
     * The bounds of the calibration; none before its distribution is proposed. A calibration proposed before the bounds
     * were stored (Kinerja before V14) gets them fixed at its first reading.
     */
    List<DistributionBound> of(Calibration calibration) {
        List<DistributionBound> stored = stored(calibration);
        if (!stored.isEmpty() || calibration.getOrganisationRating() == null || calibration.getStatus() == CalibrationStatus.AWAITING_RATING
                || calibration.getStatus() == CalibrationStatus.RATED) {
            return stored;
        }
        return fix(calibration);
    }

    private List<DistributionBound> stored(Calibration calibration) {
        return bounds.findByKeyCalibrationIdOrderByKeySeq(calibration.getId()).stream().map(CalibrationBound::bound).toList();
    }
}

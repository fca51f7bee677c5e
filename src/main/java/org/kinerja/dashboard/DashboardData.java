package org.kinerja.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kinerja.calibration.CalibrationQueries.CycleDistribution;
import org.kinerja.calibration.CalibrationQueries.UnitDistributions;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.feedback.IkmReportService.ScopeIkm;
import org.kinerja.feedback.IkmReportService.UnitIkm;
import org.kinerja.organization.UnitRef;

/**
 * What the dashboard of one cycle and scope is made of: the aggregates as read, before anything is formatted.
 *
 * @param units the units of the cycle's organisation (its unit and those below it), by id
 * @param filter the unit chosen, or null for the whole organisation of the cycle
 * @param scope the units counted: the chosen unit and those below it (or all of {@code units}), by id
 * @param phases participants per unit and {@link Phase} (by ordinal)
 * @param trend the cycles of the same organisation, oldest first
 */
record DashboardData(CycleSettings cycle, Map<Long, UnitRef> units, UnitRef filter, Map<Long, UnitRef> scope, Map<Long, int[]> phases,
        Map<Long, DashboardQueries.TaskCounts> tasks, Optional<UnitDistributions> distribution, ScopeIkm ikm, List<TrendPoint> trend,
        Instant at) {

    /** One cycle of the trend: its calibrated predikat and scores (null before calibration) and its year's IKM (null without responses). */
    record TrendPoint(CycleSettings cycle, CycleDistribution distribution, UnitIkm ikm) {
    }
}

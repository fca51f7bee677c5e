package org.kinerja.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kinerja.calibration.CalibrationQueries;
import org.kinerja.calibration.CalibrationQueries.CycleDistribution;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.feedback.IkmReportService;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;

/**
 * Reads the aggregates of one cycle's dashboard: one statement each for the stages, the tasks, the predikat per unit,
 * the IKM, and for the trend one for the calibrations of the organisation's cycles and one IKM statement per cycle
 * (at most {@value #TREND_CYCLES} cycles). The units (a few hundred rows) are read once, to know the scope.
 */
@Service
class DashboardReader {

    static final int TREND_CYCLES = 10;

    private final CycleDirectory cycles;
    private final OrganizationDirectory organization;
    private final DashboardQueries queries;
    private final CalibrationQueries calibration;
    private final IkmReportService ikm;

    DashboardReader(CycleDirectory cycles, OrganizationDirectory organization, DashboardQueries queries, CalibrationQueries calibration,
            IkmReportService ikm) {
        this.cycles = cycles;
        this.organization = organization;
        this.queries = queries;
        this.calibration = calibration;
        this.ikm = ikm;
    }

    /** Every cycle, the newest first. */
    List<CycleSettings> cycles() {
        return cycles.all();
    }


    DashboardData read(long cycleId, Long unitId) {
        CycleSettings cycle = cycle(cycleId);
        List<UnitRef> all = organization.allUnits();
        Map<Long, UnitRef> units = OrganizationDirectory.subtree(all, cycle.unitId());
        UnitRef filter = null;
        Map<Long, UnitRef> scope = units;
        if (unitId != null) {
            filter = units.get(unitId);
            if (filter == null) {
                throw Rejection.invalid("Unit yang dipilih tidak termasuk organisasi siklus ini.");
            }
            scope = OrganizationDirectory.subtree(all, unitId);
        }
        Instant now = Instant.now();
        Map<Long, int[]> phases = queries.phasesByUnit(cycleId);
        Map<Long, DashboardQueries.TaskCounts> tasks = queries.tasksByUnit(cycleId, now);
        var distribution = calibration.distributionByUnit(cycleId);
        IkmReportService.ScopeIkm ikmOfScope = ikm.ofYear(cycle.year(), scope);
        return new DashboardData(cycle, units, filter, scope, phases, tasks, distribution, ikmOfScope, trend(cycle, units), now);
    }

    private List<DashboardData.TrendPoint> trend(CycleSettings selected, Map<Long, UnitRef> units) {
        List<CycleSettings> same = cycles.all().stream().filter(c -> c.unitId() == selected.unitId()).limit(TREND_CYCLES)
                .sorted(Comparator.comparingInt(CycleSettings::year).thenComparingLong(CycleSettings::id)).toList();
        Map<Long, CycleDistribution> distributions = calibration.byCycle(same.stream().map(CycleSettings::id).toList()).stream()
                .collect(Collectors.toMap(CycleDistribution::cycleId, Function.identity()));
        Map<Integer, IkmReportService.ScopeIkm> ikmByYear = new HashMap<>();
        List<DashboardData.TrendPoint> points = new ArrayList<>();
        for (CycleSettings cycle : same) {
            IkmReportService.ScopeIkm year = ikmByYear.computeIfAbsent(cycle.year(), y -> ikm.ofYear(y, units));
            points.add(new DashboardData.TrendPoint(cycle, distributions.get(cycle.id()), year.total()));
        }
        return points;
    }

    private CycleSettings cycle(long cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> Rejection.notFound("Siklus penilaian " + cycleId + " tidak ditemukan."));
    }
}

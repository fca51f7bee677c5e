package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to one employee's own appraisals, for their page "Kinerja saya", and to a supervisor's reports'
 * appraisals, for "Tim saya": every query is by the employees' ids or by one appraisal's id, so a page reads a few rows
 * whatever the organisation's size. Nothing here tells who rated whom: the merged results come from
 * {@link AppraisalResults#sheet}, the team's only as the two final scores.
 */
@Service
@Transactional(readOnly = true)
public class EmployeeAppraisals implements org.kinerja.organization.ActingCharges {

    private final AppraisalRepository appraisals;
    private final SkpIndicatorRepository indicators;
    private final ProgressReportRepository reports;

    EmployeeAppraisals(AppraisalRepository appraisals, SkpIndicatorRepository indicators, ProgressReportRepository reports) {
        this.appraisals = appraisals;
        this.indicators = indicators;
        this.reports = reports;
    }

    /** The employee's appraisals, newest first (one per cycle; index {@code ix_appraisal_employee}). */
    public List<EmployeeAppraisal> of(long employeeId) {
        return appraisals.findStatesByEmployeeId(employeeId).stream()
                .map(a -> new EmployeeAppraisal(a.id(), a.cycleId(), a.status() == AppraisalStatus.SCORED, a.status().label()))
                .toList();
    }

    /**
     * The appraisals of a supervisor's reports, each in the cycle asked for it ({@code cycleByEmployee}: employee id to
     * cycle id), with the merged scores once they exist: one query for the whole team. Reports without an appraisal in
     * their cycle yet are missing.
     */
    public List<TeamAppraisal> ofTeam(Map<Long, Long> cycleByEmployee) {
        if (cycleByEmployee.isEmpty()) {
            return List.of();
        }
        return appraisals.findTeamRows(cycleByEmployee.keySet(), java.util.Set.copyOf(cycleByEmployee.values())).stream()
                .filter(a -> Long.valueOf(a.cycleId()).equals(cycleByEmployee.get(a.employeeId())))
                .map(a -> new TeamAppraisal(a.id(), a.cycleId(), a.employeeId(), a.status().label(), a.workResultScore(),
                        a.workRating() == null ? null : a.workRating().label(), a.behaviourScore(),
                        a.behaviourRating() == null ? null : a.behaviourRating().label()))
                .toList();
    }

    /**
     * The employees whose running appraisal (not yet scored) has this employee in charge as acting official (Plt/Plh,
     * appointed by HR or taken over when a supervisor left), in one query.
     */
    public List<Long> actingFor(long employeeId) {
        return appraisals.findOpenEmployeeIdsByActingSupervisor(employeeId);
    }

    @Override
    public boolean isActingOfficial(long employeeId) {
        return appraisals.existsByActingSupervisorIdAndStatusNot(employeeId, AppraisalStatus.SCORED);
    }

    /** The SKP of one appraisal with the realisations reported per period; empty for an unknown appraisal. */
    public Optional<SkpSheet> skp(long appraisalId) {
        if (!appraisals.existsById(appraisalId)) {
            return Optional.empty();
        }
        List<ProgressReport> periods = reports.findByAppraisalIdOrderByPeriodNo(appraisalId);
        List<SkpSheet.Indicator> lines = indicators.findByAppraisalIdOrderBySeq(appraisalId).stream().map(i -> {
            Map<Integer, BigDecimal> byPeriod = new LinkedHashMap<>();
            for (ProgressReport report : periods) {
                BigDecimal value = report.getRealisations().get(i.getId());
                if (value != null) {
                    byPeriod.put(report.getPeriodNo(), value);
                }
            }
            return new SkpSheet.Indicator(i.getSeq(), i.getResultTitle(), i.getName(), i.getUnit(), i.getTarget(), i.getWeight(),
                    byPeriod, i.getFinalRealisation());
        }).toList();
        return Optional.of(new SkpSheet(appraisalId, lines,
                periods.stream().map(p -> new SkpSheet.Period(p.getPeriodNo(), p.getReportedAt(), p.getFeedback())).toList()));
    }
}

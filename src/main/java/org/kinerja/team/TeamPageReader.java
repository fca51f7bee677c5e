package org.kinerja.team;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kinerja.appraisal.EmployeeAppraisals;
import org.kinerja.appraisal.TeamAppraisal;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleParticipation;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.outcome.OutcomeHistory;
import org.kinerja.outcome.PublishedPredikat;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads "Tim saya" for one signed-in supervisor. The team is the supervisor's active direct reports in the
 * organisation (the supervisor of record each cycle copies into an appraisal when it starts), found by the signed-in
 * user's NIP alone, then the employees whose running appraisal they are in charge of as acting official (Plt/Plh),
 * marked as such. Then, for the whole team at once: each report's latest cycle, their appraisals in it with the merged
 * scores, the published predikat, each distinct cycle's settings (usually one), and the open tasks in two engine queries.
 * Seven queries or so, whatever the organisation's size; no query per report.
 */
@Service
@Transactional(readOnly = true)
class TeamPageReader {

    static final String NO_TEAM = "Halaman Tim saya hanya untuk atasan langsung dan Plt/Plh: akun Anda tidak tercatat sebagai atasan "
            + "langsung pegawai mana pun di data kepegawaian Kinerja dan tidak ditugaskan sebagai Plt/Plh pada penilaian yang sedang berjalan.";

    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;
    private final EmployeeAppraisals appraisals;
    private final OutcomeHistory outcomes;
    private final TeamTasks tasks;

    TeamPageReader(OrganizationDirectory organization, CycleDirectory cycles, EmployeeAppraisals appraisals, OutcomeHistory outcomes,
            TeamTasks tasks) {
        this.organization = organization;
        this.cycles = cycles;
        this.appraisals = appraisals;
        this.outcomes = outcomes;
        this.tasks = tasks;
    }

    /** The team page of the signed-in user {@code userId} (their NIP); 403 when they have no direct report. */
    TeamPage read(String userId) {
        EmployeeRef supervisor = organization.employeeByNip(userId).filter(EmployeeRef::active)
                .orElseThrow(() -> Rejection.forbidden(NO_TEAM));
        List<EmployeeRef> direct = organization.activeDirectReports(supervisor.id());
        java.util.Set<Long> directIds = direct.stream().map(EmployeeRef::id).collect(Collectors.toSet());
        List<Long> actingIds = appraisals.actingFor(supervisor.id()).stream().filter(id -> !directIds.contains(id)).toList();
        List<EmployeeRef> team = new java.util.ArrayList<>(direct);
        organization.employees(actingIds).values().stream().filter(EmployeeRef::active)
                .sorted(java.util.Comparator.comparing(EmployeeRef::name).thenComparing(EmployeeRef::nip)).forEach(team::add);
        if (team.isEmpty()) {
            throw Rejection.forbidden(NO_TEAM);
        }
        Map<Long, CycleParticipation> participation = cycles.latestParticipations(team.stream().map(EmployeeRef::id).toList()).stream()
                .collect(Collectors.toMap(CycleParticipation::employeeId, Function.identity(), (a, b) -> a.cycleId() > b.cycleId() ? a : b));
        Map<Long, Long> cycleByEmployee = new HashMap<>();
        participation.forEach((employee, p) -> cycleByEmployee.put(employee, p.cycleId()));
        Map<Long, TeamAppraisal> appraisalOf = appraisals.ofTeam(cycleByEmployee).stream()
                .collect(Collectors.toMap(TeamAppraisal::employeeId, Function.identity()));
        Map<Long, PublishedPredikat> publishedOf = outcomes.publishedOf(cycleByEmployee).stream()
                .collect(Collectors.toMap(PublishedPredikat::employeeId, Function.identity()));
        Map<Long, String> cycleNames = new HashMap<>();
        for (CycleParticipation p : participation.values()) {
            cycleNames.computeIfAbsent(p.cycleId(), id -> IndonesianFormat.cycleName(cycles.find(id).map(CycleSettings::name).orElse(null),
                    p.year()));
        }
        Map<Long, String> keyOf = new HashMap<>();
        for (EmployeeRef e : team) {
            Optional.ofNullable(participation.get(e.id())).ifPresent(p -> keyOf.put(e.id(), p.cycleId() + "-" + e.nip()));
        }
        Map<String, List<TeamPageViews.OpenTask>> open = tasks.byBusinessKey(keyOf.values());
        List<TeamPageViews.Report> reports = team.stream().map(e -> {
            CycleParticipation p = participation.get(e.id());
            return new TeamPageViews.Report(e, p == null ? null : cycleNames.get(p.cycleId()), p, appraisalOf.get(e.id()),
                    publishedOf.get(e.id()), keyOf.containsKey(e.id()) ? open.getOrDefault(keyOf.get(e.id()), List.of()) : List.of(),
                    !directIds.contains(e.id()));
        }).toList();
        return TeamPageViews.page(supervisor.name(), supervisor.nip(), reports, Instant.now());
    }
}

package org.kinerja.self;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.EmployeeAppraisal;
import org.kinerja.appraisal.EmployeeAppraisals;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.outcome.EmployeeOutcome;
import org.kinerja.outcome.OutcomeHistory;
import org.kinerja.shared.IndonesianFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads "Kinerja saya" for one signed-in person: their employee record by NIP, their appraisals and outcomes by their
 * employee id, the result sheets and SKP by their own appraisal ids, the cycles they took part in by id, the tasks and
 * notifications by their user id. A handful of indexed queries per cycle the person took part in; nothing reads the
 * organisation or another person's appraisal.
 */
@Service
@Transactional(readOnly = true)
class OwnPageReader {

    /** Notifications shown: the latest ones; the rest stay in {@code GET /api/notifications}. */
    static final int NOTIFICATIONS = 10;

    private final OrganizationDirectory organization;
    private final EmployeeAppraisals appraisals;
    private final AppraisalResults results;
    private final OutcomeHistory outcomes;
    private final CycleDirectory cycles;
    private final NotificationService notifications;
    private final OwnTasks tasks;

    OwnPageReader(OrganizationDirectory organization, EmployeeAppraisals appraisals, AppraisalResults results, OutcomeHistory outcomes,
            CycleDirectory cycles, NotificationService notifications, OwnTasks tasks) {
        this.organization = organization;
        this.appraisals = appraisals;
        this.results = results;
        this.outcomes = outcomes;
        this.cycles = cycles;
        this.notifications = notifications;
        this.tasks = tasks;
    }

    /** The page of the signed-in user {@code userId} (their NIP; the technical admin has no employee record). */
    OwnPage read(String userId) {
        OwnPage.Tasks open = tasks.of(userId);
        List<OwnPage.Note> notes = notifications.latest(userId, NOTIFICATIONS).stream().map(OwnPageViews::note).toList();
        Optional<EmployeeRef> found = organization.employeeByNip(userId);
        if (found.isEmpty()) {
            return new OwnPage(userId, null, open, null, List.of(), List.of(), List.of(), List.of(), notes);
        }
        EmployeeRef employee = found.get();
        Map<Long, Optional<CycleSettings>> cycleById = new HashMap<>();
        List<EmployeeOutcome> published = outcomes.of(employee.id());
        Set<Long> publishedCycles = published.stream().map(EmployeeOutcome::cycleId).collect(Collectors.toSet());

        OwnPage.CurrentSkp current = appraisals.of(employee.id()).stream().filter(a -> !publishedCycles.contains(a.cycleId())).findFirst()
                .flatMap(a -> cycle(cycleById, a.cycleId()).flatMap(c -> currentSkp(a, c))).orElse(null);

        List<OwnPage.Result> resultViews = new ArrayList<>();
        List<OwnPageViews.CitizenScore> citizen = new ArrayList<>();
        List<OwnPage.Document> documents = new ArrayList<>();
        List<OwnPage.Coaching> coaching = new ArrayList<>();
        for (EmployeeOutcome outcome : published) {
            String cycleName = IndonesianFormat.cycleName(cycle(cycleById, outcome.cycleId()).map(CycleSettings::name).orElse(null),
                    outcome.year());
            Optional<ResultSheet> sheet = results.sheet(outcome.cycleId(), employee.id());
            resultViews.add(OwnPageViews.result(outcome, cycleName, sheet));
            citizen.add(new OwnPageViews.CitizenScore(cycleName, sheet.map(ResultSheet::citizenIkm).orElse(null),
                    sheet.map(ResultSheet::citizenResponses).orElse(null)));
            documents.addAll(OwnPageViews.documents(outcome, cycleName));
            OwnPageViews.coaching(outcome, cycleName).ifPresent(coaching::add);
        }
        return new OwnPage(userId, new OwnPage.Employee(employee.name(), employee.nip(), employee.positionName(), employee.unitName()),
                open, current, resultViews, OwnPageViews.ikmTrend(citizen), documents, coaching, notes);
    }

    private Optional<OwnPage.CurrentSkp> currentSkp(EmployeeAppraisal appraisal, CycleSettings cycle) {
        return appraisals.skp(appraisal.appraisalId()).map(sheet -> OwnPageViews.currentSkp(
                IndonesianFormat.cycleName(cycle.name(), cycle.year()), appraisal.statusLabel(), cycle.periodLength(), cycle.year(), sheet));
    }

    /** A cycle by id, read once per page. */
    private Optional<CycleSettings> cycle(Map<Long, Optional<CycleSettings>> cache, long cycleId) {
        return cache.computeIfAbsent(cycleId, cycles::find);
    }
}

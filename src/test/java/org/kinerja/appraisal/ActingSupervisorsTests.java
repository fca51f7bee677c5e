package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.support.ProcessTestSupport.HEAD;
import static org.kinerja.support.ProcessTestSupport.HR_ADMIN;
import static org.kinerja.support.ProcessTestSupport.STAFF_FOUR;
import static org.kinerja.support.ProcessTestSupport.STAFF_ONE;
import static org.kinerja.support.ProcessTestSupport.STAFF_TWO;
import static org.kinerja.support.ProcessTestSupport.SUPERVISOR;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.Rejection;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/**
 * Nobody's absence blocks another person's appraisal: HR's "tugaskan Plt/Plh" hands a supervisor's open appraisal
 * tasks to an acting official, and a supervisor who leaves the roster hands them to their own supervisor. In both
 * cases the previous holder's grant goes and the move is recorded.
 */
@KinerjaTest
class ActingSupervisorsTests {

    static final Map<String, Object> PLAN = SkpRows.oneIndicator().form();

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    ActingSupervisors acting;
    @Autowired
    ActingAssignmentRepository assignments;
    @Autowired
    AppraisalRepository appraisals;
    ProcessTestSupport support;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @AfterEach
    void rosterBack() throws Exception {
        employees.importCsv(new ClassPathResource("fixtures/pegawai-proses.csv").getContentAsByteArray());
    }

    @Test
    void shouldHandTheSupervisorsOpenTasksToTheActingOfficialAndRecordWhy() {
        ProcessInstance cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance appraisal = support.appraisalOf(cycle, STAFF_ONE);
        support.submit(support.task(appraisal, "Task_DraftTargets"), PLAN);
        Task approve = support.task(appraisal, "Task_ApproveTargets");
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        assertThat(personalGrants(approve)).contains(SUPERVISOR);

        ActingSupervisors.Appointment appointment = acting.appoint(SUPERVISOR, HEAD, List.of(STAFF_ONE),
                "Kepala bidang cuti besar tiga bulan sejak 1 Desember.", HR_ADMIN);

        assertThat(appointment.appraisals()).isEqualTo(1);
        assertThat(appointment.tasks()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).singleResult().getAssignee()).isEqualTo(HEAD);
        assertThat(personalGrants(approve)).contains(HEAD).doesNotContain(SUPERVISOR);
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(appraisal.getId(), "appraisalId")).longValue();
        assertThat(assignments.findByAppraisalIdOrderByIdAsc(appraisalId)).singleElement().satisfies(a -> {
            assertThat(a.getReason()).contains("cuti besar");
            assertThat(a.getAssignedBy()).isEqualTo(HR_ADMIN);
            assertThat(a.getReassignedTasks()).isEqualTo(1);
        });
        // only the list given moved: STAFF_TWO's appraisal stays with the supervisor of record
        assertThat(appraisals.findById(appraisalId).orElseThrow().getActingSupervisorId()).isNotNull();

        // the former holder may no longer act; the acting official may
        assertThatThrownBy(() -> as(SUPERVISOR, () -> support.submit(approve, Map.of("targetsDecision", "APPROVE"))))
                .hasMessageContaining("dipegang orang lain");
        as(HEAD, () -> support.submit(approve, Map.of("targetsDecision", "APPROVE")));
        assertThat(support.task(appraisal, "Task_ReportProgress").getAssignee()).isEqualTo(STAFF_ONE);
    }

    @Test
    void shouldRefuseAnActingOfficialWhoWouldRateThemself() {
        ProcessInstance cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        assertThat(support.appraisalOf(cycle, STAFF_TWO)).isNotNull();

        assertThatThrownBy(() -> acting.appoint(SUPERVISOR, STAFF_TWO, List.of(), "Plt sementara selama kepala bidang dinas luar.", HR_ADMIN))
                .isInstanceOf(Rejection.class).hasMessageContaining("tidak boleh menilai dirinya sendiri");
        assertThatThrownBy(() -> acting.appoint(SUPERVISOR, HEAD, List.of(), "singkat", HR_ADMIN))
                .isInstanceOf(Rejection.class).hasMessageContaining("Alasan penugasan wajib diisi, 20 sampai 2000 karakter");
        assertThatThrownBy(() -> acting.appoint(SUPERVISOR, "199001012015011001", List.of(), "Plt sementara selama dinas luar.", HR_ADMIN))
                .isInstanceOf(Rejection.class).hasMessageContaining("tidak dikenal");
    }

    @Test
    void shouldHandTheTasksOfASupervisorWhoLeavesTheRosterToTheirOwnSupervisor() throws Exception {
        ProcessInstance cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance appraisal = support.appraisalOf(cycle, STAFF_FOUR);
        support.submit(support.task(appraisal, "Task_DraftTargets"), PLAN);
        Task approve = support.task(appraisal, "Task_ApproveTargets");
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);

        // the roster without the supervisor: the staff now report to the head
        String roster = new String(new ClassPathResource("fixtures/pegawai-proses.csv").getContentAsByteArray(), StandardCharsets.UTF_8)
                .lines().filter(l -> !l.startsWith(SUPERVISOR)).map(l -> l.replace("," + SUPERVISOR + ",", "," + HEAD + ","))
                .reduce("", (a, b) -> a + b + "\n");
        employees.importCsv(roster.getBytes(StandardCharsets.UTF_8));

        Task moved = engine.getTaskService().createTaskQuery().taskId(approve.getId()).singleResult();
        assertThat(moved.getAssignee()).isEqualTo(HEAD);
        assertThat(personalGrants(approve)).doesNotContain(SUPERVISOR);
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(appraisal.getId(), "appraisalId")).longValue();
        assertThat(assignments.findByAppraisalIdOrderByIdAsc(appraisalId)).singleElement()
                .satisfies(a -> assertThat(a.getReason()).contains("dinonaktifkan"));
        as(HEAD, () -> support.submit(moved, Map.of("targetsDecision", "APPROVE")));
        assertThat(support.task(appraisal, "Task_ReportProgress")).isNotNull();
    }

    private List<String> personalGrants(Task task) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).list()
                .stream().map(a -> a.getUserId()).filter(java.util.Objects::nonNull).toList();
    }

    private void as(String user, Runnable action) {
        engine.getIdentityService().setAuthentication(user, List.of("pegawai"));
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }
}

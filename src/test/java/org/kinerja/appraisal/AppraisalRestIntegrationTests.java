package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The calls Tasklist makes, over real HTTP on PostgreSQL: the HR admin submits the cycle start form, an employee
 * submits the SKP form; bad input gets 400 with the Bahasa Indonesia message and changes nothing.
 */
class AppraisalRestIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    NotificationService notifications;
    ProcessTestSupport support;
    Http http;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        http = new Http(port);
    }

    @Test
    void shouldLetTheHrAdminOpenACycleFromTheStartFormAndRefuseBadInput() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("AppraisalCycleProcess")
                .latestVersion().singleResult().getId();
        int year = ProcessTestSupport.nextYear();
        HttpResponse<String> bad = http.postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                startForm("TIDAK-ADA", year, "P7D"), ProcessTestSupport.HR_ADMIN, PASSWORD);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Siklus tidak dapat dibuka: unit 'TIDAK-ADA' tidak dikenal.");

        HttpResponse<String> byEmployee = http.postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                startForm("SEK-A1", year, "P7D"), ProcessTestSupport.STAFF_ONE, PASSWORD);
        assertThat(byEmployee.statusCode()).isEqualTo(403);

        HttpResponse<String> ok = http.postJson("/engine-rest/process-definition/" + definition + "/submit-form",
                startForm("SEK-A1", year, "P7D"), ProcessTestSupport.HR_ADMIN, PASSWORD);
        assertThat(ok.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldAnswerABadSkpWith400AndTheReasonThenAcceptAGoodOne() {
        var cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        var pi = support.appraisalOf(cycle, ProcessTestSupport.STAFF_TWO);
        Task task = support.task(pi, "Task_DraftTargets");

        // as Tasklist sends it: the indicator list as one Json variable of its rows
        String refusedPlan = SkpRows.oneIndicator().set(1, "weight", 90).restBody();
        String plan = SkpRows.oneIndicator().restBody();
        HttpResponse<String> refused = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", refusedPlan,
                ProcessTestSupport.STAFF_TWO, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("SKP belum dapat dikirim: Jumlah bobot harus 100, sekarang 90.");
        assertThat(support.task(pi, "Task_DraftTargets")).isNotNull();

        HttpResponse<String> otherEmployee = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", plan,
                ProcessTestSupport.STAFF_ONE, PASSWORD);
        assertThat(otherEmployee.statusCode()).isIn(403, 404);

        HttpResponse<String> accepted = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", plan,
                ProcessTestSupport.STAFF_TWO, PASSWORD);
        assertThat(accepted.statusCode()).isEqualTo(204);
        assertThat(support.task(pi, "Task_ApproveTargets").getAssignee()).isEqualTo(ProcessTestSupport.SUPERVISOR);
        // form values were task-local: the process keeps only ids and flags
        assertThat(engine.getRuntimeService().getVariables(pi.getId()).keySet())
                .doesNotContain(SkpRows.LIST, "employeeName", "targetsTable", "supervisorResultOptions");
        assertThat(engine.getRuntimeService().getVariables(pi.getId()).keySet()).containsExactlyInAnyOrder("cycleId", "employeeId",
                "appraisalId");
    }

    @Test
    void shouldShowPeopleOnlyTheirOwnNotifications() {
        notifications.notify(ProcessTestSupport.STAFF_ONE, NotificationKind.TASK_REMINDER, "TEST:" + System.nanoTime(),
                "Pengingat: Susun target SKP", "Tugas menunggu Anda.");
        HttpResponse<String> own = http.get("/api/notifications", ProcessTestSupport.STAFF_ONE, PASSWORD);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Pengingat: Susun target SKP");
        assertThat(http.get("/api/notifications", ProcessTestSupport.STAFF_TWO, PASSWORD).body()).doesNotContain("Tugas menunggu Anda.");
        assertThat(http.get("/api/notifications", null, null).statusCode()).isEqualTo(401);
    }

    private static String startForm(String unit, int year, String reminder) {
        return """
                {"variables":{"cycleName":{"value":"Siklus uji REST"},"year":{"value":%d},"unitCode":{"value":"%s"},
                "periodLength":{"value":"QUARTERLY"},"reminderDelay":{"value":"%s"},"escalationDelay":{"value":"P14D"}}}"""
                .formatted(year, unit, reminder);
    }
}

package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Parallel requests that only one may win, over real HTTP on PostgreSQL: each race ends in exactly one success and
 * 409 for the others, never a 500, and leaves exactly one result.
 */
class RaceIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final int RACERS = 4;

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    JdbcTemplate jdbc;
    ProcessTestSupport support;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldOpenOneCycleWhenTheSameCycleIsStartedFourTimesAtOnce() throws Exception {
        int year = ProcessTestSupport.nextYear();
        long cyclesBefore = cycleInstances();
        List<HttpResponse<String>> answers = race(i -> () -> new Http(port).postJson(startFormPath(),
                startForm("SEK-A1", year), ProcessTestSupport.HR_ADMIN, PASSWORD));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(answers).filteredOn(a -> a.statusCode() == 409)
                .allSatisfy(a -> assertThat(a.body()).contains("Siklus tidak dapat dibuka").doesNotContain("Exception"));
        assertThat(jdbc.queryForObject("select count(*) from appraisal_cycle where cycle_year = ?", Integer.class, year)).isEqualTo(1);
        assertThat(cycleInstances()).isEqualTo(cyclesBefore + 1);
    }

    @Test
    void shouldAppraiseEveryoneOnceWhenAUnitAndItsParentAreStartedAtOnce() throws Exception {
        int year = ProcessTestSupport.nextYear();
        String[] unitsInRace = {"BID-A", "SEK-A1", "BID-A", "SEK-A1"};
        List<HttpResponse<String>> answers = race(i -> () -> new Http(port).postJson(startFormPath(),
                startForm(unitsInRace[i], year), ProcessTestSupport.HR_ADMIN, PASSWORD));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from appraisal_cycle where cycle_year = ?", Integer.class, year)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from (select employee_id from cycle_participant where cycle_year = ?
                group by employee_id having count(*) > 1) doubled""", Integer.class, year)).isZero();
    }

    @Test
    void shouldCompleteATaskOnceWhenItIsSubmittedFourTimesAtOnce() throws Exception {
        ProcessInstance cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        String plan = SkpRows.oneIndicator().restBody();
        // four employees, four races: the loser's answer must not depend on where in its request the winner committed
        for (String nip : List.of(ProcessTestSupport.STAFF_ONE, ProcessTestSupport.STAFF_TWO, ProcessTestSupport.STAFF_THREE,
                ProcessTestSupport.STAFF_FOUR)) {
            ProcessInstance appraisal = support.appraisalOf(cycle, nip);
            Task draft = support.task(appraisal, "Task_DraftTargets");

            List<HttpResponse<String>> answers = race(i -> () -> new Http(port).postJson("/engine-rest/task/" + draft.getId()
                    + (i % 2 == 0 ? "/submit-form" : "/complete"), plan, nip, PASSWORD));

            assertThat(answers).extracting(HttpResponse::statusCode).as(nip).containsOnly(204, 409).filteredOn(s -> s == 204).hasSize(1);
            assertThat(support.tasks(appraisal, "Task_ApproveTargets")).hasSize(1);
            assertThat(jdbc.queryForObject("""
                    select count(*) from skp_indicator i join appraisal a on a.id = i.appraisal_id
                    where a.process_instance_id = ?""", Integer.class, appraisal.getId())).isEqualTo(1);
            assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(appraisal.getId())
                    .taskDefinitionKey("Task_DraftTargets").finished().count()).isEqualTo(1);
        }
    }

    /** Starts {@value #RACERS} requests at the same moment and collects their answers. */
    static List<HttpResponse<String>> race(IntFunction<Callable<HttpResponse<String>>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<HttpResponse<String>> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            answers.forEach(a -> assertThat(a.statusCode()).as(a.body()).isNotEqualTo(500));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private long cycleInstances() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("AppraisalCycleProcess").count();
    }

    private String startFormPath() {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("AppraisalCycleProcess")
                .latestVersion().singleResult().getId();
        return "/engine-rest/process-definition/" + definition + "/submit-form";
    }

    private static String startForm(String unit, int year) {
        return """
                {"variables":{"cycleName":{"value":"Siklus balapan"},"year":{"value":%d},"unitCode":{"value":"%s"},
                "periodLength":{"value":"QUARTERLY"},"reminderDelay":{"value":"P7D"},"escalationDelay":{"value":"P14D"}}}"""
                .formatted(year, unit);
    }
}

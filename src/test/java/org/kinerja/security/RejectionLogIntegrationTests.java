package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refusal is expected, not an error: twenty refused forms through the REST API, each answered with 400 and its
 * Indonesian message alone, write one log line each and no stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class RejectionLogIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;

    @Test
    void shouldLogTwentyRefusedFormsAsOneLineEachWithoutAStackTrace(CapturedOutput output) throws Exception {
        ProcessTestSupport support = new ProcessTestSupport(engine, units, employees);
        var cycle = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        Task draft = support.task(support.appraisalOf(cycle, ProcessTestSupport.STAFF_THREE), "Task_DraftTargets");
        Http http = new Http(port);
        int before = output.getOut().length();
        int beforeErr = output.getErr().length();

        for (int i = 0; i < 20; i++) {
            String body = i % 2 == 0
                    ? SkpRows.oneIndicator().set(1, "weight", 10 + i).restBody()
                    : "{\"variables\":{\"supervisorNip\":{\"value\":\"" + ProcessTestSupport.STAFF_THREE + "\"}}}";
            HttpResponse<String> refused = http.postJson("/engine-rest/task/" + draft.getId() + (i % 4 < 2 ? "/submit-form" : "/complete"),
                    body, ProcessTestSupport.STAFF_THREE, PASSWORD);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("Cannot submit task form", "Cannot complete task", draft.getId(), "Exception");
        }

        String log = output.getOut().substring(before) + output.getErr().substring(beforeErr);
        assertThat(log).doesNotContain("\tat ", "ENGINE-16004", "ENGINE-REST-HTTP500");
        assertThat(log.lines().filter(l -> l.contains("Ditolak (400)"))).hasSize(20);
    }
}

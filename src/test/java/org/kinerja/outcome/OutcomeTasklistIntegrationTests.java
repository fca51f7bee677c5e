package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On PostgreSQL, after a SEK-A2 cycle is published: the employee opens "Lihat hasil penilaian" in the real Tasklist
 * (headless Chromium), sees the predikat and the indicator table, and accepts; another employee cannot read that
 * task's form variables through the REST API Tasklist uses, nor the employee's documents.
 */
class OutcomeTasklistIntegrationTests extends PostgresApplicationTest {

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
    void shouldShowTheResultInTasklistToTheEmployeeOnly() throws Exception {
        ProcessTestSupport support = new ProcessTestSupport(engine, units, employees);
        ProcessInstance cycle = support.startCycle("SEK-A2", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {100, 4});
        support.rateOrganisation(cycle, "ISTIMEWA", "Capaian indikator kinerja utama melampaui target.");
        support.finishCalibration(cycle, ProcessTestSupport.SUPERVISOR);
        ProcessInstance outcome = support.children(cycle, AppraisalOutcomeProcess.PROCESS_ID)
                .variableValueEquals(AppraisalOutcomeProcess.VAR_EMPLOYEE_NIP, ProcessTestSupport.STAFF_FIVE).singleResult();
        Task view = support.task(outcome, AppraisalOutcomeProcess.TASK_VIEW_RESULT);
        assertThat(view.getAssignee()).isEqualTo(ProcessTestSupport.STAFF_FIVE);

        Http http = new Http(port);
        assertThat(http.get("/engine-rest/task/" + view.getId() + "/form-variables", ProcessTestSupport.STAFF_SIX, PASSWORD).statusCode())
                .as("another employee reading the result form's variables").isIn(403, 404);
        assertThat(http.get("/engine-rest/task/" + view.getId() + "/form-variables", ProcessTestSupport.STAFF_FIVE, PASSWORD).body())
                .contains("predikatLabel");
        long cycleId = support.cycleId(cycle);
        assertThat(http.get("/api/outcomes/" + cycleId + "/pegawai/" + ProcessTestSupport.STAFF_FIVE + "/hasil.pdf",
                ProcessTestSupport.STAFF_SIX, PASSWORD).statusCode()).isEqualTo(403);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
            driver.get("http://localhost:" + port + "/masuk");
            chromium.signInToKinerja(ProcessTestSupport.STAFF_FIVE, PASSWORD);
            wait.until(ExpectedConditions.urlContains("/beranda"));
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + view.getId());
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
            wait.until(d -> d.findElement(By.cssSelector(".fjs-form")).getText().contains("Berkas diproses"));
            String form = driver.findElement(By.cssSelector(".fjs-form")).getText();
            assertThat(form).contains("Hasil penilaian kinerja Anda", "Nilai BerAKHLAK", "Berorientasi Pelayanan 4,00",
                    "Berkas diproses 100,00 berkas 100,00 berkas 100,00%");
            assertThat(driver.findElement(By.cssSelector("input[id$='-Field_citizenText']")).getDomProperty("value"))
                    .contains("kurang dari 10 responden");
            assertThat(driver.findElement(By.cssSelector("input[id$='-Field_predikatLabel']")).getDomProperty("value")).isEqualTo("Baik");
            WebElement accept = driver.findElement(By.cssSelector("input[id$='-Field_resultDecision-0']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", accept);
            accept.click();
            By complete = By.cssSelector("[cam-tasklist-task] .form-actions button.btn-primary[ng-click='complete()']");
            WebElement button = wait.until(ExpectedConditions.elementToBeClickable(complete));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            button.click();
            // accepted: the outcome goes on to its end event, which reports to the cycle in its own job
            wait.until(d -> engine.getManagementService().createJobQuery().processInstanceId(outcome.getId())
                    .activityId(AppraisalOutcomeProcess.END_EVENT_CONCLUDED).count() == 1);
        }
        engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(outcome.getId())
                .activityId(AppraisalOutcomeProcess.END_EVENT_CONCLUDED).singleResult().getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(outcome.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(outcome.getId())
                .activityId(AppraisalOutcomeProcess.END_EVENT_CONCLUDED).count()).isEqualTo(1);
    }
}

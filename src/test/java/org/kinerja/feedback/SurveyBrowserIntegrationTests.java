package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A citizen fills the public survey page in headless Chromium; the second attempt on the same ticket is refused. */
class SurveyBrowserIntegrationTests extends PostgresApplicationTest {

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
    SurveyService survey;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    org.kinerja.organization.OrganizationDirectory organization;

    @Test
    void shouldTakeACitizensAnswersOnceThroughThePublicPage() throws Exception {
        new ProcessTestSupport(engine, units, employees);
        String ticket = survey.registerTicket(new SurveyService.TicketRequest("KTP/" + System.nanoTime(), "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, Instant.now()), "loket").ticketNumber();
        String url = "http://localhost:" + port + "/survei?tiket=" + ticket;
        long before = responses.count();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
            driver.get(url);
            wait.until(ExpectedConditions.textToBe(By.id("nomor-tiket"), ticket));
            for (int element = 1; element <= 9; element++) {
                driver.findElement(By.cssSelector("input[name='u" + element + "'][value='" + (element == 3 ? 3 : 4) + "']")).click();
            }
            driver.findElement(By.name("keluhan")).sendKeys("Antrean pagi terlalu panjang.");
            driver.findElement(By.id("kirim")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terima-kasih")));
            assertThat(responses.count()).isEqualTo(before + 1);

            driver.get(url);
            String refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pesan-kesalahan"))).getText();
            assertThat(refusal).contains("Survei untuk tiket ini sudah diisi");
            assertThat(driver.findElements(By.id("kirim"))).as("no form for a used ticket").isEmpty();
        }
        assertThat(responses.count()).isEqualTo(before + 1);
        // the answer counts for the employee who served
        var today = java.time.LocalDate.now(SurveyService.ZONE);
        assertThat(survey.ikmForEmployee(organization.employeeByNip(ProcessTestSupport.STAFF_ONE).orElseThrow().id(), today, today))
                .isPresent();
    }

    @Test
    void shouldShowAResponseInTheUnitsReportWithItsChartAfterHrLogsIn() throws Exception {
        new ProcessTestSupport(engine, units, employees);
        String ticket = survey.registerTicket(new SurveyService.TicketRequest("AKTA/" + System.nanoTime(), "Akta Kelahiran",
                ProcessTestSupport.STAFF_FIVE, Instant.now()), "loket").ticketNumber();
        survey.respond(ticket, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, null);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
            driver.get("http://localhost:" + port + "/laporan/ikm");
            wait.until(ExpectedConditions.urlContains("/masuk"));
            chromium.signInToKinerja(ProcessTestSupport.HR_ADMIN, PASSWORD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tabel-ikm tr[data-unit='SEK-A2']")));
            String row = driver.findElement(By.cssSelector("#tabel-ikm tr[data-unit='SEK-A2']")).getText();
            assertThat(row).contains("Seksi A2").contains("Sangat Baik");
            Object drawn = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                    "const c = Chart.getChart('grafik-ikm'); return c ? c.data.labels : null;");
            assertThat(drawn).asString().contains("Seksi A2").contains("Seluruh unit layanan");
            // the same login opens Tasklist without a second sign-in
            driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
            // the first Tasklist page of a JVM loads the whole bundle: up to a minute, as HeadlessChromium.signInToTasklist
            new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(100))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
            assertThat(driver.findElements(By.cssSelector("form[name=signinForm]"))).as("no Tasklist login form").isEmpty();
        }
    }
}

package org.kinerja.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.ProcessTestSupport.HEAD;
import static org.kinerja.support.ProcessTestSupport.HR_ADMIN;
import static org.kinerja.support.ProcessTestSupport.STAFF_FIVE;
import static org.kinerja.support.ProcessTestSupport.STAFF_FOUR;
import static org.kinerja.support.ProcessTestSupport.STAFF_ONE;
import static org.kinerja.support.ProcessTestSupport.STAFF_SIX;
import static org.kinerja.support.ProcessTestSupport.STAFF_THREE;
import static org.kinerja.support.ProcessTestSupport.STAFF_TWO;
import static org.kinerja.support.ProcessTestSupport.SUPERVISOR;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Tim saya" on PostgreSQL, on the real server. Atasan Uji supervises Pegawai Satu to Enam: Satu to Empat (SEK-A1)
 * have their BID-A cycle published (Satu accepted the result, Tiga's predikat was changed on appeal), Lima and Enam
 * (SEK-A2) are in a later SEK-A2 cycle: Lima's SKP waits for the supervisor's approval, Enam's SKP is past its deadline.
 * Kepala Uji supervises Atasan Uji and Admin SDM. Each signs in on {@code /masuk}; what the page must show is read
 * from the tables and the engine, not repeated from the code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamPageIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String ADMIN_PASSWORD = "Rahasia-Uji-2026!";

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
    ProcessInstance cycle;
    long cycleId;
    ProcessInstance secondCycle;
    long secondCycleId;

    @BeforeAll
    void cycles() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        cycle = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        cycleId = support.cycleId(cycle);
        Map<String, int[]> plan = Map.of(STAFF_ONE, new int[] {120, 5}, STAFF_TWO, new int[] {100, 4}, STAFF_THREE, new int[] {100, 4},
                STAFF_FOUR, new int[] {50, 4}, STAFF_FIVE, new int[] {50, 2}, STAFF_SIX, new int[] {100, 4}, SUPERVISOR, new int[] {100, 4});
        support.completeAppraisals(cycle, plan::get);
        support.rateOrganisation(cycle, "ISTIMEWA", "Capaian IKU organisasi melampaui target tahun ini.");
        support.finishCalibration(cycle, SUPERVISOR);
        support.submit(support.task(outcomeOf(STAFF_ONE), "Task_ViewResult"), Map.of("resultDecision", "ACKNOWLEDGE"));
        support.executeAsyncJobs();
        ProcessInstance three = outcomeOf(STAFF_THREE);
        support.submit(support.task(three, "Task_ViewResult"), Map.of("resultDecision", "APPEAL", "appealReason",
                "Capaian pelayanan saya melampaui target; mohon ditinjau."));
        support.submit(support.task(three, "Task_DecideAppeal"), Map.of("appealDecision", "CHANGE", "newPredikat", "SANGAT_BAIK",
                "decisionReason", "Bukti capaian layanan terverifikasi melampaui target."));
        support.executeAsyncJobs();

        secondCycle = support.startCycle("SEK-A2", ProcessTestSupport.nextYear(), "QUARTERLY");
        secondCycleId = support.cycleId(secondCycle);
        support.executeAsyncJobs();
        support.submit(support.task(support.appraisalOf(secondCycle, STAFF_FIVE), "Task_DraftTargets"), SkpRows.oneIndicator().form());
        // Enam's SKP is late: its deadline moved to yesterday, as time passing would
        Task enam = support.task(support.appraisalOf(secondCycle, STAFF_SIX), "Task_DraftTargets");
        jdbc.update("update act_ru_task set due_date_ = ? where id_ = ?", Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                enam.getId());
    }

    private ProcessInstance outcomeOf(String nip) {
        return support.children(cycle, "AppraisalOutcomeProcess").variableValueEquals("employeeNip", nip).singleResult();
    }

    private Http signedIn(String user, String password) {
        Http http = new Http(port);
        HttpResponse<String> login = http.pageLogin(user, password);
        assertThat(login.statusCode()).as("sign-in of " + user).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).as("sign-in of " + user).doesNotContain("masuk?");
        return http;
    }

    private String page(Http http) {
        HttpResponse<String> page = http.get("/tim-saya", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return page.body();
    }

    /** The card of one report on the page. */
    private static String card(String html, String nip) {
        var m = Pattern.compile("id=\"anggota-" + nip + "\"(.*?)(?=<div class=\"panel anggota|</section>)", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the card of " + nip).isTrue();
        return m.group(1);
    }

    private String name(String nip) {
        return jdbc.queryForObject("select name from org_employee where nip = ?", String.class, nip);
    }

    private String predikat(String nip) {
        return org.kinerja.support.AppraisalRows.predikat(jdbc, cycleId, nip);
    }

    private BigDecimal resultColumn(String column, String nip) {
        return org.kinerja.support.AppraisalRows.resultColumn(jdbc, cycleId, column, nip);
    }

    /** Who rated the employee in the first cycle: the peers and the supervisor, as NIPs and names. */
    private List<String> raters(String nip) {
        return org.kinerja.support.AppraisalRows.raters(jdbc, cycleId, nip);
    }

    @Test
    void shouldShowEachReportsStageTheSupervisorsTaskAndWhatIsLate() {
        String html = page(signedIn(SUPERVISOR, PASSWORD));
        assertThat(html).contains("<h1>Tim saya</h1>");
        Task approve = support.task(support.appraisalOf(secondCycle, STAFF_FIVE), "Task_ApproveTargets");
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        String lima = card(html, STAFF_FIVE);
        assertThat(lima).contains(name(STAFF_FIVE), "Menunggu persetujuan target", "Setujui target SKP", "Tugas Anda",
                "href=\"/camunda/app/tasklist/default/#/?task=" + approve.getId() + "\"",
                IndonesianFormat.dateTime(approve.getDueDate().toInstant())).doesNotContain("Terlambat");

        Task draft = support.task(support.appraisalOf(secondCycle, STAFF_SIX), "Task_DraftTargets");
        assertThat(draft.getDueDate()).isInThePast();
        String enam = card(html, STAFF_SIX);
        assertThat(enam).contains(name(STAFF_SIX), "Menyusun target SKP", "Susun target SKP", "Dikerjakan pegawai", "Terlambat",
                IndonesianFormat.dateTime(draft.getDueDate().toInstant()))
                .as("the report's own task is not the supervisor's to open").doesNotContain("?task=" + draft.getId());
        assertThat(html).contains("<strong>1</strong> tugas menunggu Anda", "<strong>1</strong> tugas terlambat",
                "<strong>6</strong> bawahan langsung");
    }

    @Test
    void shouldShowThePublishedResultsWithoutTheRaters() {
        String html = page(signedIn(SUPERVISOR, PASSWORD));
        for (String nip : List.of(STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR)) {
            String card = card(html, nip);
            assertThat(card).as(nip).contains("<strong class=\"predikat\">" + predikat(nip) + "</strong>",
                    IndonesianFormat.twoDecimals(resultColumn("work_result_score", nip)),
                    IndonesianFormat.twoDecimals(resultColumn("behaviour_score", nip)));
            boolean finished = jdbc.queryForObject("select outcome_concluded_at is not null from cycle_participant "
                    + "where cycle_id = ? and employee_id = (select id from org_employee where nip = ?)", Boolean.class, cycleId, nip);
            assertThat(card).as(nip).contains(finished ? "Selesai" : "Hasil diumumkan");
            List<String> raters = raters(nip);
            assertThat(raters).as("peers and the supervisor rated " + nip).hasSizeGreaterThanOrEqualTo(4);
            assertThat(card).as("no rater of " + nip + " named on their card").doesNotContain(raters);
        }
        Task view = support.task(outcomeOf(STAFF_TWO), "Task_ViewResult");
        assertThat(card(html, STAFF_TWO)).contains("Lihat hasil penilaian", "Dikerjakan pegawai").doesNotContain("?task=" + view.getId());
        assertThat(predikat(STAFF_THREE)).isEqualTo("Sangat Baik");
        assertThat(card(html, STAFF_THREE)).contains("Diubah setelah keberatan (semula ");
        assertThat(card(html, STAFF_FIVE)).as("Lima's current cycle is not published").doesNotContain("class=\"predikat\"");
    }

    @Test
    void shouldShowAnActingOfficialTheAppraisalTheyAreInChargeOfMarkedAsPlt() {
        // HR appoints the HR admin (no report of their own) as Plt/Plh for Enam's running appraisal only
        HttpResponse<String> appointed = new Http(port).postJson("/api/acting-supervisors", """
                {"supervisorNip": "%s", "actingNip": "%s", "employeeNips": ["%s"],
                 "reason": "Atasan langsung menjalani cuti besar selama tiga bulan."}""".formatted(SUPERVISOR, HR_ADMIN, STAFF_SIX),
                HR_ADMIN, PASSWORD);
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);

        Http acting = signedIn(HR_ADMIN, PASSWORD);
        assertThat(acting.get("/beranda", null, null).body()).as("the header links the page for the acting official")
                .contains("id=\"tautan-tim-saya\"");
        String html = page(acting);
        String enam = card(html, STAFF_SIX);
        assertThat(enam).contains(name(STAFF_SIX), "Anda sebagai Plt/Plh", "Menyusun target SKP", "Dikerjakan pegawai");
        assertThat(html).contains("<strong>0</strong> bawahan langsung", "<strong>1</strong> pegawai",
                "Bawahan langsung dan penilaian sebagai Plt/Plh");
        for (String other : List.of(STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR, STAFF_FIVE)) {
            assertThat(html).as("not in the acting official's charge").doesNotContain(other, name(other));
        }
        // the supervisor of record keeps the report on their page, unmarked
        String supervisors = page(signedIn(SUPERVISOR, PASSWORD));
        assertThat(card(supervisors, STAFF_SIX)).contains(name(STAFF_SIX)).doesNotContain("Plt/Plh");
        assertThat(supervisors).doesNotContain("jumlah-plt");
    }

    @Test
    void shouldShowOnlyTheSignedInSupervisorsOwnTeam() {
        Http atasan = signedIn(SUPERVISOR, PASSWORD);
        String html = page(atasan);
        assertThat(html).doesNotContain(name(HEAD), HEAD, name(HR_ADMIN), HR_ADMIN);
        // no parameter chooses the team
        String asked = atasan.get("/tim-saya?nip=" + HEAD + "&atasan=" + HEAD, null, null).body();
        assertThat(asked).contains(name(STAFF_ONE)).doesNotContain(name(HR_ADMIN));
        HttpResponse<String> path = atasan.get("/tim-saya/" + HEAD, null, null);
        assertThat(path.statusCode()).as("no page below /tim-saya").isIn(401, 403, 404);
        assertThat(path.body()).doesNotContain(name(HR_ADMIN), name(STAFF_ONE));

        String kepala = page(signedIn(HEAD, PASSWORD));
        assertThat(card(kepala, SUPERVISOR)).contains(name(SUPERVISOR), "<strong class=\"predikat\">" + predikat(SUPERVISOR) + "</strong>");
        assertThat(kepala).contains(name(HR_ADMIN));
        for (String staff : List.of(STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR, STAFF_FIVE, STAFF_SIX)) {
            assertThat(kepala).as("not the head's direct report").doesNotContain(staff, name(staff));
        }
    }

    @Test
    void shouldRefuseSomeoneWithoutReportsWithTheIndonesianErrorPage() {
        Http satu = signedIn(STAFF_ONE, PASSWORD);
        HttpResponse<String> refused = satu.get("/tim-saya", null, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(refused.body()).contains("<html lang=\"id\"", "Akses ditolak", TeamPageReader.NO_TEAM)
                .doesNotContain("Whitelabel", "\"status\"", name(STAFF_TWO));
        HttpResponse<String> admin = signedIn("admin", ADMIN_PASSWORD).get("/tim-saya", null, null);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.body()).contains(TeamPageReader.NO_TEAM);
    }

    @Test
    void shouldLinkThePageInTheHeaderOnlyForSupervisors() {
        assertThat(signedIn(SUPERVISOR, PASSWORD).get("/beranda", null, null).body())
                .contains("id=\"tautan-tim-saya\"", "href=\"/tim-saya\"");
        assertThat(signedIn(SUPERVISOR, PASSWORD).get("/kinerja-saya", null, null).body()).contains("id=\"tautan-tim-saya\"");
        assertThat(signedIn(STAFF_ONE, PASSWORD).get("/beranda", null, null).body()).doesNotContain("tautan-tim-saya", "/tim-saya");
        assertThat(signedIn("admin", ADMIN_PASSWORD).get("/beranda", null, null).body()).doesNotContain("tautan-tim-saya");
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> anonymous = new Http(port).get("/tim-saya", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/masuk");
    }

    /**
     * Debian's Chromium (see {@code OwnPageIntegrationTests}): the page at 1366×900 and on a phone at 390×844 shows the
     * team and never scrolls sideways. Full-page screenshots go to {@code target/screenshots/tim-saya-1366.png} and
     * {@code tim-saya-390.png}.
     */
    @Test
    void shouldFitADesktopAndAPhoneInChromium() throws Exception {
        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100));
            HeadlessChromium.step(driver, "sign in", () -> {
                driver.get("http://localhost:" + port + "/masuk");
                chromium.signInToKinerja(SUPERVISOR, PASSWORD);
                wait.until(ExpectedConditions.urlContains("/beranda"));
            });
            HeadlessChromium.step(driver, "open from the header", () -> {
                driver.findElement(By.id("tautan-tim-saya")).click();
                wait.until(ExpectedConditions.urlContains("/tim-saya"));
            });
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                HeadlessChromium.step(driver, "at " + size[0] + " px", () -> {
                    HeadlessChromium.viewport(driver, size[0], size[1]);
                    driver.navigate().refresh();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("anggota-tim")));
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(size[0]);
                    for (String id : List.of("ringkasan-tim", "anggota-tim", "anggota-" + STAFF_FIVE, "anggota-" + STAFF_SIX)) {
                        assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id + " at " + size[0]).isTrue();
                    }
                    assertThat(driver.findElement(By.id("anggota-" + STAFF_FIVE)).getText()).contains("Setujui target SKP");
                    assertThat(driver.findElement(By.id("anggota-" + STAFF_SIX)).getText()).contains("Terlambat");
                    assertThat(driver.findElement(By.id("anggota-" + STAFF_ONE)).getText()).contains(predikat(STAFF_ONE));
                    long overflow = HeadlessChromium.horizontalOverflow(driver);
                    assertThat(overflow).as("horizontal page scroll at " + size[0] + " px").isLessThanOrEqualTo(0);
                    org.kinerja.support.Screenshots.save("tim-saya-" + size[0] + ".png", HeadlessChromium.fullPage(driver));
                });
            }
            chromium.assertRefusedInBahasa(port, STAFF_ONE, PASSWORD, "/tim-saya", TeamPageReader.NO_TEAM);
        }
        assertThat(screenshots.resolve("tim-saya-1366.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("tim-saya-390.png")).isNotEmptyFile();
    }

}

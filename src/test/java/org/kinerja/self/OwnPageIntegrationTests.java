package org.kinerja.self;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.time.Duration;
import java.time.LocalDate;
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
 * "Kinerja saya" on PostgreSQL, on the real server, after a published BID-A cycle (as in {@code AppraisalOutcomeProcessTests}:
 * Pegawai Satu Sangat Baik with a certificate, Empat Butuh Perbaikan with a coaching plan, Enam Baik changed to Sangat
 * Baik on appeal, Dua with the result still to accept, Lima in SEK-A2 with a single peer) and a second cycle of SEK-A2
 * under way. Each employee signs in on {@code /masuk} and sees their own predikat, scores, supervisor comment,
 * documents, tasks, SKP and coaching; never another's data, never who rated them; the peer average only from 3 peers
 * and the IKM only from 10 responses. What the page must show is read from the tables, not repeated from the code.
 *
 * <p>The integration tests share one database: the employees may have tasks and notifications of other tests' cycles.
 * Their own tasks and notifications name the colleague whose case it is (e.g. a peer they rate), so the check that no
 * rater appears covers every section but those two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnPageIntegrationTests extends PostgresApplicationTest {

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

    static String comment(String nip) {
        return "Catatan atasan khusus untuk " + nip + ": pertahankan ketelitian.";
    }

    @BeforeAll
    void cycles() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        cycle = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        cycleId = support.cycleId(cycle);
        Map<String, int[]> plan = Map.of(STAFF_ONE, new int[] {120, 5}, STAFF_TWO, new int[] {100, 4}, STAFF_THREE, new int[] {100, 2},
                STAFF_FOUR, new int[] {50, 4}, STAFF_FIVE, new int[] {50, 2}, STAFF_SIX, new int[] {100, 4}, SUPERVISOR, new int[] {100, 4});
        support.completeAppraisals(cycle, plan::get, OwnPageIntegrationTests::comment);
        support.rateOrganisation(cycle, "ISTIMEWA", "Capaian IKU organisasi melampaui target tahun ini.");
        support.finishCalibration(cycle, SUPERVISOR);

        support.submit(support.task(outcomeOf(STAFF_ONE), "Task_ViewResult"), Map.of("resultDecision", "ACKNOWLEDGE"));
        support.executeAsyncJobs(); // the certificate
        ProcessInstance six = outcomeOf(STAFF_SIX);
        support.submit(support.task(six, "Task_ViewResult"), Map.of("resultDecision", "APPEAL", "appealReason",
                "Capaian pelayanan saya melampaui target; mohon ditinjau."));
        support.submit(support.task(six, "Task_DecideAppeal"), Map.of("appealDecision", "CHANGE", "newPredikat", "SANGAT_BAIK",
                "decisionReason", "Bukti capaian layanan terverifikasi melampaui target."));
        support.executeAsyncJobs();
        ProcessInstance four = outcomeOf(STAFF_FOUR);
        support.submit(support.task(four, "Task_ViewResult"), Map.of("resultDecision", "ACKNOWLEDGE"));
        Task draft = support.task(four, "Task_DraftCoachingPlan");
        String training = engine.getFormService().getTaskFormVariables(draft.getId()).get("trainingOptions").toString()
                .replaceAll(".*\"value\":\"([A-Z-]+)\".*", "$1");
        support.submit(draft, Map.of("focusValues", List.of("AKUNTABEL", "KOMPETEN"), "trainings", List.of(training),
                "dialogDate1", LocalDate.now().plusDays(14).toString(), "planNote", "Dialog kinerja dua mingguan bersama atasan."));

        // a second cycle under way: Lima's SKP approved, the first quarter reported and answered by the supervisor
        secondCycle = support.startCycle("SEK-A2", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance lima = support.appraisalOf(secondCycle, STAFF_FIVE);
        support.submit(support.task(lima, "Task_DraftTargets"), SkpRows.oneIndicator().form());
        support.submit(support.task(lima, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
        support.submit(support.task(lima, "Task_ReportProgress"), SkpRows.report("Rekap triwulan 1", 37));
        support.submit(support.task(lima, "Task_GiveProgressFeedback"), Map.of("feedback", "Umpan balik triwulan pertama untuk Lima."));
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
        HttpResponse<String> page = http.get("/kinerja-saya", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return page.body();
    }

    /** The final predikat in the outcome table, as its label. */
    private String predikat(String nip) {
        return org.kinerja.support.AppraisalRows.predikat(jdbc, cycleId, nip);
    }

    private BigDecimal resultColumn(String column, String nip) {
        return org.kinerja.support.AppraisalRows.resultColumn(jdbc, cycleId, column, nip);
    }

    /** Who rated the employee in the cycle: the peers and the supervisor, as NIPs and names. */
    private List<String> raters(String nip) {
        return org.kinerja.support.AppraisalRows.raters(jdbc, cycleId, nip);
    }

    private static String section(String html, String id) {
        var m = Pattern.compile("<section id=\"" + id + "\">(.*?)</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("section " + id).isTrue();
        return m.group(1);
    }

    private static String without(String html, String... sections) {
        String rest = html;
        for (String id : sections) {
            rest = rest.replace(section(rest, id), "");
        }
        return rest;
    }

    private String resultOfThisCycle(String html) {
        var m = Pattern.compile("<div class=\"panel hasil\" id=\"hasil-" + cycleId + "\">(.*?)<h4>Perilaku", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("the result of cycle " + cycleId).isTrue();
        return m.group(1);
    }

    @Test
    void shouldShowTheEmployeeTheirOwnResultScoresCommentAndDocuments() {
        String html = page(signedIn(STAFF_ONE, PASSWORD));
        assertThat(html).contains("Pegawai Satu", STAFF_ONE);
        String result = resultOfThisCycle(html);
        assertThat(predikat(STAFF_ONE)).isEqualTo("Sangat Baik");
        assertThat(result).contains("<strong class=\"predikat\">" + predikat(STAFF_ONE) + "</strong>")
                .contains(IndonesianFormat.twoDecimals(resultColumn("work_result_score", STAFF_ONE)))
                .contains(IndonesianFormat.twoDecimals(resultColumn("behaviour_score", STAFF_ONE)))
                .contains(comment(STAFF_ONE)).doesNotContain("Diubah setelah keberatan");
        BigDecimal peerAverage = jdbc.queryForObject("""
                select avg(v.peer_average) from appraisal_result_value v join appraisal a on a.id = v.appraisal_id
                join org_employee e on e.id = a.employee_id where a.cycle_id = ? and e.nip = ?""", BigDecimal.class, cycleId, STAFF_ONE);
        assertThat(result).as("three peers in SEK-A1: the average is shown, without names")
                .contains(IndonesianFormat.twoDecimals(peerAverage) + " (rata-rata 3 rekan kerja, tanpa nama)")
                .contains(OwnPageViews.CITIZEN_HIDDEN);
        String documents = section(html, "dokumen");
        assertThat(documents).contains("href=\"/kinerja-saya/dokumen/" + cycleId + "/hasil.pdf\"",
                "href=\"/kinerja-saya/dokumen/" + cycleId + "/piagam.pdf\"").doesNotContain(STAFF_ONE);
        // no rater, by name or NIP, anywhere but in the person's own tasks and notifications (see the class comment)
        List<String> raters = raters(STAFF_ONE);
        assertThat(raters).as("three peers and the supervisor rated Satu").hasSize(8);
        assertThat(without(html, "tugas", "notifikasi")).doesNotContain(raters);
    }

    @Test
    void shouldServeTheOwnDocumentsInThePageSession() throws Exception {
        Http satu = signedIn(STAFF_ONE, PASSWORD);
        for (String document : List.of("hasil.pdf", "piagam.pdf")) {
            HttpResponse<byte[]> pdf = satu.getBytes("/kinerja-saya/dokumen/" + cycleId + "/" + document);
            assertThat(pdf.statusCode()).as(document).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).as(document).isEqualTo("application/pdf");
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body())).getTextFromPage(1);
            assertThat(text).as(document).contains(STAFF_ONE);
        }
        // the API's address of the same document takes HTTP Basic only: the page's session does not open it
        assertThat(satu.get("/api/outcomes/" + cycleId + "/pegawai/" + STAFF_ONE + "/hasil.pdf", null, null).statusCode()).isEqualTo(401);

        Http lima = signedIn(STAFF_FIVE, PASSWORD);
        HttpResponse<byte[]> own = lima.getBytes("/kinerja-saya/dokumen/" + cycleId + "/hasil.pdf");
        assertThat(own.statusCode()).isEqualTo(200);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(own.body())).getTextFromPage(1);
        assertThat(text).as("the same address gives each person their own document").contains(STAFF_FIVE).doesNotContain(STAFF_ONE);
        HttpResponse<String> none = lima.get("/kinerja-saya/dokumen/" + cycleId + "/piagam.pdf", null, null);
        assertThat(none.statusCode()).as("Lima has no certificate; Satu's is not served to Lima").isEqualTo(404);
        assertThat(none.body()).contains("Anda tidak menerima piagam penghargaan pada siklus ini.");
        HttpResponse<String> bad = lima.get("/kinerja-saya/dokumen/abc/hasil.pdf", null, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("<html lang=\"id\"", "cycleId").doesNotContain("Whitelabel");
    }

    @Test
    void shouldNeverShowAnotherEmployeesData() {
        Http lima = signedIn(STAFF_FIVE, PASSWORD);
        String html = page(lima);
        assertThat(html).contains("Pegawai Lima", comment(STAFF_FIVE))
                .doesNotContain(STAFF_ONE, "Pegawai Satu", comment(STAFF_ONE), "piagam-" + cycleId);
        // no parameter chooses the person
        String asked = lima.get("/kinerja-saya?nip=" + STAFF_ONE + "&pegawai=" + STAFF_ONE, null, null).body();
        assertThat(asked).contains("Pegawai Lima").doesNotContain("Pegawai Satu", comment(STAFF_ONE));
        assertThat(lima.get("/kinerja-saya/" + STAFF_ONE, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldHideThePeerAverageBelowThreePeersAndTheIkmBelowTenResponses() {
        String result = resultOfThisCycle(page(signedIn(STAFF_FIVE, PASSWORD)));
        Integer peers = jdbc.queryForObject("""
                select r.peer_count from appraisal_result r join appraisal a on a.id = r.appraisal_id
                join org_employee e on e.id = a.employee_id where a.cycle_id = ? and e.nip = ?""", Integer.class, cycleId, STAFF_FIVE);
        assertThat(peers).as("SEK-A2 has two staff: one peer").isEqualTo(1);
        assertThat(result).contains(OwnPageViews.PEERS_HIDDEN, OwnPageViews.CITIZEN_HIDDEN).doesNotContain("rata-rata 1 rekan");
        assertThat(result).contains("<strong class=\"predikat\">" + predikat(STAFF_FIVE) + "</strong>");
    }

    @Test
    void shouldSayThatTheAppealChangedThePredikat() {
        String result = resultOfThisCycle(page(signedIn(STAFF_SIX, PASSWORD)));
        assertThat(predikat(STAFF_SIX)).isEqualTo("Sangat Baik");
        assertThat(result).contains("<strong class=\"predikat\">Sangat Baik</strong>", "Diubah setelah keberatan (semula Baik)",
                "Keberatan dikabulkan", "Bukti capaian layanan terverifikasi melampaui target.");
    }

    @Test
    void shouldListTheOpenTasksWithTheirDeadlineAndTasklistLink() {
        Task view = support.task(outcomeOf(STAFF_TWO), "Task_ViewResult");
        String tasks = section(page(signedIn(STAFF_TWO, PASSWORD)), "tugas");
        assertThat(tasks).contains("href=\"/camunda/app/tasklist/default/#/?task=" + view.getId() + "\"", "Lihat hasil penilaian",
                IndonesianFormat.dateTime(view.getDueDate().toInstant()));
        assertThat(view.getDueDate()).as("due in the future: not late").isInTheFuture();
        assertThat(tasks).doesNotContain("Terlambat");
    }

    @Test
    void shouldShowTheCoachingPlanAndItsTrainingAndTheTaskToConfirmIt() {
        Task acknowledge = support.task(outcomeOf(STAFF_FOUR), "Task_AcknowledgeCoachingPlan");
        String html = page(signedIn(STAFF_FOUR, PASSWORD));
        assertThat(section(html, "tugas")).contains("?task=" + acknowledge.getId(), "Konfirmasi rencana pembinaan");
        String trainingName = jdbc.queryForObject("select t.name from training t join coaching_plan c on c.training_codes = t.code "
                + "join appraisal_outcome o on o.id = c.outcome_id where o.cycle_id = ? and o.nip = ?", String.class, cycleId, STAFF_FOUR);
        assertThat(section(html, "pembinaan")).contains("Akuntabel, Kompeten", trainingName, "Dialog kinerja dua mingguan bersama atasan.",
                IndonesianFormat.date(LocalDate.now().plusDays(14)), "Menunggu konfirmasi Anda");
        assertThat(resultOfThisCycle(html)).contains("<strong class=\"predikat\">" + predikat(STAFF_FOUR) + "</strong>", "Pembinaan");
    }

    @Test
    void shouldShowTheCurrentSkpWithTheProgressReported() {
        String skp = section(page(signedIn(STAFF_FIVE, PASSWORD)), "skp");
        assertThat(skp).contains("Berkas diproses", "100,00 berkas", "Triwulan 1", "37,00", "Pelaporan kemajuan",
                "Umpan balik triwulan pertama untuk Lima.");
        String satu = section(page(signedIn(STAFF_ONE, PASSWORD)), "skp");
        assertThat(satu).doesNotContain("Umpan balik triwulan pertama untuk Lima.");
    }

    @Test
    void shouldGreetAnAccountWithoutAnEmployeeRecordKindly() {
        String html = page(signedIn("admin", ADMIN_PASSWORD));
        assertThat(html).contains("Akun <strong>admin</strong> tidak terdaftar sebagai pegawai di Kinerja")
                .doesNotContain("<section id=\"hasil\">", "Kesalahan");
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLoginPage() {
        for (String path : List.of("/kinerja-saya", "/kinerja-saya/dokumen/" + cycleId + "/hasil.pdf")) {
            HttpResponse<String> anonymous = new Http(port).get(path, null, null);
            assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
            assertThat(anonymous.headers().firstValue("Location").orElse("")).as(path).endsWith("/masuk");
        }
    }

    /**
     * Debian's Chromium (see {@code TasklistBrowserIntegrationTests}): the page at 1366×900 and on a phone at 390×844
     * shows every section and never scrolls sideways (wide tables scroll inside their own box). Full-page screenshots go
     * to {@code target/screenshots/kinerja-saya-1366.png} and {@code kinerja-saya-390.png}.
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
                chromium.signInToKinerja(STAFF_FOUR, PASSWORD);
                wait.until(ExpectedConditions.urlContains("/beranda"));
            });
            HeadlessChromium.step(driver, "open from the home page", () -> {
                driver.findElement(By.id("tautan-kinerja-saya")).click();
                wait.until(ExpectedConditions.urlContains("/kinerja-saya"));
            });
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                HeadlessChromium.step(driver, "at " + size[0] + " px", () -> {
                    HeadlessChromium.viewport(driver, size[0], size[1]);
                    driver.navigate().refresh();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notifikasi")));
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(size[0]);
                    for (String id : List.of("tugas", "skp", "hasil", "dokumen", "pembinaan", "notifikasi")) {
                        assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id + " at " + size[0]).isTrue();
                    }
                    assertThat(driver.findElement(By.id("tugas")).getText()).contains("Konfirmasi rencana pembinaan");
                    assertThat(driver.findElement(By.id("hasil")).getText()).contains(predikat(STAFF_FOUR));
                    long overflow = HeadlessChromium.horizontalOverflow(driver);
                    assertThat(overflow).as("horizontal page scroll at " + size[0] + " px").isLessThanOrEqualTo(0);
                    org.kinerja.support.Screenshots.save("kinerja-saya-" + size[0] + ".png", HeadlessChromium.fullPage(driver));
                });
            }
            // every employee has this page; without signing in, the browser is sent to the login page
            HeadlessChromium.step(driver, "signed out", () -> {
                driver.manage().deleteAllCookies();
                driver.get("http://localhost:" + port + "/kinerja-saya");
                wait.until(ExpectedConditions.urlContains("/masuk"));
                assertThat(driver.findElement(By.id("tombol-masuk")).isDisplayed()).isTrue();
                assertThat(driver.getPageSource()).doesNotContain("Pegawai Empat", comment(STAFF_FOUR));
            });
        }
        assertThat(screenshots.resolve("kinerja-saya-390.png")).isNotEmptyFile();
    }


    @Test
    void shouldLinkThePageFromTheHeaderAndTheHomePage() {
        HttpResponse<String> home = signedIn(STAFF_THREE, PASSWORD).get("/beranda", null, null);
        assertThat(home.body()).contains("id=\"tautan-kinerja-saya\"", "id=\"tautan-kinerja-saya-atas\"", "href=\"/kinerja-saya\"");
    }
}

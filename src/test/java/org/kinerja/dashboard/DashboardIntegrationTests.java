package org.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.ProcessTestSupport.HR_ADMIN;
import static org.kinerja.support.ProcessTestSupport.STAFF_FIVE;
import static org.kinerja.support.ProcessTestSupport.STAFF_FOUR;
import static org.kinerja.support.ProcessTestSupport.STAFF_ONE;
import static org.kinerja.support.ProcessTestSupport.STAFF_SIX;
import static org.kinerja.support.ProcessTestSupport.STAFF_THREE;
import static org.kinerja.support.ProcessTestSupport.STAFF_TWO;
import static org.kinerja.support.ProcessTestSupport.SUPERVISOR;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HR's dashboard on PostgreSQL, on the real server: a BID-A cycle published (as in {@code OwnPageIntegrationTests}) and a
 * later BID-A cycle under way (two SKP submitted, one approved, one task past its due date). What the page must show is
 * read from the engine's tasks and from the outcome table, not from the dashboard's own queries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIntegrationTests extends PostgresApplicationTest {

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
    JdbcTemplate jdbc;

    ProcessTestSupport support;
    long publishedId;
    long underWayId;

    @BeforeAll
    void cycles() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        ProcessInstance published = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        publishedId = support.cycleId(published);
        Map<String, int[]> plan = Map.of(STAFF_ONE, new int[] {120, 5}, STAFF_TWO, new int[] {100, 4}, STAFF_THREE, new int[] {100, 2},
                STAFF_FOUR, new int[] {50, 4}, STAFF_FIVE, new int[] {50, 2}, STAFF_SIX, new int[] {100, 4}, SUPERVISOR, new int[] {100, 4});
        support.completeAppraisals(published, plan::get);
        support.rateOrganisation(published, "BAIK", "Capaian IKU organisasi sesuai target.");
        support.finishCalibration(published, SUPERVISOR);

        ProcessInstance underWay = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        underWayId = support.cycleId(underWay);
        support.executeAsyncJobs();
        ProcessInstance one = support.appraisalOf(underWay, STAFF_ONE);
        support.submit(support.task(one, "Task_DraftTargets"), SkpRows.oneIndicator().form());
        support.submit(support.task(one, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
        ProcessInstance five = support.appraisalOf(underWay, STAFF_FIVE);
        support.submit(support.task(five, "Task_DraftTargets"), SkpRows.oneIndicator().form());
        // Dua's SKP is past its deadline: the due date (the escalation deadline) moved into the past
        Task late = support.task(support.appraisalOf(underWay, STAFF_TWO), "Task_DraftTargets");
        engine.getTaskService().setDueDate(late.getId(), Date.from(Instant.now().minus(Duration.ofDays(1))));
    }

    private Http signedIn(String user) {
        Http http = new Http(port);
        HttpResponse<String> login = http.pageLogin(user, PASSWORD);
        assertThat(login.statusCode()).as("sign-in of " + user).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).as("sign-in of " + user).doesNotContain("masuk?");
        return http;
    }

    private String page(Http http, String query) {
        HttpResponse<String> page = http.get("/dasbor" + query, null, null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        return page.body();
    }

    /** The rows of a table of the page, each as the texts of its cells. */
    static List<List<String>> rows(String html, String tableId) {
        Matcher table = Pattern.compile("<table id=\"tabel-" + tableId + "\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL).matcher(html);
        assertThat(table.find()).as("table " + tableId).isTrue();
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.group(1));
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(row.group(1));
            while (cell.find()) {
                cells.add(org.springframework.web.util.HtmlUtils.htmlUnescape(cell.group(1).trim()));
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<String> row(List<List<String>> rows, int column, String value) {
        return rows.stream().filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + value + " in " + rows));
    }

    /** Open tasks of the cycle's appraisals with this key, from the engine. */
    private long openTasks(long cycleId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(cycleId + "-%").taskDefinitionKey(taskKey).count();
    }

    @Test
    void shouldShowHrTheProgressOfTheCycleAsItIs() {
        Http hr = signedIn(HR_ADMIN);
        String html = page(hr, "?siklus=" + underWayId);
        List<List<String>> phases = rows(html, "fase");
        int participants = jdbc.queryForObject("select participant_count from appraisal_cycle where id = ?", Integer.class, underWayId);
        assertThat(participants).isEqualTo(7);
        assertThat(row(phases, 0, Phase.DRAFTING.label()).get(1)).isEqualTo(Long.toString(openTasks(underWayId, "Task_DraftTargets")))
                .isEqualTo("5");
        assertThat(row(phases, 0, Phase.AWAITING_APPROVAL.label()).get(1))
                .isEqualTo(Long.toString(openTasks(underWayId, "Task_ApproveTargets"))).isEqualTo("1");
        assertThat(row(phases, 0, Phase.REPORTING.label()).get(1)).isEqualTo(Long.toString(openTasks(underWayId, "Task_ReportProgress")))
                .isEqualTo("1");
        assertThat(row(phases, 0, Phase.AWAITING_APPROVAL.label()).get(2)).isEqualTo("14,29%");
        assertThat(row(phases, 0, "Jumlah")).containsExactly("Jumlah", Integer.toString(participants), "100,00%");
        assertThat(row(phases, 0, Phase.NOT_STARTED.label()).get(1)).isEqualTo("0");

        List<List<String>> progress = rows(html, "kemajuan");
        assertThat(progress).extracting(r -> r.get(0)).containsExactly("BID-A", "SEK-A1", "SEK-A2", "SEMUA");
        assertThat(row(progress, 0, "SEK-A2").subList(2, 6)).as("Lima's SKP waits for approval, Enam drafts")
                .containsExactly("2", "0", "1", "1");

        List<List<String>> tasks = rows(html, "tugas");
        long open = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(underWayId + "-%").count();
        assertThat(row(tasks, 0, "SEMUA").get(2)).isEqualTo(Long.toString(open));
        assertThat(row(tasks, 0, "SEK-A1").subList(3, 5)).as("Dua's SKP is overdue and so was escalated").containsExactly("1", "1");
        assertThat(row(tasks, 0, "SEK-A2").subList(3, 5)).containsExactly("0", "0");
        assertThat(html).contains("Diperbarui <span id=\"diperbarui\">").containsPattern("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2} WIB");
    }

    @Test
    void shouldOpenTheNewestCycleByDefault() {
        long newest = jdbc.queryForObject("select id from appraisal_cycle order by cycle_year desc, id desc limit 1", Long.class);
        String html = page(signedIn(HR_ADMIN), "");
        assertThat(html).containsPattern("<option value=\"" + newest + "\" selected=\"selected\">");
    }

    @Test
    void shouldShowThePredikatPerUnitAgainstTheBounds() {
        String html = page(signedIn(HR_ADMIN), "?siklus=" + publishedId);
        List<List<String>> predikat = rows(html, "predikat");
        Map<String, Map<String, Integer>> expected = new HashMap<>();
        jdbc.query("""
                select u.name, o.published_predikat, count(*) from appraisal_outcome o join org_employee e on e.id = o.employee_id
                join org_unit u on u.id = e.unit_id where o.cycle_id = ? group by u.name, o.published_predikat""", rs -> {
            expected.computeIfAbsent(rs.getString(1), n -> new HashMap<>()).put(Predikat.valueOf(rs.getString(2)).label(), rs.getInt(3));
        }, publishedId);
        assertThat(expected).containsOnlyKeys("Bidang A", "Seksi A1", "Seksi A2");
        List<String> header = List.of("Kode", "Unit", "Pegawai", "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang");
        for (Map.Entry<String, Map<String, Integer>> unit : expected.entrySet()) {
            List<String> row = row(predikat, 1, unit.getKey());
            for (int c = 3; c < 8; c++) {
                assertThat(row.get(c)).as(unit.getKey() + " " + header.get(c)).isEqualTo(Integer.toString(unit.getValue().getOrDefault(header.get(c), 0)));
            }
            assertThat(row.get(8)).as("bound check of " + unit.getKey()).isIn("Ya", "Tidak", "–");
        }
        assertThat(row(predikat, 1, "Bidang A").subList(8, 10)).as("one employee: no bound applies")
                .containsExactly("–", DashboardViews.BOUNDS_NOT_APPLICABLE);
        Integer bounds = jdbc.queryForObject("select count(*) from calibration_bound b join calibration c on c.id = b.calibration_id "
                + "where c.cycle_id = ?", Integer.class, publishedId);
        assertThat(bounds).isPositive();
        assertThat(rows(html, "batas")).hasSize(bounds);
        // the trend of BID-A lists both cycles, the published one with its average work-result score
        List<List<String>> trend = rows(html, "tren");
        assertThat(trend.size()).isGreaterThanOrEqualTo(2);
        String average = jdbc.queryForObject("select avg(e.work_result_score) from calibration_entry e join calibration c on c.id = "
                + "e.calibration_id where c.cycle_id = ?", java.math.BigDecimal.class, publishedId).setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString().replace('.', ',');
        assertThat(trend).anySatisfy(r -> assertThat(r.subList(2, 4)).containsExactly("7", average));
    }

    /** The CSV value a cell of the page stands for: "1.250" → "1250", "87,50" → "87.50", "12,50%" → "12.50", "–" → "". */
    static String machine(String text) {
        if (text.equals("–")) {
            return "";
        }
        if (text.matches("[0-9.]+(,[0-9]+)?%?")) {
            return text.replace("%", "").replace(".", "").replace(',', '.');
        }
        return text;
    }

    @Test
    void shouldExportEveryTableAsCsvWithTheRowsOfThePage() throws Exception {
        Http hr = signedIn(HR_ADMIN);
        for (long cycle : List.of(publishedId, underWayId)) {
            String html = page(hr, "?siklus=" + cycle);
            for (String table : List.of("fase", "kemajuan", "tugas", "predikat", "batas", "ikm", "tren")) {
                assertThat(html).contains("href=\"/dasbor/" + cycle + "/" + table + ".csv\"");
                HttpResponse<String> csv = hr.get("/dasbor/" + cycle + "/" + table + ".csv", null, null);
                assertThat(csv.statusCode()).as(table).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                assertThat(csv.body()).startsWith("\uFEFF");
                List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(csv.body().substring(1))).getRecords();
                List<List<String>> page = rows(html, table);
                assertThat(records).as(table + " of cycle " + cycle).hasSize(page.size());
                for (int r = 0; r < page.size(); r++) {
                    List<String> expected = page.get(r).stream().map(DashboardIntegrationTests::machine).toList();
                    List<String> actual = records.get(r).toList();
                    if (table.equals("predikat") || table.equals("batas")) {
                        // "Ya"/"Tidak" and "terpenuhi" are written in lower case in the CSV
                        actual = actual.stream().map(v -> v.equals("ya") ? "Ya" : v.equals("tidak") ? "Tidak" : v).toList();
                    }
                    if (table.equals("ikm")) {
                        expected = new ArrayList<>(expected);
                        expected.set(4, expected.get(4).substring(0, 1)); // "B (Baik)" is the grade "B"
                    }
                    assertThat(actual).as(table + " row " + r).containsExactlyElementsOf(expected);
                }
            }
        }
        HttpResponse<String> unknown = hr.get("/dasbor/" + underWayId + "/semua.csv", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(unknown.body())).contains("Tabel dasbor \"semua\" tidak ada");
    }

    @Test
    void shouldAnswerTheJsonOfThePageAndFilterByUnit() {
        Http hr = signedIn(HR_ADMIN);
        Long sekA2 = jdbc.queryForObject("select id from org_unit where code = 'SEK-A2'", Long.class);
        HttpResponse<String> json = hr.sendWithHeader("GET", "/dasbor/" + underWayId + "/data?unit=" + sekA2, null, null, "X-Requested-With",
                "fetch");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"scopeName\":\"Seksi A2\"", "\"participantsText\":\"2 peserta\"", "\"updated\":")
                .doesNotContain("SEK-A1", "\"csv\"");
        List<List<String>> progress = rows(page(hr, "?siklus=" + underWayId + "&unit=" + sekA2), "kemajuan");
        assertThat(progress).extracting(r -> r.get(0)).containsExactly("SEK-A2", "SEMUA");
        HttpResponse<String> outside = hr.get("/dasbor?siklus=" + underWayId + "&unit=" + jdbc.queryForObject(
                "select id from org_unit where code = 'DINAS'", Long.class), null, null);
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("Unit yang dipilih tidak termasuk organisasi siklus ini.");
    }

    @Test
    void shouldRefuseStaffAndSupervisorsInBahasaIndonesia() {
        for (String nip : List.of(STAFF_ONE, SUPERVISOR)) {
            Http http = signedIn(nip);
            HttpResponse<String> page = http.get("/dasbor?siklus=" + underWayId, null, null);
            assertThat(page.statusCode()).as(nip).isEqualTo(403);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("<html lang=\"id\"", "Akses ditolak", "Akun Anda tidak berwenang").doesNotContain("Whitelabel");
            HttpResponse<String> json = http.sendWithHeader("GET", "/dasbor/" + underWayId + "/data", null, null, "X-Requested-With", "fetch");
            assertThat(json.statusCode()).as(nip).isEqualTo(403);
            assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json.body()).contains("Akses ditolak");
            assertThat(http.get("/dasbor/" + underWayId + "/fase.csv", null, null).statusCode()).isEqualTo(403);
            assertThat(http.get("/beranda", null, null).body()).doesNotContain("id=\"tautan-dasbor\"");
        }
        assertThat(signedIn(HR_ADMIN).get("/beranda", null, null).body()).contains("id=\"tautan-dasbor\"", "href=\"/dasbor\"");
    }

    /**
     * Chromium at 1366×900 and 390×844: the tables and the four charts drawn, no sideways scroll of the page, the data
     * refreshed in place (the page is not reloaded). Screenshots {@code target/screenshots/dasbor-1366.png} and
     * {@code dasbor-390.png}.
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
                chromium.signInToKinerja(HR_ADMIN, PASSWORD);
                wait.until(ExpectedConditions.urlContains("/beranda"));
            });
            HeadlessChromium.step(driver, "open from the header", () -> {
                driver.findElement(By.id("tautan-dasbor")).click();
                wait.until(ExpectedConditions.urlContains("/dasbor"));
                driver.get("http://localhost:" + port + "/dasbor?siklus=" + publishedId);
            });
            for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
                HeadlessChromium.step(driver, "at " + size[0] + " px", () -> {
                    HeadlessChromium.viewport(driver, size[0], size[1]);
                    driver.navigate().refresh();
                    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabel-tren")));
                    JavascriptExecutor js = (JavascriptExecutor) driver;
                    assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(size[0]);
                    for (String id : List.of("grafik-fase", "grafik-predikat", "grafik-tugas", "grafik-tren", "tabel-fase", "tabel-predikat")) {
                        assertThat(driver.findElement(By.id(id)).isDisplayed()).as(id + " at " + size[0]).isTrue();
                    }
                    wait.until(d -> ((Number) js.executeScript("return Object.keys(window.dashboardCharts || {}).length")).intValue() == 4);
                    for (String id : List.of("grafik-fase", "grafik-predikat", "grafik-tugas", "grafik-tren")) {
                        Number points = (Number) js.executeScript("const c = Chart.getChart(document.getElementById(arguments[0]));"
                                + "return c && c.width > 0 ? c.getDatasetMeta(0).data.length : -1;", id);
                        assertThat(points.intValue()).as("chart " + id + " drawn at " + size[0]).isPositive();
                    }
                    long overflow = HeadlessChromium.horizontalOverflow(driver);
                    assertThat(overflow).as("horizontal page scroll at " + size[0] + " px").isLessThanOrEqualTo(0);
                    // a refresh redraws in place: the marker set on this page survives it
                    js.executeScript("window.samePage = true; window.dashboardRefreshes = 0; document.getElementById('diperbarui').textContent = '';"
                            + "window.dashboardRefresh();");
                    wait.until(d -> ((Number) js.executeScript("return window.dashboardRefreshes")).intValue() >= 1);
                    assertThat(js.executeScript("return window.samePage")).isEqualTo(Boolean.TRUE);
                    assertThat(driver.findElement(By.id("diperbarui")).getText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2} WIB");
                    assertThat(driver.findElement(By.id("tabel-predikat")).getText()).contains("Seksi A1");
                    org.kinerja.support.Screenshots.save("dasbor-" + size[0] + ".png", fullPage(driver, size));
                });
            }
            for (String nip : List.of(STAFF_ONE, SUPERVISOR)) {
                chromium.assertRefusedInBahasa(port, nip, PASSWORD, "/dasbor?siklus=" + publishedId, "Akun Anda tidak berwenang");
            }
        }
        assertThat(screenshots.resolve("dasbor-1366.png")).isNotEmptyFile();
        assertThat(screenshots.resolve("dasbor-390.png")).isNotEmptyFile();
    }

    /**
     * A screenshot of the whole page: the viewport made as tall as the page, the charts drawn again at that size, then
     * captured. (Capturing beyond the viewport resizes it during the capture; Chart.js clears a resized canvas until its
     * next frame, so the charts came out blank.)
     */
    private static byte[] fullPage(WebDriver driver, int[] size) {
        HasCdp cdp = (HasCdp) driver;
        JavascriptExecutor js = (JavascriptExecutor) driver;
        int height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).intValue();
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", height, "deviceScaleFactor", 1,
                "mobile", size[0] < 600));
        js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => { Object.values(window.dashboardCharts).forEach(c => c.resize()); requestAnimationFrame(() => done()); });");
        Map<String, Object> shot = cdp.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", size[0], "height", size[1], "deviceScaleFactor", 1,
                "mobile", size[0] < 600));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }
}

package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinerja.cycle.AppraisalCycleProcess.TASK_CALIBRATE_RESULTS;
import static org.kinerja.support.ProcessTestSupport.SUPERVISOR;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Calibration on PostgreSQL: the database itself refuses to change or delete the audit trail, and a committee member
 * changes a predikat on the board in headless Chromium and sees the chart, the violated bound and the audit trail
 * follow. One BID-A cycle (7 employees, organisation rating BAIK) is walked to {@code Task_CalibrateResults} for both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CalibrationIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String REFUSED = "Jejak audit kalibrasi tidak boleh diubah";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    CalibrationQueries calibrations;
    @Autowired
    ChangePredikat changes;
    @Autowired
    JdbcTemplate jdbc;

    static final String OVERRIDE_REASON = "Target layanan terlampaui karena penugasan tambahan dari kepala dinas";

    long cycleId;
    /** The employee whose supervisor overrode the work rating the score gave. */
    String overridden;

    @BeforeAll
    void cycleAtCalibration() throws Exception {
        ProcessTestSupport support = new ProcessTestSupport(engine, units, employees);
        ProcessInstance cycle = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {100, 4});
        cycleId = support.cycleId(cycle);
        // as the supervisor's review leaves it when the work rating given is not the score's (EmployeeAppraisalProcessTests)
        overridden = jdbc.queryForObject("select e.nip from appraisal a join org_employee e on e.id = a.employee_id where a.cycle_id = ?"
                + " and e.nip <> ? order by e.nip limit 1", String.class, cycleId, SUPERVISOR);
        assertThat(jdbc.update("update appraisal_result set work_rating_overridden = true, override_reason = ? where appraisal_id ="
                + " (select a.id from appraisal a join org_employee e on e.id = a.employee_id where a.cycle_id = ? and e.nip = ?)",
                OVERRIDE_REASON, cycleId, overridden)).isEqualTo(1);
        support.rateOrganisation(cycle, "BAIK", "Laporan Kinerja Instansi Pemerintah tahun berjalan.");
        assertThat(support.task(cycle, TASK_CALIBRATE_RESULTS)).isNotNull();
    }

    /** The lowest-ranked employee with the predikat, never the committee member himself. */
    private CalibrationQueries.Row someone(Predikat predikat) {
        return calibrations.board(cycleId).rows().stream().filter(r -> r.finalPredikat() == predikat && !r.nip().equals(SUPERVISOR))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    @Order(1)
    void shouldRefuseToUpdateDeleteOrTruncateTheAuditTrailInTheDatabase() {
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        List<CalibrationQueries.Change> trail = changes.change(cycleId, row.employeeId(), "BAIK",
                "Perubahan yang harus tetap tercatat.", SUPERVISOR).changes();
        long changeId = trail.get(trail.size() - 1).id();
        Map<String, Object> stored = jdbc.queryForMap("select * from calibration_change where id = ?", changeId);
        Long count = jdbc.queryForObject("select count(*) from calibration_change", Long.class);

        // the trigger's message comes back from PostgreSQL as the root cause of Spring's translated exception
        assertThatThrownBy(() -> jdbc.update("update calibration_change set reason = 'diubah', to_predikat = 'SANGAT_BAIK' where id = ?",
                changeId)).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED).hasMessageContaining("UPDATE");
        assertThatThrownBy(() -> jdbc.update("update calibration_change set changed_by = 'orang-lain'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED);
        assertThatThrownBy(() -> jdbc.update("delete from calibration_change where id = ?", changeId))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED).hasMessageContaining("DELETE");
        assertThatThrownBy(() -> jdbc.update("delete from calibration_change"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED);
        assertThatThrownBy(() -> jdbc.execute("truncate table calibration_change"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(REFUSED).hasMessageContaining("TRUNCATE");

        assertThat(jdbc.queryForMap("select * from calibration_change where id = ?", changeId)).isEqualTo(stored);
        assertThat(jdbc.queryForObject("select count(*) from calibration_change", Long.class)).isEqualTo(count);
        assertThat(stored).containsEntry("changed_by", SUPERVISOR).containsEntry("from_predikat", "BUTUH_PERBAIKAN")
                .containsEntry("to_predikat", "BAIK").containsEntry("reason", "Perubahan yang harus tetap tercatat.");
        // inserting stays possible: the application appends the next change, back within the bounds
        assertThat(changes.change(cycleId, row.employeeId(), "BUTUH_PERBAIKAN", "Dikembalikan ke usulan sistem.", SUPERVISOR)
                .violations()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from calibration_change", Long.class)).isEqualTo(count + 1);
    }

    @Test
    @Order(2)
    void shouldLetACommitteeMemberChangeAPredikatOnTheBoard() {
        CalibrationQueries.Row target = someone(Predikat.BUTUH_PERBAIKAN);
        String reason = "Capaian layanan melampaui target triwulan IV " + System.nanoTime();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // a laptop's screen: the change control must be in view without scrolling sideways
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
            WebDriverWait wait = openBoardSignedIn(chromium, "");
            By targetRow = By.cssSelector("#tabel-kalibrasi tr[data-nip='" + target.nip() + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(targetRow));
            assertThat(driver.findElements(By.cssSelector("#tabel-kalibrasi tbody tr[data-nip]"))).hasSize(7);
            assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isLessThanOrEqualTo(1366);
            for (String control : List.of("select.ubah-predikat", "input.alasan", "button.simpan")) {
                WebElement element = driver.findElement(targetRow).findElement(By.cssSelector(control));
                assertThat(js.executeScript("const r = arguments[0].getBoundingClientRect();"
                        + " return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.width > 0", element))
                        .as("%s within the window's width at 1366 px", control).isEqualTo(true);
            }
            assertThat(driver.findElement(By.tagName("h1")).getText()).as("the cycle's name once")
                    .doesNotContainPattern("(\\d{4}).*\\1");
            // the work rating the supervisor overrode is marked, with the reason
            assertThat(driver.findElement(By.cssSelector("#tabel-kalibrasi tr[data-nip='" + overridden + "'] .diubah-atasan")).getText())
                    .isEqualTo("Rating hasil kerja diubah atasan: " + OVERRIDE_REASON);
            assertThat(driver.findElements(By.cssSelector("#tabel-kalibrasi .diubah-atasan"))).hasSize(1);
            // bounds in words
            assertThat(driver.findElement(By.id("batas")).getText()).contains("Paling banyak 70% pegawai berpredikat Baik")
                    .doesNotContain("BUTUH_PERBAIKAN");
            String chartData = "const c = Chart.getChart('grafik-distribusi'); return c ? c.data.datasets[0].data : null;";
            wait.until(d -> js.executeScript(chartData) != null);
            List<Long> before = counts(js.executeScript(chartData));
            assertThat(before).hasSize(Predikat.values().length);
            int baik = Predikat.BAIK.ordinal();
            int butuhPerbaikan = Predikat.BUTUH_PERBAIKAN.ordinal();
            assertThat(before.stream().mapToLong(Long::longValue).sum()).isEqualTo(7);
            assertThat(js.executeScript("return window.distributionChart === Chart.getChart('grafik-distribusi')")).isEqualTo(true);
            assertThat(driver.findElement(By.id("pelanggaran")).isDisplayed())
                    .isEqualTo(!calibrations.board(cycleId).violations().isEmpty());
            int auditRows = driver.findElements(By.cssSelector("#jejak-audit tbody tr")).size();

            WebElement row = driver.findElement(targetRow);
            assertThat(row.findElement(By.cssSelector(".predikat-akhir")).getText()).isEqualTo("Butuh Perbaikan");
            new Select(row.findElement(By.cssSelector("select.ubah-predikat"))).selectByValue("BAIK");
            row.findElement(By.cssSelector("input.alasan")).sendKeys(reason);
            row.findElement(By.cssSelector("button.simpan")).click();

            // the chart follows: one more BAIK, one less BUTUH_PERBAIKAN
            wait.until(d -> counts(js.executeScript(chartData)).get(baik) == before.get(baik) + 1);
            List<Long> after = counts(js.executeScript(chartData));
            assertThat(after.get(butuhPerbaikan)).isEqualTo(before.get(butuhPerbaikan) - 1);
            for (int i = 0; i < after.size(); i++) {
                if (i != baik && i != butuhPerbaikan) {
                    assertThat(after.get(i)).as("count of " + Predikat.values()[i]).isEqualTo(before.get(i));
                }
            }
            // the audit trail follows, newest first: the reason, the member's name (not the NIP) and the employee
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#jejak-audit tbody tr"), auditRows + 1));
            String audit = driver.findElement(By.cssSelector("#jejak-audit tbody tr")).getText();
            String member = jdbc.queryForObject("select name from org_employee where nip = ?", String.class, SUPERVISOR);
            assertThat(audit).contains(reason).contains(member).doesNotContain(SUPERVISOR).contains(target.nip())
                    .contains("Butuh Perbaikan").contains("Baik");
            // the broken bound is shown
            WebElement violations = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("pelanggaran")));
            assertThat(violations.getText()).contains("Baik: " + after.get(baik) + " dari 7 pegawai, melebihi batas 4")
                    .doesNotContain("undefined");
            assertThat(driver.findElement(targetRow).findElement(By.cssSelector(".predikat-akhir")).getText()).isEqualTo("Baik");
            assertThat(driver.findElement(By.id("pesan")).getText()).contains("diubah menjadi Baik");
        }
        CalibrationQueries.Board board = calibrations.board(cycleId);
        CalibrationQueries.Change last = board.changes().get(board.changes().size() - 1);
        assertThat(last.nip()).isEqualTo(target.nip());
        assertThat(last.changedBy()).isEqualTo(SUPERVISOR);
        assertThat(last.reason()).isEqualTo(reason);
        assertThat(last.from()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(last.to()).isEqualTo(Predikat.BAIK);
        assertThat(board.violations()).isNotEmpty();
    }

    @Test
    @Order(3)
    void shouldKeepAChangeMadeOnTheThirdPageOnThatPage() {
        CalibrationQueries.Board whole = calibrations.board(cycleId);
        CalibrationQueries.Row target = whole.rows().get(5); // rank 6, on the third page of 2
        assertThat(target.nip()).isNotEqualTo(SUPERVISOR);
        Predikat to = target.finalPredikat() == Predikat.BAIK ? Predikat.BUTUH_PERBAIKAN : Predikat.BAIK;
        String reason = "Diubah dari halaman ketiga papan " + System.nanoTime();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            WebDriverWait wait = openBoardSignedIn(chromium, "?halaman=2&ukuran=2");
            if (!driver.getCurrentUrl().contains("ukuran=2")) { // the login may land on the board without the saved query
                driver.get("http://localhost:" + port + "/kalibrasi/" + cycleId + "?halaman=2&ukuran=2");
            }
            By rows = By.cssSelector("#tabel-kalibrasi tbody tr[data-nip]");
            By targetRow = By.cssSelector("#tabel-kalibrasi tr[data-nip='" + target.nip() + "']");
            wait.until(ExpectedConditions.presenceOfElementLocated(targetRow));
            assertThat(ranks(driver)).containsExactly(5, 6);
            assertThat(driver.findElement(By.id("posisi-halaman")).getText()).isEqualTo("Halaman 3 dari 4");
            String chartData = "const c = Chart.getChart('grafik-distribusi'); return c ? c.data.datasets[0].data : null;";
            wait.until(d -> js.executeScript(chartData) != null);
            List<Long> before = counts(js.executeScript(chartData));
            assertThat(before.stream().mapToLong(Long::longValue).sum()).as("the chart counts the whole group").isEqualTo(7);

            WebElement row = driver.findElement(targetRow);
            new Select(row.findElement(By.cssSelector("select.ubah-predikat"))).selectByValue(to.name());
            row.findElement(By.cssSelector("input.alasan")).sendKeys(reason);
            row.findElement(By.cssSelector("button.simpan")).click();

            wait.until(d -> counts(js.executeScript(chartData)).get(to.ordinal()) == before.get(to.ordinal()) + 1);
            assertThat(ranks(driver)).as("still the third page").containsExactly(5, 6);
            assertThat(driver.findElement(By.id("posisi-halaman")).getText()).isEqualTo("Halaman 3 dari 4");
            assertThat(driver.findElement(targetRow).findElement(By.cssSelector(".predikat-akhir")).getText()).isEqualTo(to.label());
            assertThat(driver.getCurrentUrl()).contains("halaman=2").contains("ukuran=2");
            assertThat(driver.findElement(By.cssSelector("#jejak-audit tbody tr")).getText()).contains(reason);

            // the next page, from the server
            driver.findElement(By.id("berikutnya")).click();
            wait.until(d -> ranks(d).equals(List.of(7)));
            assertThat(driver.findElement(By.id("berikutnya")).isEnabled()).isFalse();

            // a filter asks the server again, from the first page
            new Select(driver.findElement(By.id("filter-predikat"))).selectByValue("BUTUH_PERBAIKAN");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("jumlah-tampil"), "yang sesuai"));
            long butuhPerbaikan = calibrations.board(cycleId).counts().get(Predikat.BUTUH_PERBAIKAN);
            wait.until(d -> d.findElements(rows).size() == Math.min(2, butuhPerbaikan));
            assertThat((List<Object>) js.executeScript("return [...document.querySelectorAll('#tabel-kalibrasi tbody .predikat-akhir')]"
                    + ".map(td => td.textContent)")).isNotEmpty().containsOnly("Butuh Perbaikan");
            assertThat(driver.findElement(By.id("jumlah-tampil")).getText()).contains("dari " + butuhPerbaikan + " pegawai yang sesuai")
                    .contains("seluruhnya 7 pegawai");
            assertThat(driver.findElement(By.id("posisi-halaman")).getText()).startsWith("Halaman 1 dari ");
        }
        assertThat(calibrations.board(cycleId).changes()).last().extracting(CalibrationQueries.Change::reason).isEqualTo(reason);
    }

    @Test
    @Order(4)
    void shouldPageFilterAndCountOnPostgresqlAsOnTheWholeGroup() {
        CalibrationQueries.Board whole = calibrations.board(cycleId);
        assertThat(whole.total()).isEqualTo(7);
        assertThat(whole.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
        List<CalibrationQueries.Row> paged = new java.util.ArrayList<>();
        for (int page = 0; page < 4; page++) {
            CalibrationQueries.Board one = calibrations.board(cycleId, new CalibrationQueries.BoardQuery(page, 2, null, null, null));
            assertThat(one.matching()).isEqualTo(7);
            assertThat(one.counts()).isEqualTo(whole.counts());
            paged.addAll(one.rows());
        }
        assertThat(paged).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(whole.rows());
        int sum = 0;
        for (Predikat predikat : Predikat.values()) {
            CalibrationQueries.Board only = calibrations.board(cycleId, new CalibrationQueries.BoardQuery(0, 200, null, predikat, null));
            assertThat(only.rows()).hasSize(whole.counts().get(predikat)).allSatisfy(r -> assertThat(r.finalPredikat()).isEqualTo(predikat));
            sum += only.rows().size();
        }
        assertThat(sum).isEqualTo(7);
        CalibrationQueries.Row someone = whole.rows().get(2);
        assertThat(calibrations.board(cycleId, new CalibrationQueries.BoardQuery(0, 50, null, null,
                someone.name().toLowerCase(java.util.Locale.ROOT))).rows()).extracting(CalibrationQueries.Row::nip).contains(someone.nip());
        // LIKE's wildcards and escape character are taken literally on PostgreSQL too
        for (String literal : List.of("%", "_", "\\", "'")) {
            assertThat(calibrations.board(cycleId, new CalibrationQueries.BoardQuery(0, 50, null, null, literal)).matching())
                    .as(literal).isZero();
        }
    }

    @Test
    @Order(5)
    void shouldKeepTheChangeControlUsableOnATablet() {
        CalibrationQueries.Row target = calibrations.board(cycleId).rows().stream().filter(r -> !r.nip().equals(SUPERVISOR)).findFirst()
                .orElseThrow();
        Predikat to = target.finalPredikat() == Predikat.BAIK ? Predikat.BUTUH_PERBAIKAN : Predikat.BAIK;
        String reason = "Diubah dari tablet " + System.nanoTime();
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            WebDriver driver = chromium.driver();
            JavascriptExecutor js = (JavascriptExecutor) driver;
            WebDriverWait wait = openBoardSignedIn(chromium, "");
            By targetRow = By.cssSelector("#tabel-kalibrasi tr[data-nip='" + target.nip() + "']");
            // a tablet held both ways: landscape (1024×768) and portrait (768×1024)
            for (int[] size : new int[][] {{1024, 768}, {768, 1024}}) {
                HeadlessChromium.viewport(driver, size[0], size[1]);
                driver.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(targetRow));
                String at = size[0] + "×" + size[1];
                HeadlessChromium.step(driver, "board at " + at, () -> {
                    assertThat(HeadlessChromium.horizontalOverflow(driver)).as("the page does not scroll sideways at %s", at).isLessThanOrEqualTo(0);
                    for (String control : List.of("select.ubah-predikat", "input.alasan", "button.simpan")) {
                        WebElement element = driver.findElement(targetRow).findElement(By.cssSelector(control));
                        js.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
                        // in the window and not covered by another element (the sticky column stays on top of the table)
                        assertThat(js.executeScript("const e = arguments[0]; const r = e.getBoundingClientRect();"
                                + " if (r.width <= 0 || r.left < 0 || r.right > document.documentElement.clientWidth) return false;"
                                + " const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                                + " return hit === e || e.contains(hit)", element)).as("%s usable at %s", control, at).isEqualTo(true);
                    }
                });
            }
            // used in portrait: the change is saved
            HeadlessChromium.step(driver, "change at 768×1024", () -> {
                WebElement row = driver.findElement(targetRow);
                new Select(row.findElement(By.cssSelector("select.ubah-predikat"))).selectByValue(to.name());
                row.findElement(By.cssSelector("input.alasan")).sendKeys(reason);
                row.findElement(By.cssSelector("button.simpan")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#jejak-audit tbody tr"), reason));
                assertThat(driver.findElement(targetRow).findElement(By.cssSelector(".predikat-akhir")).getText()).isEqualTo(to.label());
            });
        }
        CalibrationQueries.Change last = calibrations.board(cycleId).changes().get(calibrations.board(cycleId).changes().size() - 1);
        assertThat(last.nip()).isEqualTo(target.nip());
        assertThat(last.to()).isEqualTo(to);
        assertThat(last.reason()).isEqualTo(reason);
    }

    /** Opens the board (with {@code query}), signs the committee member in on the way and waits for the board. */
    private WebDriverWait openBoardSignedIn(HeadlessChromium chromium, String query) {
        WebDriver driver = chromium.driver();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(100));
        driver.get("http://localhost:" + port + "/kalibrasi/" + cycleId + query);
        wait.until(ExpectedConditions.urlContains("/masuk"));
        chromium.signInToKinerja(SUPERVISOR, PASSWORD);
        wait.until(ExpectedConditions.urlContains("/kalibrasi/" + cycleId));
        return wait;
    }

    /** The ranks shown, read in one script (the table is replaced as a whole, so elements go stale between reads). */
    private static List<Integer> ranks(WebDriver driver) {
        Object ranks = ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#tabel-kalibrasi tbody tr[data-nip] td:first-child')].map(td => td.textContent.trim())");
        return ((List<?>) ranks).stream().map(r -> Integer.parseInt((String) r)).toList();
    }

    private static List<Long> counts(Object chartData) {
        return ((List<?>) chartData).stream().map(v -> ((Number) v).longValue()).toList();
    }
}

package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_APPROVE_TARGETS;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_DRAFT_TARGETS;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_GIVE_FEEDBACK;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_REPORT_PROGRESS;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_SELF_ASSESSMENT;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.VAR_APPRAISAL_ID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.IndicatorTemplateService.TemplateItem;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.FormJsInput;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real Camunda Tasklist in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) with the SKP's
 * indicator list, a Camunda Forms dynamic list of any length:
 *
 * <ol>
 *   <li>a demo employee logs in through the login form and opens "Susun target SKP" from "Tugas saya": 12 indicators
 *       prefilled from the indicator template of their position (more than the 10 fixed slots of old);</li>
 *   <li>adds 3 rows (one more, removed again), links them to the supervisor's RHK with the select inside the row,
 *       whose options come from the form's root data, and completes with 15 indicators: refused first with the
 *       server's Indonesian message while the weights total 115, then accepted;</li>
 *   <li>after the supervisor's approval (through the engine), reports the first period's progress on the 15 indicators
 *       in Tasklist (held back by form-js while a realisation is empty);</li>
 *   <li>periods 2 and 3 are reported through the engine; the employee self-assesses in Tasklist, the list prefilled
 *       with period 3's realisations.</li>
 * </ol>
 *
 * The stored {@code skp_indicator}, {@code progress_realisation} and self-rating rows are checked. On failure, a
 * screenshot and the page source are saved under {@code target/browser/}.
 */
class TasklistBrowserIntegrationTests extends PostgresApplicationTest {


    static final String PASSWORD = "Pegawai-Uji-2026!"; // the test profile's kinerja.identity.initial-password
    static final String HR_ADMIN = "198304182008012002"; // Ratna Dewi, admin-bkpsdm
    static final String EMPLOYEE = "198709032010011002"; // staff of DAFDUK-IDK
    static final String EMPLOYEE_NAME = "Muhammad Rizki, S.Kom.";
    static final String POSITION = "Pranata Komputer Ahli Pertama";
    static final String SUPERVISOR = "198001102005011003"; // Zulkifli Hasan, head of DAFDUK
    static final String SUPERVISOR_POSITION = "Kepala Bidang Pelayanan Pendaftaran Penduduk";
    static final String UNIT = "DAFDUK"; // the bidang: the supervisor is appraised in the same cycle, so his RHK are options
    static final String NO_PARENT = "— Tidak dikaitkan dengan RHK atasan —";
    static final int PREFILLED = 12;
    static final int ADDED = 3;
    static final int INDICATORS = PREFILLED + ADDED;
    static final Duration STEP = Duration.ofSeconds(20);

    /** Selenium warns that it has no CDP bindings for Debian's newer Chromium; the test uses WebDriver only. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    IndicatorTemplateService templates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private ProcessInstance cycle;
    private String deploymentId;
    private WebDriver driver;

    @AfterEach
    void removeCycle() {
        if (cycle != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(cycle.getId(), "uji browser selesai");
        }
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void shouldLetADemoEmployeeDraftReportAndAssessFifteenIndicatorsInTheRealTasklist() throws Exception {
        long started = System.nanoTime();
        String supervisorResult = demoTemplates();
        List<TemplateItem> template = twelveIndicatorTemplate();
        Task draft = draftTargetsTaskOfTheEmployee();
        String appraisal = draft.getProcessInstanceId();
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(appraisal, VAR_APPRAISAL_ID)).longValue();
        assertThat(storedIndicators(appraisalId)).as("SKP prefilled from the template").hasSize(PREFILLED);
        List<Added> added = List.of(
                new Added("Terkelolanya keamanan data kependudukan", "Persentase akun SIAK yang ditinjau hak aksesnya", "persen", "100",
                        "Semakin tinggi semakin baik", "Kualitas", "Penerima Layanan"),
                new Added("Terkelolanya keamanan data kependudukan", "Jumlah insiden keamanan data", "insiden", "0.5",
                        "Semakin rendah semakin baik", "Kualitas", ""),
                new Added("Terdokumentasinya konfigurasi sistem", "Jumlah dokumen konfigurasi diperbarui", "dokumen", "24.25",
                        "Semakin tinggi semakin baik", "Kuantitas", ""));

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            step("log in to Tasklist as " + EMPLOYEE, () -> logIn(wait));
            step("open 'Susun target SKP' from 'Tugas saya'", () -> openTask(wait, draft, "Susun target SKP"));
            step("check the 12 prefilled rows of the list", () -> checkPrefilledDraft(wait, template));

            step("add three rows linked to the supervisor's RHK, and one more removed again", () -> {
                for (int i = 0; i < ADDED; i++) {
                    int row = PREFILLED + i;
                    click(driver.findElement(By.cssSelector(".fjs-repeat-render-add")));
                    wait.until(d -> rowCount() == row + 1);
                    assertThat(selected("RhkParent", row)).as("a new row: not linked yet").isEqualTo(NO_PARENT);
                    fill(wait, row, added.get(i), "5", supervisorResult);
                }
                click(driver.findElement(By.cssSelector(".fjs-repeat-render-add")));
                wait.until(d -> rowCount() == INDICATORS + 1);
                click(driver.findElement(By.cssSelector("button.fjs-repeat-row-remove[aria-label='Hapus baris " + (INDICATORS + 1) + "']")));
                wait.until(d -> rowCount() == INDICATORS);
                waitForText(wait, "Jumlah bobot saat ini: 115");
            });

            step("complete with weights totalling 115: refused by the server", () -> {
                clickComplete(wait);
                WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".page-notifications .alert-danger")));
                assertThat(refusal.getText()).as("Tasklist's error notification: the Indonesian message alone")
                        .contains("SKP belum dapat dikirim: Jumlah bobot harus 100, sekarang 115.")
                        .doesNotContain("Cannot submit task form", "Exception", "ENGINE-", draft.getId());
                assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count())
                        .as("the refused task stays open").isEqualTo(1);
                assertThat(storedIndicators(appraisalId)).as("nothing of the refused plan is stored").hasSize(PREFILLED);
                refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
            });

            step("lower three weights and complete with 15 indicators", () -> {
                for (int row = 0; row < 3; row++) {
                    replace(cell("Weight", row), "5");
                }
                replace(cell("Target", 0), "99.5");
                waitForText(wait, "Jumlah bobot saat ini: 100");
                clickComplete(wait);
                wait.until(d -> engine.getTaskService().createTaskQuery().taskId(draft.getId()).count() == 0);
                assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).as("error notifications").isEmpty();
            });
        }

        List<Map<String, Object>> stored = storedIndicators(appraisalId);
        assertThat(stored).hasSize(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            Map<String, Object> row = stored.get(i);
            assertThat(row.get("seq")).isEqualTo(i + 1);
            if (i < PREFILLED) {
                TemplateItem item = template.get(i);
                assertThat(row.get("result_title")).isEqualTo(item.resultTitle());
                assertThat(row.get("name")).isEqualTo(item.name());
                assertThat(row.get("supervisor_result_title")).isNull();
                assertThat(row.get("unit")).isEqualTo(item.unit());
                assertThat(row.get("direction")).isEqualTo(item.direction().name());
                assertThat(row.get("aspect")).isEqualTo(item.aspect().name());
                assertThat((BigDecimal) row.get("target")).isEqualByComparingTo(i == 0 ? new BigDecimal("99.5") : item.target());
                assertThat((BigDecimal) row.get("weight")).isEqualByComparingTo(i < 3 ? BigDecimal.valueOf(5) : item.weight());
            } else {
                Added item = added.get(i - PREFILLED);
                assertThat(row.get("result_title")).isEqualTo(item.rhk());
                assertThat(row.get("supervisor_result_title")).as("the select inside the row").isEqualTo(supervisorResult);
                assertThat(row.get("name")).isEqualTo(item.name());
                assertThat(row.get("unit")).isEqualTo(item.unit());
                assertThat((BigDecimal) row.get("target")).isEqualByComparingTo(item.target());
                assertThat((BigDecimal) row.get("weight")).isEqualByComparingTo("5");
                assertThat(row.get("direction")).isEqualTo(item.direction().startsWith("Semakin tinggi") ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER");
                assertThat(row.get("aspect")).isEqualTo(item.aspect().toUpperCase());
                assertThat(row.get("perspective")).isEqualTo(item.perspective().isEmpty() ? null : item.perspective());
            }
        }
        assertThat(jdbc.queryForObject("select status from appraisal where id = ?", String.class, appraisalId))
                .isEqualTo(AppraisalStatus.AWAITING_APPROVAL.name());
        Task approve = task(appraisal, TASK_APPROVE_TARGETS);
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        engine.getFormService().submitTaskForm(approve.getId(), Map.of("targetsDecision", "APPROVE"));

        Task report = task(appraisal, TASK_REPORT_PROGRESS);
        Task self;
        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            step("log in again", () -> logIn(wait));
            step("open the first 'Laporkan kemajuan'", () -> openTask(wait, report, "Laporkan kemajuan"));
            step("see one row per indicator: its number and what it measures", () -> {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
                wait.until(d -> realisationRows() == INDICATORS);
                String form = driver.findElement(By.cssSelector(".fjs-form")).getText();
                for (int i = 0; i < INDICATORS; i++) {
                    Map<String, Object> indicator = stored.get(i);
                    assertThat(cell("No", i).getDomProperty("value")).isEqualTo(Integer.toString(i + 1));
                    assertThat(cell("No", i).getDomAttribute("readonly")).as("the number is not to be changed").isNotNull();
                    assertThat(cell("Realisation", i).getDomProperty("value")).as("nothing reported yet").isEmpty();
                    assertThat(form).contains(indicator.get("name") + "\nTarget: " + plain((BigDecimal) indicator.get("target")) + " "
                            + indicator.get("unit") + " (semakin " + (indicator.get("direction").equals("LOWER_IS_BETTER") ? "rendah" : "tinggi")
                            + " semakin baik)");
                }
                assertThat(driver.findElements(By.cssSelector(".fjs-repeat-render-add"))).as("no rows to add").isEmpty();
                assertThat(driver.findElements(By.cssSelector(".fjs-repeat-row-remove"))).as("no rows to remove").isEmpty();
            });
            step("leave the last realisation empty: form-js holds the report back", () -> {
                for (int i = 0; i < INDICATORS - 1; i++) {
                    replace(cell("Realisation", i), realisationOfPeriodOne(i));
                }
                replace(driver.findElement(By.cssSelector("textarea[id$='-Field_evidenceNote']")), "Rekap triwulan I dari log SIAK.");
                click(complete());
                wait.until(d -> "Wajib diisi.".equals(errorMessage("Realisation", INDICATORS - 1)));
                assertThat(engine.getTaskService().createTaskQuery().taskId(report.getId()).count()).isEqualTo(1);
                WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
                refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
            });
            step("fill it and complete the report", () -> {
                replace(cell("Realisation", INDICATORS - 1), realisationOfPeriodOne(INDICATORS - 1));
                wait.until(d -> errorMessage("Realisation", INDICATORS - 1).isEmpty());
                clickComplete(wait);
                wait.until(d -> engine.getTaskService().createTaskQuery().taskId(report.getId()).count() == 0);
                assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).as("error notifications").isEmpty();
            });
            assertThat(reported(appraisalId, 1)).as("period 1, by indicator number").usingElementComparator(BigDecimal::compareTo)
                    .containsExactlyElementsOf(
                    java.util.stream.IntStream.range(0, INDICATORS).mapToObj(i -> new BigDecimal(realisationOfPeriodOne(i))).toList());

            // periods 2 and 3 through the engine, with the list as the Json value Tasklist sends; the supervisor's feedback likewise
            feedback(appraisal);
            for (int period = 2; period <= 3; period++) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (int i = 0; i < INDICATORS; i++) {
                    rows.add(Map.of("no", i + 1, "realisation", period * 10 + i));
                }
                engine.getFormService().submitTaskForm(task(appraisal, TASK_REPORT_PROGRESS).getId(), Map.of("indicators",
                        SpinValues.jsonValue(json.writeValueAsString(rows)).create(), "evidenceNote", "Rekap triwulan " + period));
                feedback(appraisal);
            }
            self = task(appraisal, TASK_SELF_ASSESSMENT);
            step("open 'Nilai kinerja diri sendiri'", () -> openTask(wait, self, "Nilai kinerja diri sendiri"));
            step("see the list prefilled with period 3, change three rows, rate and reflect", () -> {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
                wait.until(d -> realisationRows() == INDICATORS);
                for (int i = 0; i < INDICATORS; i++) {
                    assertThat(new BigDecimal(cell("Realisation", i).getDomProperty("value"))).as("row %d", i + 1)
                            .isEqualByComparingTo(BigDecimal.valueOf(30 + i));
                }
                replace(cell("Realisation", 0), "99.75");
                replace(cell("Realisation", 7), "0");
                replace(cell("Realisation", INDICATORS - 1), "123.4567");
                for (String value : List.of("BerorientasiPelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")) {
                    click(driver.findElement(By.cssSelector("input[id$='-Field_rating" + value + "-3']")));
                }
                replace(driver.findElement(By.cssSelector("textarea[id$='-Field_reflection']")),
                        "Layanan SIAK stabil; keamanan data perlu perhatian lebih.");
                clickComplete(wait);
                wait.until(d -> engine.getTaskService().createTaskQuery().taskId(self.getId()).count() == 0);
                assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).as("error notifications").isEmpty();
            });
        }

        List<BigDecimal> finals = jdbc.queryForList("select final_realisation from skp_indicator where appraisal_id = ? order by seq",
                BigDecimal.class, appraisalId);
        assertThat(finals).hasSize(INDICATORS);
        for (int i = 0; i < INDICATORS; i++) {
            BigDecimal expected = i == 0 ? new BigDecimal("99.75") : i == 7 ? BigDecimal.ZERO : i == INDICATORS - 1
                    ? new BigDecimal("123.4567") : BigDecimal.valueOf(30 + i);
            assertThat(finals.get(i)).as("final realisation of indicator %d", i + 1).isEqualByComparingTo(expected);
        }
        assertThat(reported(appraisalId, 3)).hasSize(INDICATORS);
        assertThat(jdbc.queryForList("""
                select s.score from rating_submission r join rating_score s on s.submission_id = r.id
                where r.appraisal_id = ? and r.rater_role = 'SELF'""", Integer.class, appraisalId)).hasSize(7).containsOnly(4);
        assertThat(jdbc.queryForObject("select reflection from appraisal where id = ?", String.class, appraisalId))
                .isEqualTo("Layanan SIAK stabil; keamanan data perlu perhatian lebih.");
        System.out.printf("Tasklist browser test (15 indicators: draft, report, self-assessment): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * What Tasklist's locale files cannot reach, in Indonesian (Kinerja's script {@code app/tasklist/kinerja/bahasa.js}):
     * the app switcher of the login page, the buttons and labels form-js writes into the SKP's indicator list, the
     * titles of the diagram viewers' zoom buttons, and the date picker of the coaching plan's dialog dates
     * ({@code forms/draft-coaching-plan.form}, the only form with a date field, shown here on a test task).
     */
    @Test
    void shouldShowTheControlsOfCamundaFormsTheDatePickerAndTasklistsOwnLabelsInBahasaIndonesia() throws Exception {
        demoTemplates();
        twelveIndicatorTemplate();
        Task draft = draftTargetsTaskOfTheEmployee();
        Task dated = coachingPlanFormOnATestTask();
        List<String> english = List.of("Add new", "Expand all", "Collapse", "Remove list item", "Increment", "Decrement", "Search",
                "Select", "No results", "Nothing to show", "Previous page", "Next page", "Click to sort");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            step("see the app switcher of the login page", () -> {
                driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".app-switch .dropdown-menu li a")));
                String apps = (String) script("return document.querySelector('.app-switch .dropdown-menu').textContent");
                assertThat(apps.replaceAll("\\s+", " ")).as("the apps offered, product names kept")
                        .contains("Selamat Datang", "Admin", "Cockpit").doesNotContain("Welcome");
            });
            step("log in to Tasklist as " + EMPLOYEE, () -> logIn(wait));
            step("open 'Susun target SKP' from 'Tugas saya'", () -> openTask(wait, draft, "Susun target SKP"));
            step("see the list's buttons and labels in Indonesian, add a row and remove it again", () -> {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
                wait.until(d -> rowCount() == PREFILLED);
                assertThat(script("return [window.kinerjaTasklist.formControls, window.kinerjaTasklist.datePicker,"
                        + " window.kinerjaTasklist.tasklistLabels].join()")).as("Kinerja's hooks found their libraries").isEqualTo("id,id,id");
                assertThat(driver.findElement(By.cssSelector(".fjs-repeat-render-add")).getText().trim()).isEqualTo("Tambah baris");
                assertThat(attributes(".fjs-repeat-row-remove", "aria-label")).as("remove buttons, numbered by row")
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, PREFILLED).mapToObj(i -> "Hapus baris " + i).toList());
                assertThat(attributes(".fjs-number-arrow-up", "aria-label")).hasSize(2 * PREFILLED).containsOnly("Naikkan");
                assertThat(attributes(".fjs-number-arrow-down", "aria-label")).hasSize(2 * PREFILLED).containsOnly("Turunkan");

                click(driver.findElement(By.cssSelector(".fjs-repeat-render-add")));
                wait.until(d -> rowCount() == PREFILLED + 1);
                assertThat(selected("Direction", PREFILLED)).as("a select of the new row, nothing chosen yet").isEqualTo("Pilih");
                assertThat(selected("Aspect", PREFILLED)).isEqualTo("Pilih");
                assertThat(shownTextsAndLabels()).as("English written by form-js").doesNotContain(english.toArray(String[]::new));
                click(driver.findElement(By.cssSelector("button.fjs-repeat-row-remove[aria-label='Hapus baris " + (PREFILLED + 1) + "']")));
                wait.until(d -> rowCount() == PREFILLED);
            });
            step("see the zoom buttons of diagrams titled in Indonesian", () -> {
                // employees may not read process definitions, so their Diagram tab draws nothing: the templates that
                // AngularJS compiles for Tasklist's diagram viewers are checked instead
                for (String viewer : List.of("camWidgetBpmnViewer", "camWidgetCmmnViewer", "camWidgetDmnViewer")) {
                    String template = (String) script("return angular.element(document.documentElement).injector()"
                            + ".get(arguments[0] + 'Directive')[0].template", viewer);
                    assertThat(template).as(viewer).contains("title=\"Perbesar\"", "title=\"Perkecil\"", "title=\"Kembalikan ukuran semula\"")
                            .doesNotContain("zoom in", "zoom out", "reset zoom");
                }
            });

            step("open the coaching plan's form and its date picker", () -> {
                openTaskShownAs(wait, dated, dated.getName());
                WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$='-Field_dialogDate1-date']")));
                assertThat(date.getDomAttribute("placeholder")).as("day, month, year in Indonesian letters, in the browser's order")
                        .matches("[hbt]{2,4}([/.\\- ]+[hbt]{2,4}){2}").contains("hh", "bb", "tttt");
                click(date);
                WebElement calendar = wait.until(d -> date.findElement(By.xpath(
                        "ancestor::div[contains(@class,'fjs-form-field')][1]//div[contains(@class,'flatpickr-calendar')][contains(@class,'open')]")));
                LocalDate today = LocalDate.now();
                String month = MONTHS.get(today.getMonthValue() - 1);
                assertThat(texts(calendar, "select.flatpickr-monthDropdown-months option")).as("the months to choose from")
                        .containsExactlyElementsOf(MONTHS);
                assertThat(script("return arguments[0].querySelector('select.flatpickr-monthDropdown-months').selectedOptions[0].textContent",
                        calendar)).as("the month shown").isEqualTo(month);
                assertThat(texts(calendar, ".flatpickr-weekday")).as("weekdays, Monday first")
                        .containsExactly("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min");
                assertThat((String) script("return arguments[0].textContent", calendar)).as("English month names")
                        .doesNotContain("January", "February", "March", "May", "June", "July", "August", "October", "December");
                WebElement fifteenth = calendar.findElement(By.cssSelector(
                        ".flatpickr-day[aria-label='15 " + month + " " + today.getYear() + "']"));
                click(fifteenth);
                wait.until(d -> date.getDomProperty("value").contains("15"));
                assertThat(date.getDomProperty("value")).contains(Integer.toString(today.getYear()));
                assertThat(shownTextsAndLabels()).as("English written by form-js").doesNotContain(english.toArray(String[]::new));
            });
        }
    }

    /**
     * Tasklist shows dates in WIB whatever the device's time zone (Kinerja's script {@code app/tasklist/kinerja/wib.js}):
     * a due date of 05:30 WIB is 17:30 of the day before in New York; the browser's zone is set through Chrome DevTools.
     */
    @Test
    void shouldShowDueDatesInWibWhateverTheTimeZoneOfTheBrowser() throws Exception {
        demoTemplates();
        Task task = coachingPlanFormOnATestTask();
        ZonedDateTime due = ZonedDateTime.of(2026, 12, 14, 5, 30, 0, 0, WIB);
        task.setDueDate(Date.from(due.toInstant()));
        engine.getTaskService().saveTask(task);
        // locales/id.json: long = LLLL = "dddd, D MMMM YYYY LT", LT = "HH:mm"
        String expected = due.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy HH:mm", Locale.forLanguageTag("id"))) + " WIB";
        assertThat(expected).isEqualTo("Senin, 14 Desember 2026 05:30 WIB");

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            Map<String, String> shown = new java.util.LinkedHashMap<>();
            for (String zone : List.of("America/New_York", "Asia/Jakarta")) {
                step("see the due date in WIB with the browser in " + zone, () -> {
                    ((HasCdp) driver).executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
                    logInOrReload(wait);
                    assertThat(script("return Intl.DateTimeFormat().resolvedOptions().timeZone")).as("the browser's zone").isEqualTo(zone);
                    assertThat(script("return window.kinerjaTasklist && window.kinerjaTasklist.timeZone")).isEqualTo("WIB");
                    openTaskShownAs(wait, task, "Uji pemilih tanggal");
                    By listed = By.xpath("//ol[contains(@class,'tasks-list')]/li[.//a[contains(@href,'task=" + task.getId() + "')]]"
                            + "//*[contains(@class,'due-date')]//span[@am-time-ago]");
                    By header = By.cssSelector("[cam-tasklist-task-meta] .due-date span[am-time-ago]");
                    wait.until(ExpectedConditions.presenceOfElementLocated(header));
                    String inList = wait.until(d -> d.findElement(listed).getDomAttribute("uib-tooltip"));
                    String inHeader = wait.until(d -> d.findElement(header).getDomAttribute("uib-tooltip"));
                    assertThat(inList).as("the due date in the task list").isEqualTo(expected);
                    assertThat(inHeader).as("the due date in the task's header").isEqualTo(expected);
                    String relative = wait.until(d -> {
                        String text = d.findElement(header).getText();
                        return text.isBlank() ? null : text;
                    });
                    assertThat(relative).as("the relative due date").doesNotContain("WIB");
                    // the tooltip a user sees on hovering
                    new org.openqa.selenium.interactions.Actions(driver).moveToElement(driver.findElement(header)).perform();
                    WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tooltip .tooltip-inner")));
                    assertThat(tooltip.getText()).isEqualTo(expected);
                    shown.put(zone, inList);
                });
            }
            assertThat(shown.values()).as("the same text in every zone").containsOnly(expected);
        }
    }

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    /** Logs in on the first call, reloads Tasklist (still logged in) after it. */
    private void logInOrReload(WebDriverWait wait) {
        if (driver.getCurrentUrl().contains("/camunda/app/tasklist/")) {
            driver.navigate().refresh();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
        } else {
            logIn(wait);
        }
    }

    static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");

    /**
     * A test task of the employee showing the real {@code draft-coaching-plan} form: its task in the process reaches a
     * supervisor only after a published cycle with a weak result. {@code Task_DoTestWork} is the test tasks' id.
     */
    private Task coachingPlanFormOnATestTask() {
        BpmnModelInstance process = Bpmn.createExecutableProcess("BahasaTestProcess").name("Proses uji bahasa").camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_DoTestWork").name("Uji pemilih tanggal").camundaFormRef("draft-coaching-plan")
                .camundaFormRefBinding("latest").camundaAssignee(EMPLOYEE).endEvent().done();
        deploymentId = engine.getRepositoryService().createDeployment().name("Uji bahasa").addModelInstance("bahasa-uji.bpmn", process)
                .deploy().getId();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("BahasaTestProcess");
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    /** The text of the form and the aria-label, placeholder, title and alt of its elements, one a line. */
    private String shownTextsAndLabels() {
        return (String) script("""
                const form = document.querySelector('.fjs-form');
                const labels = [...form.querySelectorAll('[aria-label],[placeholder],[title],[alt]')]
                    .flatMap(e => ['aria-label', 'placeholder', 'title', 'alt'].map(a => e.getAttribute(a)).filter(v => v));
                return [form.innerText, ...labels].join('\\n');""");
    }

    private List<String> attributes(String css, String attribute) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getDomAttribute(attribute)).toList();
    }

    private List<String> texts(WebElement container, String css) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) script("return [...arguments[0].querySelectorAll(arguments[1])].map(e => e.textContent.trim())",
                container, css);
        return texts;
    }


    /** A row the employee adds in the browser. */
    record Added(String rhk, String name, String unit, String target, String direction, String aspect, String perspective) {
    }

    /** Period 1's realisation of the row: a different value per indicator, one with four decimals. */
    private static String realisationOfPeriodOne(int row) {
        return row == 4 ? "12.3456" : Integer.toString(row * 3 + 1);
    }

    // ---- the process

    /**
     * The demo templates of the supervisor's position (so that his SKP, prefilled when the cycle opens, has an RHK the
     * employee's rows can support); returns that RHK.
     */
    private String demoTemplates() throws IOException {
        units.importCsv(new ClassPathResource("demo/unit.csv").getContentAsByteArray());
        employees.importCsv(new ClassPathResource("demo/pegawai.csv").getContentAsByteArray());
        List<TemplateItem> supervisor = demoTemplate(SUPERVISOR_POSITION);
        templates.saveNewVersion(SUPERVISOR_POSITION, supervisor, HR_ADMIN);
        return supervisor.get(0).resultTitle();
    }

    /** The demo template of the employee's position, grown to 12 indicators, saved as the newest version. */
    private List<TemplateItem> twelveIndicatorTemplate() throws IOException {
        List<TemplateItem> demo = demoTemplate(POSITION);
        assertThat(demo).as("the demo template").hasSizeGreaterThanOrEqualTo(2);
        List<TemplateItem> items = new ArrayList<>();
        for (int i = 0; i < PREFILLED; i++) {
            TemplateItem base = demo.get(i % demo.size());
            BigDecimal weight = i < 4 ? BigDecimal.TEN : new BigDecimal("7.5");
            String name = i < demo.size() ? base.name() : base.name() + " (layanan " + (i + 1) + ")";
            items.add(new TemplateItem(base.resultTitle(), name, base.unit(), base.target().add(BigDecimal.valueOf(i)), base.direction(),
                    weight, base.aspect(), base.perspective()));
        }
        templates.saveNewVersion(POSITION, items, HR_ADMIN);
        return items;
    }

    private List<TemplateItem> demoTemplate(String position) throws IOException {
        record DemoTemplate(String position, List<TemplateItem> items) {
        }
        List<DemoTemplate> demo = json.readValue(new ClassPathResource("demo/indicator-templates.json").getInputStream(),
                new TypeReference<>() { });
        return demo.stream().filter(t -> t.position().equals(position)).findFirst()
                .orElseThrow(() -> new AssertionError("demo/indicator-templates.json has no template for " + position)).items();
    }

    private Task draftTargetsTaskOfTheEmployee() {
        int year = ProcessTestSupport.nextYear();
        engine.getIdentityService().setAuthentication(HR_ADMIN, List.of("admin-bkpsdm", "pegawai"));
        try {
            String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("AppraisalCycleProcess").latestVersion().singleResult().getId();
            cycle = engine.getFormService().submitStartForm(definition, Map.of("cycleName", "Siklus uji browser " + year,
                    "year", year, "unitCode", UNIT, "periodLength", "QUARTERLY", "reminderDelay", "P7D", "escalationDelay", "P14D"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        executeJobsOfTheCycle();
        ProcessInstance appraisal = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EmployeeAppraisalProcess")
                .processInstanceBusinessKey(engine.getRuntimeService().getVariable(cycle.getId(), "cycleId") + "-" + EMPLOYEE).singleResult();
        assertThat(appraisal).as("the employee's appraisal process").isNotNull();
        Task task = task(appraisal.getId(), TASK_DRAFT_TARGETS);
        assertThat(task).as("Task_DraftTargets waits").isNotNull();
        assertThat(task.getAssignee()).isEqualTo(EMPLOYEE);
        return task;
    }

    /** The job executor is off in tests: runs the due non-timer jobs of this cycle and its children until none is left. */
    private void executeJobsOfTheCycle() {
        var management = engine.getManagementService();
        for (int round = 0; round < 1_000; round++) {
            List<String> instances = new ArrayList<>(List.of(cycle.getId()));
            engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(engine.getRuntimeService().getVariable(cycle.getId(), "cycleId") + "-%").list()
                    .forEach(pi -> instances.add(pi.getId()));
            List<Job> due = management.createJobQuery().executable().list().stream()
                    .filter(j -> instances.contains(j.getProcessInstanceId()))
                    .filter(j -> management.createJobQuery().jobId(j.getId()).timers().count() == 0).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        throw new IllegalStateException("the cycle's jobs keep coming");
    }

    private Task task(String processInstanceId, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    }

    /** The supervisor's feedback on the period just reported (the assignee acts through the Java API). */
    private void feedback(String appraisal) {
        engine.getFormService().submitTaskForm(task(appraisal, TASK_GIVE_FEEDBACK).getId(), Map.of("feedback", "Lanjutkan."));
    }

    private List<Map<String, Object>> storedIndicators(long appraisalId) {
        return jdbc.queryForList("select seq, result_title, supervisor_result_title, name, unit, target, direction, weight, aspect,"
                + " perspective from skp_indicator where appraisal_id = ? order by seq", appraisalId);
    }

    /** The realisations a period's report stored, in the order of the indicators' numbers. */
    private List<BigDecimal> reported(long appraisalId, int period) {
        return jdbc.queryForList("""
                select pr.realisation from progress_realisation pr
                join progress_report r on r.id = pr.report_id join skp_indicator i on i.id = pr.indicator_id
                where r.appraisal_id = ? and r.period_no = ? order by i.seq""", BigDecimal.class, appraisalId, period);
    }

    // ---- the browser ----

    private void logIn(WebDriverWait wait) {
        try {
            HeadlessChromium.signInToTasklist(driver, port, EMPLOYEE, PASSWORD);
        } catch (AssertionError e) {
            throw e.getMessage().startsWith(HeadlessChromium.INPUT_BLOCKED)
                    ? new AssertionError(e.getMessage() + " GET /camunda-welcome answers here with " + probeWelcome() + ".", e) : e;
        }
        // Kinerja's Indonesian locale (locales/id.json) is the default, and employees see no Camunda 8 banner
        String page = driver.findElement(By.tagName("body")).getText();
        assertThat(page).as("Tasklist in Bahasa Indonesia").contains("Pilih tugas dari daftar.", "Mulai proses")
                .doesNotContain("Select a task in the list", "Start process", "migrate to Camunda 8");
        assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
                .as("the Camunda 8 migration banner").isEmpty();
        assertThat(script("return Math.round(document.querySelector('.page-wrap').getBoundingClientRect().top)"))
                .as("the page starts right under the 45 px header").isEqualTo(45L);
    }

    private void openTask(WebDriverWait wait, Task task, String name) {
        openTaskShownAs(wait, task, name + " — " + EMPLOYEE_NAME);
    }

    /** Opens the task from "Tugas saya", whose list shows it as {@code shown}. */
    private void openTaskShownAs(WebDriverWait wait, Task task, String shown) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.),'Tugas saya')]]"))).click();
        // Tasklist renders the list again when it has loaded the filter's tasks: a link found just before may be gone
        // by the click (seen under load), so it is found and clicked again until the click lands
        String[] listed = new String[1];
        new WebDriverWait(driver, STEP, Duration.ofMillis(100)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement link = d.findElement(taskLink(task));
                    if (!link.isDisplayed() || !link.isEnabled()) {
                        return false;
                    }
                    listed[0] = link.getText().trim();
                    link.click();
                    return true;
                });
        assertThat(listed[0]).as("task name in the list").isEqualTo(shown);
    }

    private void checkPrefilledDraft(WebDriverWait wait, List<TemplateItem> template) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
        wait.until(d -> rowCount() == PREFILLED);
        assertThat(script("return window.kinerjaTasklist && window.kinerjaTasklist.dynamicListFix"))
                .as("Kinerja's Tasklist script found form-js and patched it").isEqualTo("active");
        String form = driver.findElement(By.cssSelector(".fjs-form")).getText();
        assertThat(form).contains("Susun Sasaran Kinerja Pegawai (SKP)", EMPLOYEE_NAME, POSITION, "Zulkifli Hasan, S.Sos.",
                "Jumlah bobot saat ini: 100", "12 indikator");
        for (int i = 0; i < PREFILLED; i++) {
            TemplateItem item = template.get(i);
            assertThat(cell("Rhk", i).getDomProperty("value")).isEqualTo(item.resultTitle());
            assertThat(cell("Name", i).getDomProperty("value")).isEqualTo(item.name());
            assertThat(cell("Unit", i).getDomProperty("value")).isEqualTo(item.unit());
            assertThat(new BigDecimal(cell("Target", i).getDomProperty("value"))).isEqualByComparingTo(item.target());
            assertThat(new BigDecimal(cell("Weight", i).getDomProperty("value"))).isEqualByComparingTo(item.weight());
            assertThat(selected("Direction", i)).isEqualTo(item.direction().label());
            assertThat(selected("Aspect", i)).isEqualTo(item.aspect().label());
            assertThat(selected("RhkParent", i)).isEqualTo(NO_PARENT);
        }
        wait.until(d -> complete().isEnabled());
    }

    /** Fills an added row; its RHK supports {@code supervisorResult}, chosen among the supervisor's RHK. */
    private void fill(WebDriverWait wait, int row, Added item, String weight, String supervisorResult) {
        replace(cell("Rhk", row), item.rhk());
        choose(wait, "RhkParent", row, supervisorResult);
        replace(cell("Name", row), item.name());
        replace(cell("Unit", row), item.unit());
        replace(cell("Target", row), item.target());
        replace(cell("Weight", row), weight);
        choose(wait, "Direction", row, item.direction());
        choose(wait, "Aspect", row, item.aspect());
        if (!item.perspective().isEmpty()) {
            replace(cell("Perspective", row), item.perspective());
        }
    }

    /** The input of a row's field: form-js ids are {@code fjs-form-<form>-<component id>_<row index>}. */
    private WebElement cell(String field, int row) {
        return driver.findElement(By.cssSelector("input[id$='-Field_Indicator" + field + "_" + row + "']"));
    }

    private int rowCount() {
        return driver.findElements(By.cssSelector("input[id*='-Field_IndicatorRhk_']")).size();
    }

    private int realisationRows() {
        return driver.findElements(By.cssSelector("input[id*='-Field_IndicatorRealisation_']")).size();
    }

    /** form-js's message under a row's field, empty when there is none. */
    private String errorMessage(String field, int row) {
        return driver.findElements(By.cssSelector("[id$='-Field_Indicator" + field + "_" + row + "-error-message']")).stream()
                .map(WebElement::getText).map(String::trim).findFirst().orElse("");
    }

    /** The shown label of a row's select (form-js renders a custom dropdown, not a {@code <select>}). */
    private String selected(String field, int row) {
        return display(field, row).getText().trim();
    }

    private WebElement display(String field, int row) {
        return driver.findElement(By.cssSelector("[id$='-Field_Indicator" + field + "_" + row + "-display']"));
    }

    /**
     * Opens the select and picks the option by its label. Focus arriving by Tab may already have opened the list, so
     * that the click closed it again: the select is clicked until its list shows (at most three times).
     */
    private void choose(WebDriverWait wait, String field, int row, String label) {
        WebElement container = display(field, row).findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        for (int attempt = 1; container.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty(); attempt++) {
            click(display(field, row));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2))
                        .until(d -> !container.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        container.findElement(By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)=" + xpathLiteral(label) + "]"))
                .click();
        wait.until(d -> label.equals(selected(field, row)));
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private void replace(WebElement input, String value) {
        FormJsInput.replace(driver, input, value);
    }


    private WebElement complete() {
        return driver.findElement(By.cssSelector("[cam-tasklist-task] .form-actions button.btn-primary[ng-click='complete()']"));
    }

    private void clickComplete(WebDriverWait wait) {
        wait.until(d -> complete().isEnabled());
        click(complete());
    }

    /**
     * Scrolls the element to the middle and clicks it. A list that is still growing or a dropdown that is still closing
     * can lie over the point for a moment; the click is then tried again after the page has settled (for up to 5 s).
     */
    private void click(WebElement element) {
        for (int attempt = 1;; attempt++) {
            script("arguments[0].scrollIntoView({block: 'center'})", element);
            try {
                element.click();
                return;
            } catch (ElementClickInterceptedException e) {
                if (attempt == 25) {
                    throw e;
                }
                FormJsInput.pause(200);
            }
        }
    }

    private void waitForText(WebDriverWait wait, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), text));
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static By taskLink(Task task) {
        return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + task.getId() + "']");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    // ---- failure evidence ----

    private void step(String name, HeadlessChromium.Step step) {
        HeadlessChromium.step(driver, name, step);
    }

    private String probeWelcome() {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/camunda-welcome")).GET().build(), HttpResponse.BodyHandlers.discarding());
            return "HTTP " + response.statusCode() + response.headers().firstValue("WWW-Authenticate").map(v -> ", WWW-Authenticate: " + v)
                    .orElse(" without an authentication challenge");
        } catch (IOException | InterruptedException e) {
            return "(probe failed: " + e + ")";
        }
    }

}

package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_APPROVE_TARGETS;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.TASK_DRAFT_TARGETS;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.VAR_APPRAISAL_ID;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.VAR_EMPLOYEE_NIP;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.IndicatorTemplateService.TemplateItem;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Aspect;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real Camunda Tasklist in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): a demo
 * employee logs in through the login form, opens "Susun target SKP" from the "Tugas saya" filter, sees the Camunda
 * Form prefilled from the indicator template of their position, is refused with the server's Indonesian message when
 * the weights do not total 100, fixes the plan and completes {@code Task_DraftTargets}. The outcome is checked
 * through the engine and the {@code skp_indicator} table. On failure, a screenshot and the page source are saved
 * under {@code target/browser/}.
 */
class TasklistBrowserIntegrationTests extends PostgresApplicationTest {

    static final Path ARTIFACTS = Path.of("target", "browser").toAbsolutePath();

    static final String PASSWORD = "Pegawai-Uji-2026!"; // the test profile's kinerja.identity.initial-password
    static final String HR_ADMIN = "198304182008012002"; // Ratna Dewi, admin-bkpsdm
    static final String EMPLOYEE = "198709032010011002"; // staff of DAFDUK-IDK
    static final String EMPLOYEE_NAME = "Muhammad Rizki, S.Kom.";
    static final String POSITION = "Pranata Komputer Ahli Pertama";
    static final String SUPERVISOR = "198001102005011003"; // Zulkifli Hasan, head of DAFDUK
    static final String UNIT = "DAFDUK-IDK";
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
    private WebDriver driver;

    @AfterEach
    void removeCycle() {
        if (cycle != null && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(cycle.getId()).count() > 0) {
            engine.getRuntimeService().deleteProcessInstance(cycle.getId(), "uji browser selesai");
        }
    }

    @Test
    void shouldLetADemoEmployeeCompleteDraftTargetsInTheRealTasklist() throws Exception {
        long started = System.nanoTime();
        List<TemplateItem> template = demoTemplate();
        Task draft = draftTargetsTaskOfTheEmployee();
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(draft.getProcessInstanceId(), VAR_APPRAISAL_ID)).longValue();
        assertThat(storedIndicators(appraisalId)).as("SKP prefilled from the template").hasSize(template.size());

        TemplateItem first = template.get(0);
        BigDecimal wrongWeight = first.weight().subtract(BigDecimal.TEN);
        BigDecimal newTarget = first.target().add(BigDecimal.valueOf(5));
        Aspect newAspect = first.aspect() == Aspect.KUALITAS ? Aspect.KUANTITAS : Aspect.KUALITAS;

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            step("log in to Tasklist as " + EMPLOYEE, () -> logIn(wait));
            step("open 'Susun target SKP' from 'Tugas saya'", () -> openTask(wait, draft));
            step("check the Camunda Form and its prefilled indicators", () -> checkPrefilledForm(wait, template));

            step("submit a plan whose weights total 90", () -> {
                replace(field("iki1Weight"), plain(wrongWeight));
                waitForText(wait, By.cssSelector(".fjs-form"), "Jumlah bobot saat ini: 90");
                clickComplete(wait);
                WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".page-notifications .alert-danger")));
                assertThat(refusal.getText()).as("Tasklist's error notification: the Indonesian message alone")
                        .contains("SKP belum dapat dikirim: Jumlah bobot harus 100, sekarang 90.")
                        .doesNotContain("Cannot submit task form", "Exception", "ENGINE-", draft.getId());
                assertThat(engine.getTaskService().createTaskQuery().taskId(draft.getId()).count())
                        .as("the refused task stays open").isEqualTo(1);
                assertThat(storedIndicators(appraisalId)).as("nothing of the refused plan is stored")
                        .extracting(r -> (BigDecimal) r.get("weight")).usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(template.stream().map(TemplateItem::weight).toList());
                refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
            });

            step("fix the plan and complete the task", () -> {
                replace(field("iki1Weight"), plain(first.weight()));
                replace(field("iki1Target"), plain(newTarget));
                choose(wait, "iki1Aspect", newAspect.label());
                waitForText(wait, By.cssSelector(".fjs-form"), "Jumlah bobot saat ini: 100");
                clickComplete(wait);
                wait.until(d -> engine.getTaskService().createTaskQuery().taskId(draft.getId()).count() == 0);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(draft)));
                assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).as("error notifications").isEmpty();
            });
        }

        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(draft.getId()).singleResult();
        assertThat(done.getEndTime()).as("Task_DraftTargets ended").isNotNull();
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        Task approve = engine.getTaskService().createTaskQuery().processInstanceId(draft.getProcessInstanceId())
                .taskDefinitionKey(TASK_APPROVE_TARGETS).singleResult();
        assertThat(approve).as("Task_ApproveTargets waits").isNotNull();
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        assertThat(jdbc.queryForObject("select status from appraisal where id = ?", String.class, appraisalId))
                .isEqualTo(AppraisalStatus.AWAITING_APPROVAL.name());

        List<Map<String, Object>> stored = storedIndicators(appraisalId);
        assertThat(stored).hasSize(template.size());
        for (int i = 0; i < template.size(); i++) {
            TemplateItem item = template.get(i);
            Map<String, Object> row = stored.get(i);
            assertThat(row.get("seq")).isEqualTo(i + 1);
            assertThat(row.get("name")).isEqualTo(item.name());
            assertThat(row.get("result_title")).isEqualTo(item.resultTitle());
            assertThat(row.get("supervisor_result_title")).isNull();
            assertThat(row.get("unit")).isEqualTo(item.unit());
            assertThat(row.get("direction")).isEqualTo(item.direction().name());
            assertThat((BigDecimal) row.get("weight")).isEqualByComparingTo(item.weight());
            assertThat((BigDecimal) row.get("target")).isEqualByComparingTo(i == 0 ? newTarget : item.target());
            assertThat(row.get("aspect")).isEqualTo((i == 0 ? newAspect : item.aspect()).name());
        }
        System.out.printf("Tasklist browser test: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    // ---- the process, up to the employee's Task_DraftTargets ----

    /** The demo template of the employee's position, saved as the newest version so that the cycle prefills from it. */
    private List<TemplateItem> demoTemplate() throws IOException {
        units.importCsv(new ClassPathResource("demo/unit.csv").getContentAsByteArray());
        employees.importCsv(new ClassPathResource("demo/pegawai.csv").getContentAsByteArray());
        record DemoTemplate(String position, List<TemplateItem> items) {
        }
        List<DemoTemplate> demo = json.readValue(new ClassPathResource("demo/indicator-templates.json").getInputStream(),
                new TypeReference<>() { });
        List<TemplateItem> items = demo.stream().filter(t -> t.position().equals(POSITION)).findFirst()
                .orElseThrow(() -> new AssertionError("demo/indicator-templates.json has no template for " + POSITION)).items();
        assertThat(items).as("the demo template has at least two indicators").hasSizeGreaterThanOrEqualTo(2);
        assertThat(items.get(0).weight()).as("the first weight leaves room for a wrong plan").isGreaterThan(BigDecimal.TEN);
        templates.saveNewVersion(POSITION, items, HR_ADMIN);
        return items;
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
        ProcessInstance appraisal = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .variableValueEquals(VAR_EMPLOYEE_NIP, EMPLOYEE).singleResult();
        assertThat(appraisal).as("the employee's appraisal process").isNotNull();
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(appraisal.getId())
                .taskDefinitionKey(TASK_DRAFT_TARGETS).singleResult();
        assertThat(task).as("Task_DraftTargets waits").isNotNull();
        assertThat(task.getAssignee()).isEqualTo(EMPLOYEE);
        return task;
    }

    /** The job executor is off in tests: runs the due non-timer jobs of this cycle and its children until none is left. */
    private void executeJobsOfTheCycle() {
        var management = engine.getManagementService();
        for (int round = 0; round < 1_000; round++) {
            List<String> instances = new ArrayList<>(List.of(cycle.getId()));
            engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).list()
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

    private List<Map<String, Object>> storedIndicators(long appraisalId) {
        return jdbc.queryForList("select seq, result_title, supervisor_result_title, name, unit, target, direction, weight, aspect"
                + " from skp_indicator where appraisal_id = ? order by seq", appraisalId);
    }

    // ---- the browser ----

    private void logIn(WebDriverWait wait) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/");
        By username = By.cssSelector("form[name=signinForm] input[ng-model=username]");
        wait.until(ExpectedConditions.elementToBeClickable(username)).sendKeys(EMPLOYEE);
        String typed = driver.findElement(username).getDomProperty("value");
        if (!EMPLOYEE.equals(typed)) {
            throw new AssertionError("Typing into the Tasklist login form did nothing (field holds '" + typed + "'). The browser is "
                    + "blocking input to the page, typically with a native HTTP Basic 'Sign in' dialog: Tasklist asks GET "
                    + "/camunda-welcome on a first visit, answered here with " + probeWelcome() + ".");
        }
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters .task-filter")));
    }

    private void openTask(WebDriverWait wait, Task draft) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.),'Tugas saya')]]"))).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(taskLink(draft)));
        assertThat(link.getText().trim()).as("task name in the list, with whose appraisal it is").isEqualTo("Susun target SKP — " + EMPLOYEE_NAME);
        link.click();
    }

    private void checkPrefilledForm(WebDriverWait wait, List<TemplateItem> template) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
        wait.until(d -> !field("iki1Name").getDomProperty("value").isEmpty());
        String form = driver.findElement(By.cssSelector(".fjs-form")).getText();
        assertThat(form).contains("Susun Sasaran Kinerja Pegawai (SKP)", EMPLOYEE_NAME, POSITION, "Zulkifli Hasan, S.Sos.",
                "Jumlah bobot saat ini: 100");
        assertThat(field("indicatorCount").getDomProperty("value")).isEqualTo(Integer.toString(template.size()));
        for (int i = 1; i <= template.size(); i++) {
            TemplateItem item = template.get(i - 1);
            assertThat(field("rhk" + i).getDomProperty("value")).isEqualTo(item.resultTitle());
            assertThat(field("iki" + i + "Name").getDomProperty("value")).isEqualTo(item.name());
            assertThat(field("iki" + i + "Unit").getDomProperty("value")).isEqualTo(item.unit());
            assertThat(new BigDecimal(field("iki" + i + "Target").getDomProperty("value"))).isEqualByComparingTo(item.target());
            assertThat(new BigDecimal(field("iki" + i + "Weight").getDomProperty("value"))).isEqualByComparingTo(item.weight());
            assertThat(selected("iki" + i + "Direction")).isEqualTo(item.direction().label());
            assertThat(selected("iki" + i + "Aspect")).isEqualTo(item.aspect().label());
            assertThat(selected("rhkParent" + i)).isEqualTo("— Tidak dikaitkan dengan RHK atasan —");
        }
        assertThat(driver.findElements(By.cssSelector("input[id$='-Field_rhk" + (template.size() + 1) + "']")))
                .as("slots beyond the indicator count are hidden").isEmpty();
    }

    /** A form-js input by its component id ({@code Field_<key>}); form-js prefixes a per-form id. */
    private WebElement field(String key) {
        return driver.findElement(By.cssSelector("input[id$='-Field_" + key + "']"));
    }

    /** The shown label of a form-js select (form-js renders a custom dropdown, not a {@code <select>}). */
    private String selected(String key) {
        return driver.findElement(By.cssSelector("[id$='-Field_" + key + "-display']")).getText().trim();
    }

    private void choose(WebDriverWait wait, String key, String label) {
        driver.findElement(By.cssSelector("[id$='-Field_" + key + "-display']")).click();
        WebElement field = driver.findElement(By.cssSelector("[id$='-Field_" + key + "-display']"))
                .findElement(By.xpath("ancestor::div[contains(@class,'fjs-form-field')][1]"));
        wait.until(d -> field.findElements(By.cssSelector(".fjs-dropdownlist-item")).size() > 0);
        field.findElement(By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space(.)='" + label + "']")).click();
        wait.until(d -> label.equals(selected(key)));
    }

    /** Selects the whole value and types over it, as a user would. */
    private static void replace(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        assertThat(input.getDomProperty("value")).isEqualTo(value);
    }

    private void clickComplete(WebDriverWait wait) {
        By complete = By.cssSelector("[cam-tasklist-task] .form-actions button.btn-primary[ng-click='complete()']");
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(complete));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void waitForText(WebDriverWait wait, By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    private static By taskLink(Task task) {
        return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + task.getId() + "']");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    // ---- failure evidence ----

    @FunctionalInterface
    interface BrowserStep {
        void run() throws Exception;
    }

    /** Runs one step; on failure saves a screenshot and the page source and names them in the assertion message. */
    private void step(String name, BrowserStep step) {
        try {
            step.run();
        } catch (Throwable failure) {
            throw new AssertionError("Browser step '" + name + "' failed: " + failure.getMessage() + "\n" + saveEvidence(name), failure);
        }
    }

    private String saveEvidence(String step) {
        try {
            Files.createDirectories(ARTIFACTS);
            String base = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                    + step.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "");
            Path png = ARTIFACTS.resolve(base + ".png");
            Path html = ARTIFACTS.resolve(base + ".html");
            Files.write(png, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(html, driver.getCurrentUrl() + "\n" + driver.getPageSource(), StandardCharsets.UTF_8);
            return "Screenshot: " + png + "\nPage source: " + html;
        } catch (Exception e) {
            return "(no screenshot or page source could be saved: " + e + ")";
        }
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

package org.kinerja.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.FormJsInput;
import org.kinerja.support.HeadlessChromium;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.TestListTask;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * A Camunda Form with a dynamic list ({@code dynamiclist}) in the real Tasklist 7.24, in headless Chromium: an employee
 * opens a task whose list holds 12 rows prefilled from a {@code Json} variable, sees all of them, adds a 13th, is held
 * back while a required field of a row is empty, fills it and completes the task. What Tasklist sends and what the
 * engine stores are checked: one {@code Json} variable named by the list's path, task-local, holding the 13 rows with
 * the form's keys and typed values; rows with a key the list does not have are refused by the engine guard. Without
 * Kinerja's Tasklist script ({@code app/tasklist/kinerja/dynamiclist.js}) Complete stays disabled as soon as the list
 * holds a row, and a list of more than 5 rows is submitted cut to 5.
 *
 * <p>The test process and form are deployed by the test ({@code src/test/resources/dynamiclist/}); on failure a
 * screenshot and the page source are saved under {@code target/browser/}.
 */
class DynamicListTasklistIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!"; // the test profile's kinerja.identity.initial-password
    static final String EMPLOYEE = "198709032010011002"; // Muhammad Rizki, staff of DAFDUK-IDK
    static final String LIST = "indikator"; // the dynamic list's path in dynamiclist-uji.form
    static final int PREFILLED = 12;
    static final String NEW_NAME = "Indikator baru: jumlah akta kelahiran yang diterbitkan dalam satu hari kerja";
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
    ObjectMapper json;

    private String deploymentId;
    private WebDriver driver;

    @AfterEach
    void removeDeployment() {
        if (deploymentId != null) {
            engine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    void shouldServeTasklistsOwnConfigurationWithKinerjasScript() throws Exception {
        HttpResponse<String> config = anonymousGet("/camunda/app/tasklist/scripts/config.js");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).as("Kinerja's config.js, the webjar's own plus Kinerja's three scripts")
                .contains("customScripts: ['kinerja/dynamiclist', 'kinerja/bahasa', 'kinerja/wib']").contains("key: 'ctrl+alt+c'").contains("export default {");
        HttpResponse<String> script = anonymousGet("/camunda/app/tasklist/kinerja/dynamiclist.js?bust=7.24.0");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(script.body()).contains("Form.prototype._setState").contains("disableCollapse");
        HttpResponse<String> bahasa = anonymousGet("/camunda/app/tasklist/kinerja/bahasa.js?bust=7.24.0");
        assertThat(bahasa.statusCode()).isEqualTo(200);
        assertThat(bahasa.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
        assertThat(bahasa.body()).contains("options.vnode").contains("flatpickr.localize");
    }

    @Test
    void shouldLetAnEmployeeDraftAListOfAnyLengthInTheRealTasklist() throws Exception {
        units.importCsv(new ClassPathResource("demo/unit.csv").getContentAsByteArray());
        employees.importCsv(new ClassPathResource("demo/pegawai.csv").getContentAsByteArray());
        deploymentId = engine.getRepositoryService().createDeployment().name("Uji daftar dinamis")
                .addClasspathResource("dynamiclist/DynamicListTestProcess.bpmn")
                .addClasspathResource("dynamiclist/dynamiclist-uji.form").deploy().getId();
        ArrayNode prefilled = prefilledRows();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("DynamicListTestProcess",
                Variables.createVariables().putValue("assignee", EMPLOYEE)
                        .putValueTyped(LIST, SpinValues.jsonValue(json.writeValueAsString(prefilled)).create()));
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getAssignee()).isEqualTo(EMPLOYEE);

        // The engine guard takes only the list's own keys in a row, whichever door the rows come through.
        HttpResponse<String> refused = new Http(port).postJson("/engine-rest/task/" + task.getId() + "/submit-form", """
                {"variables": {"indikator": {"type": "Json", "value": "[{\\"nama\\": \\"x\\", \\"target\\": 1, \\"bobot\\": 5}]"}}}
                """, EMPLOYEE, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Isian 'indikator': baris 1: isian 'bobot' bukan bagian dari daftar ini.");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            driver = chromium.driver();
            WebDriverWait wait = new WebDriverWait(driver, STEP, Duration.ofMillis(100));
            step("log in to Tasklist as " + EMPLOYEE, () -> logIn());
            step("open the task from 'Tugas saya'", () -> openTask(wait, task));

            step("see all 12 prefilled rows, with Complete enabled", () -> {
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
                wait.until(d -> rowCount() == PREFILLED);
                recordRequests();
                assertThat(script("return window.kinerjaTasklist && window.kinerjaTasklist.dynamicListFix"))
                        .as("Kinerja's Tasklist script found form-js and patched it").isEqualTo("active");
                assertThat(script("return window.kinerjaTasklist.translateValidationMessage("
                        + "'Field must have minimum value of 1250.5.')")).as("form-js messages in Indonesian, Indonesian numbers")
                        .isEqualTo("Nilai paling kecil 1.250,5.");
                assertThat(script("return window.kinerjaTasklist.translateValidationMessage('Field must match pattern ^P(\\d+D)$.')"))
                        .as("no regular expression shown to people").isEqualTo("Isian tidak sesuai format yang diminta.");
                assertThat(driver.findElements(By.cssSelector(".fjs-repeat-render-collapse")))
                        .as("no collapsed rows: every row is rendered, so every row is submitted").isEmpty();
                for (int i = 0; i < PREFILLED; i++) {
                    JsonNode row = prefilled.get(i);
                    assertThat(cell("Nama", i).getDomProperty("value")).isEqualTo(row.get("nama").asText());
                    assertThat(new BigDecimal(cell("Target", i).getDomProperty("value"))).isEqualByComparingTo(row.get("target").decimalValue());
                    assertThat(cell("Satuan", i).getDomProperty("value")).isEqualTo(row.get("satuan").asText());
                }
                wait.until(d -> complete().isEnabled());
            });

            step("add a 13th row and try to complete it empty: refused by form-js", () -> {
                click(driver.findElement(By.cssSelector(".fjs-repeat-render-add")));
                wait.until(d -> rowCount() == PREFILLED + 1);
                assertThat(cell("Nama", PREFILLED).getDomProperty("value")).isEmpty();
                click(complete());
                wait.until(d -> !errorMessage("Nama", PREFILLED).isEmpty());
                assertThat(errorMessage("Nama", PREFILLED)).isEqualTo("Wajib diisi.");
                assertThat(errorMessage("Target", PREFILLED)).isEqualTo("Wajib diisi.");
                assertThat(errorMessage("Nama", 0)).as("the prefilled rows are valid").isEmpty();
                wait.until(d -> !complete().isEnabled());
                assertThat(submissions()).as("nothing was sent").isEmpty();
                assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isEqualTo(1);
                WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
                assertThat(refusal.getText()).contains("Terjadi kesalahan saat mengirim formulir tugas");
                refusal.findElement(By.cssSelector("button.close[ng-click^='removeNotification']")).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".page-notifications .alert-danger")));
            });

            step("fill the new row and change a prefilled one", () -> {
                replace(cell("Nama", PREFILLED), NEW_NAME);
                replace(cell("Target", PREFILLED), "7.25");
                replace(cell("Satuan", PREFILLED), "akta");
                replace(cell("Target", 1), "25.75");
                wait.until(d -> errorMessage("Nama", PREFILLED).isEmpty() && errorMessage("Target", PREFILLED).isEmpty());
                wait.until(d -> complete().isEnabled());
            });

            step("a required field emptied in a row disables Complete again", () -> {
                // let form-js take the last typed value first (it passes text on after 300 ms), then focus the row's field
                wait.until(d -> complete().isEnabled());
                click(cell("Nama", PREFILLED));
                clear(cell("Nama", PREFILLED));
                wait.until(d -> "Wajib diisi.".equals(errorMessage("Nama", PREFILLED)));
                wait.until(d -> !complete().isEnabled());
                replace(cell("Nama", PREFILLED), NEW_NAME);
                wait.until(d -> errorMessage("Nama", PREFILLED).isEmpty());
                wait.until(d -> complete().isEnabled());
            });

            step("complete the task", () -> {
                click(complete());
                wait.until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(task)));
                assertThat(driver.findElements(By.cssSelector(".page-notifications .alert-danger"))).as("error notifications").isEmpty();
            });

            // What Tasklist sent: submit-form with the list as one Json variable, its rows holding the form's keys only.
            List<JsonNode> sent = submissions();
            assertThat(sent).hasSize(1);
            JsonNode variables = sent.get(0).path("variables");
            assertThat(iterable(variables.fieldNames())).containsExactlyInAnyOrder(LIST, "catatan");
            assertThat(variables.path(LIST).path("type").asText()).isEqualTo("Json");
            assertThat(variables.path(LIST).path("valueInfo").isObject()).as("the prefill variable's valueInfo, {}").isTrue();
            assertThat(variables.path(LIST).path("value").isTextual()).as("the rows as JSON text").isTrue();
            assertThat(variables.path("catatan")).isEqualTo(json.readTree("{\"value\": \"\"}"));
            assertSubmittedRows(json.readTree(variables.path(LIST).path("value").asText()), prefilled);
        }

        // What the task's completion received: the 13 rows, whole; the engine stored none of it (a transient task-local
        // variable), and the process's own variable is untouched.
        String text = TestListTask.RECEIVED.get(task.getId());
        assertThat(text).as("the list, handed to the task's completion").isNotNull();
        assertThat(text.length()).as("longer than a String variable may be on PostgreSQL (4,000)").isGreaterThan(4_000);
        assertSubmittedRows(json.readTree(text), prefilled);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count())
                .as("nothing of the submission stored in the engine").isZero();
        HistoricVariableInstance processVariable = engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(LIST).list().stream().filter(v -> v.getTaskId() == null)
                .findFirst().orElseThrow();
        assertThat(json.readTree(((SerializableValue) processVariable.getTypedValue()).getValueSerialized()))
                .as("the prefill in the process").isEqualTo(json.readTree(json.writeValueAsString(prefilled)));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getEndTime()).as("the process ended").isNotNull();
    }

    /** The 13 rows: the 12 prefilled with row 2's target changed, and the new one, with the form's keys only. */
    private void assertSubmittedRows(JsonNode rows, ArrayNode prefilled) {
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSize(PREFILLED + 1);
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertThat(iterable(row.fieldNames())).as("row %d: the form's keys, not the prefill's 'kode'", i + 1)
                    .containsExactly("nama", "target", "satuan");
            assertThat(row.get("nama").isTextual()).isTrue();
            assertThat(row.get("target").isNumber()).as("row %d: the target is a JSON number", i + 1).isTrue();
            if (i < PREFILLED) {
                assertThat(row.get("nama").asText()).isEqualTo(prefilled.get(i).get("nama").asText());
                assertThat(row.get("target").decimalValue())
                        .isEqualByComparingTo(i == 1 ? new BigDecimal("25.75") : prefilled.get(i).get("target").decimalValue());
                assertThat(row.get("satuan").asText()).isEqualTo(prefilled.get(i).get("satuan").asText());
            }
        }
        JsonNode added = rows.get(PREFILLED);
        assertThat(added.get("nama").asText()).isEqualTo(NEW_NAME);
        assertThat(added.get("target").decimalValue()).isEqualByComparingTo("7.25");
        assertThat(added.get("satuan").asText()).isEqualTo("akta");
    }

    /** Twelve indicators as an SKP holds them, with long names, and a key ({@code kode}) the form does not have. */
    private ArrayNode prefilledRows() {
        ArrayNode rows = json.createArrayNode();
        for (int i = 1; i <= PREFILLED; i++) {
            ObjectNode row = rows.addObject();
            String name = "Indikator %02d: persentase dokumen kependudukan yang diterbitkan tepat waktu sesuai standar pelayanan, "
                    + "diukur dari permohonan yang lengkap dan sah pada loket pelayanan terpadu, termasuk layanan jemput bola "
                    + "di kecamatan dan desa, serta pengaduan masyarakat yang ditindaklanjuti dalam tiga hari kerja";
            row.put("nama", name.formatted(i)); // 296 characters; the form allows 300
            row.put("target", new BigDecimal(i * 10 + ".5"));
            row.put("satuan", i % 2 == 0 ? "persen" : "dokumen");
            row.put("kode", "IKI-" + i);
        }
        return rows;
    }

    // ---- the browser ----

    private void logIn() {
        HeadlessChromium.signInToTasklist(driver, port, EMPLOYEE, PASSWORD);
    }

    private void openTask(WebDriverWait wait, Task task) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[contains(@class,'task-filter')][.//a[contains(normalize-space(.),'Tugas saya')]]"))).click();
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(taskLink(task)));
        assertThat(link.getText().trim()).isEqualTo("Isi daftar indikator uji");
        link.click();
    }

    private static By taskLink(Task task) {
        return By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + task.getId() + "']");
    }

    /** The input of a row's field: form-js ids are {@code fjs-form-<form>-<component id>_<row index>}. */
    private WebElement cell(String field, int row) {
        return driver.findElement(By.cssSelector("input[id$='-Field_Indikator" + field + "_" + row + "']"));
    }

    private int rowCount() {
        return driver.findElements(By.cssSelector("input[id*='-Field_IndikatorNama_']")).size();
    }

    /** form-js's message under a row's field, empty when there is none. */
    private String errorMessage(String field, int row) {
        return driver.findElements(By.cssSelector("[id$='-Field_Indikator" + field + "_" + row + "-error-message']")).stream()
                .map(WebElement::getText).map(String::trim).findFirst().orElse("");
    }

    private WebElement complete() {
        return driver.findElement(By.cssSelector("[cam-tasklist-task] .form-actions button.btn-primary[ng-click='complete()']"));
    }

    private void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private void replace(WebElement input, String value) {
        FormJsInput.replace(driver, input, value);
    }

    /**
     * Empties a field as a user would and leaves it with Tab. form-js takes typed text after a 300 ms pause and may
     * re-render the field with its old value before that, so the emptying is repeated until the field stays empty.
     */
    private static void clear(WebElement input) {
        for (int attempt = 0; attempt < 5; attempt++) {
            input.click();
            input.sendKeys(Keys.END);
            input.sendKeys(Keys.chord(Keys.SHIFT, Keys.HOME), Keys.BACK_SPACE);
            pause(Duration.ofMillis(600));
            if (input.getDomProperty("value").isEmpty()) {
                break;
            }
        }
        assertThat(input.getDomProperty("value")).isEmpty();
        input.sendKeys(Keys.TAB);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records the bodies of Tasklist's requests (it sends them with XMLHttpRequest). */
    private void recordRequests() {
        script("""
                window.kinerjaTestRequests = [];
                const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
                XMLHttpRequest.prototype.open = function (method, url) { this.kinerjaTestUrl = method + ' ' + url; return open.apply(this, arguments); };
                XMLHttpRequest.prototype.send = function (body) {
                  window.kinerjaTestRequests.push({ url: this.kinerjaTestUrl, body: typeof body === 'string' ? body : null });
                  return send.apply(this, arguments);
                };
                """);
    }

    /** The bodies of the submit-form requests sent so far. */
    private List<JsonNode> submissions() throws Exception {
        JsonNode requests = json.readTree((String) script("return JSON.stringify(window.kinerjaTestRequests)"));
        List<JsonNode> bodies = new ArrayList<>();
        for (JsonNode request : requests) {
            if (request.path("url").asText().matches("POST .*/task/[^/]+/submit-form")) {
                bodies.add(json.readTree(request.path("body").asText()));
            }
        }
        return bodies;
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private HttpResponse<String> anonymousGet(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    // ---- failure evidence ----

    private void step(String name, HeadlessChromium.Step step) {
        HeadlessChromium.step(driver, name, step);
    }
}

package org.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.IdentitySettings;
import org.kinerja.scoring.Predikat;
import org.kinerja.security.AdminAccount;
import org.kinerja.support.BoardBounds;
import org.kinerja.support.ClusterCycle;
import org.kinerja.support.CycleForms;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresTestServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo, walked to its end as its users walk it (issue 14): the application starts as {@code run} starts it with the
 * demo data (profile {@code demo}, here on PostgreSQL as {@code postgres,demo}, in a database of its own), so that the
 * {@link DemoDataSeeder} seeds the Disdukcapil Kota Sabang and its indicator templates. Then, over HTTP only, with the
 * logins and passwords the {@link DemoLoginBanner} prints: the HR admin starts the cycle as the banner says (unit
 * {@code DISDUKCAPIL}, reminder PT2M, escalation PT5M); every task is claimed and submitted through the Camunda REST
 * API ({@code submit-form}) by the person it belongs to ({@link ClusterCycle}, a cluster of this one application); a
 * committee member changes one predikat on the calibration board and the committee confirms, which publishes; one
 * employee appeals (keberatan) and the Atasan Pejabat Penilai changes the predikat.
 *
 * <p>Then: every demo employee's SKP started from their position's template (no empty SKP); the board marks the
 * appealed change; the addendum PDF lists it; every process of the cycle ended, with no incident and no failed job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.banner-mode=off")
@ActiveProfiles({"postgres", "demo"})
class DemoWalkThroughIntegrationTests {

    static final String DATABASE = "demo_walk";
    static final Duration PHASE_TIMEOUT = Duration.ofMinutes(10);
    static final Set<String> OUTCOME_TASKS = Set.of("Task_ViewResult", "Task_DecideAppeal", "Task_DraftCoachingPlan",
            "Task_AcknowledgeCoachingPlan", "Task_ReviewCoachingProgress", "Task_ReviewSanction");
    static final String APPEAL_REASON = "Capaian layanan KTP-el saya melampaui target; mohon ditinjau kembali.";
    static final String DECISION_REASON = "Bukti capaian layanan terverifikasi melampaui target.";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
    }

    @LocalServerPort
    int port;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;
    @Autowired
    AdminAccount admin;
    @Autowired
    IdentitySettings identity;

    /** This application's engine is the one the REST API calls "default" (the shared test application has one too). */
    @org.junit.jupiter.api.BeforeEach
    void serveThisEngine() {
        org.kinerja.support.PostgresApplicationTest.serve(engine);
    }

    /** Each demo employee's SKP as the drafting form first showed it (the rows of its indicator list). */
    final Map<String, JsonNode> firstDrafts = new ConcurrentHashMap<>();
    /** The appellant (NIP) and the predikat the appeal gives them; chosen after publication. */
    volatile String appellant;
    volatile Predikat appealed;

    @Test
    void shouldWalkTheDemoCycleToTheAppealedChangeOnTheBoardAndInTheAddendum() throws Exception {
        GeneratedOrganisation demo = demoOrganisation();
        List<String> nips = demo.employees().stream().map(e -> e[0]).toList();
        Map<String, Integer> indexOf = new HashMap<>();
        nips.forEach(nip -> indexOf.put(nip, indexOf.size()));
        String password = identity.initialPassword();
        long started = System.nanoTime();
        try (ClusterCycle cycle = new ClusterCycle(List.of(ClusterCycle.Node.inThisJvm(port)), demo, admin.password(), password,
                PHASE_TIMEOUT)) {
            cycle.withForms((key, subject, actor, shown) -> form(key, subject, shown, indexOf));

            // the HR admin starts the cycle as the banner says
            String cycleInstance = cycle.startCycle("Penilaian Kinerja Disdukcapil", "PT2M", "PT5M");
            cycle.awaitIdle();
            assertThat(cycle.count("/engine-rest/task/count?processDefinitionKey=EmployeeAppraisalProcess&taskDefinitionKey=Task_DraftTargets"))
                    .as("every demo employee at the first task").isEqualTo(nips.size());

            cycle.completeAll(Set.of("Task_DraftTargets", "Task_ApproveTargets"), done -> { });
            assertThat(firstDrafts.keySet()).as("every demo employee drafted their SKP").containsExactlyInAnyOrderElementsOf(nips);
            Map<String, List<String>> templates = templateIndicators();
            demo.employees().forEach(e -> assertThat(firstDrafts.get(e[0])).extracting(row -> row.path("name").asText())
                    .as("the first SKP of %s (%s): its position's template", e[0], e[3]).containsExactlyElementsOf(templates.getOrDefault(e[3], List.of())));

            cycle.completeAll(Set.of("Task_ReportProgress", "Task_GiveProgressFeedback"), done -> { });
            cycle.completeAll(Set.of("Task_SelfAssessment"), done -> { });
            cycle.completeAll(Set.of("Task_RatePeer", "Task_ReviewBySupervisor"), done -> { });
            cycle.completeAll(Set.of("Task_SetOrganisationRating"), done -> { });

            // the committee on the calibration board: one change, within the curve's bounds
            long cycleId = cycleId(cycle, cycleInstance, admin);
            String member = cycle.committeeMember();
            Http committee = new Http(port);
            assertThat(committee.pageLogin(member, password).headers().firstValue("Location").orElse(""))
                    .as("committee member signs in").doesNotContain("gagal");
            JsonNode board = board(committee, cycleId, "");
            assertThat(board.path("rows")).as("every demo employee on the board").hasSize(nips.size());
            String changedOnBoard = calibrate(committee, cycleId, board, member);

            cycle.completeAll(Set.of("Task_CalibrateResults"), done -> { });
            cycle.awaitIdle();
            assertThat(committee.getBytes("/kalibrasi/" + cycleId + "/penetapan.pdf").statusCode()).as("the decision published")
                    .isEqualTo(200);

            // one employee appeals the published predikat; the Atasan Pejabat Penilai changes it
            JsonNode published = board(committee, cycleId, "");
            JsonNode appellantRow = appellant(published, demo, member, changedOnBoard);
            Predikat before = Predikat.valueOf(appellantRow.path("finalPredikat").asText());
            appealed = before == Predikat.SANGAT_BAIK ? Predikat.BAIK : Predikat.values()[before.ordinal() - 1];
            appellant = appellantRow.path("nip").asText();
            cycle.completeAll(OUTCOME_TASKS, done -> { });
            cycle.awaitIdle();

            // the board marks the change; the decision stays as published
            JsonNode row = board(committee, cycleId, "&cari=" + appellant).path("rows").get(0);
            assertThat(row.path("nip").asText()).isEqualTo(appellant);
            assertThat(row.path("finalPredikat").asText()).as("the decision as published").isEqualTo(before.name());
            assertThat(row.path("appealPredikat").asText()).as("the predikat after the appeal").isEqualTo(appealed.name());
            assertThat(row.path("appealReason").asText()).isEqualTo(DECISION_REASON);

            // the addendum lists it: the employee, the old and the new predikat
            HttpResponse<byte[]> addendum = committee.getBytes("/kalibrasi/" + cycleId + "/perubahan-keberatan.pdf");
            assertThat(addendum.statusCode()).as("the addendum").isEqualTo(200);
            assertThat(addendum.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            String text = pdfText(addendum.body());
            String cells = text.replaceAll("\\s+", "");
            assertThat(text).contains("PERUBAHAN SETELAH KEBERATAN");
            assertThat(cells).as("in the table's cells, whatever their line breaks").contains(appellant)
                    .contains(appellantRow.path("name").asText().replaceAll("\\s+", ""))
                    .contains(before.label().replaceAll("\\s+", "")).contains(appealed.label().replaceAll("\\s+", ""))
                    .contains(DECISION_REASON.replaceAll("\\s+", ""));

            // every process of the cycle ended; nothing failed on the way
            assertThat(cycle.count("/engine-rest/process-instance/count?processDefinitionKeyIn=AppraisalCycleProcess,"
                    + "EmployeeAppraisalProcess,AppraisalOutcomeProcess")).as("processes of the cycle still running").isZero();
            assertThat(cycle.count("/engine-rest/history/process-instance/count?processInstanceId=" + cycleInstance + "&finished=true"))
                    .as("the cycle reached its end").isEqualTo(1);
            for (String process : List.of("EmployeeAppraisalProcess", "AppraisalOutcomeProcess")) {
                assertThat(cycle.count("/engine-rest/history/process-instance/count?processDefinitionKey=" + process + "&finished=true"))
                        .as("%s ended for every demo employee", process).isEqualTo(nips.size());
            }
            assertThat(cycle.count("/engine-rest/incident/count")).as("incidents").isZero();
            assertThat(cycle.count("/engine-rest/job/count?withException=true")).as("failed jobs").isZero();
            System.out.printf("[demo-walk] %d employees, %d indicators in their first SKPs; changed on the board: %s; appeal of %s: %s -> %s;"
                    + " %.0f s%n", nips.size(), firstDrafts.values().stream().mapToInt(JsonNode::size).sum(), changedOnBoard, appellant,
                    before, appealed, (System.nanoTime() - started) / 1e9);
        }
    }

    /** What each person sends: the demo's SKPs as their templates made them, and the one appeal. */
    private String form(String key, String subject, JsonNode shown, Map<String, Integer> indexOf) {
        int[] performance = CycleForms.performance(indexOf.getOrDefault(subject, 0));
        switch (key) {
            case "Task_DraftTargets" -> {
                JsonNode rows = CycleForms.indicatorsShown(shown);
                if (firstDrafts.putIfAbsent(subject, rows) == null) {
                    assertStartsFromItsTemplate(subject, rows);
                }
            }
            case "Task_ViewResult" -> {
                if (subject.equals(appellant)) {
                    return CycleForms.form(Map.of("resultDecision", "APPEAL", "appealReason", APPEAL_REASON));
                }
            }
            case "Task_DecideAppeal" -> {
                assertThat(subject).as("whose appeal is decided").isEqualTo(appellant);
                assertThat(shown.path("appealReason").path("value").asText()).isEqualTo(APPEAL_REASON);
                return CycleForms.form(Map.of("appealDecision", "CHANGE", "newPredikat", appealed.name(), "decisionReason", DECISION_REASON));
            }
            default -> {
                // as CycleForms has it
            }
        }
        return CycleForms.submissionByTargets(key, performance, shown);
    }

    /** The SKP as the drafting form first shows it: the indicators of the position's template, none empty. */
    private static void assertStartsFromItsTemplate(String nip, JsonNode rows) {
        assertThat(rows).as("the SKP of %s as the form first showed it", nip).isNotEmpty().allSatisfy(row -> {
            assertThat(row.path("rhk").asText("")).as("the RHK of an indicator of %s", nip).isNotBlank();
            assertThat(row.path("name").asText("")).as("an indicator of %s", nip).isNotBlank();
            assertThat(row.path("unit").asText("")).as("the unit of an indicator of %s", nip).isNotBlank();
            assertThat(Double.parseDouble(row.path("target").asText("0"))).as("a target of %s", nip).isPositive();
        });
    }

    /** A committee member changes one other employee's predikat, keeping every bound met; returns that employee's NIP. */
    private static String calibrate(Http committee, long cycleId, JsonNode board, String member) {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(committee.get("/kalibrasi/" + cycleId, null, null).body());
        assertThat(token.find()).as("CSRF token on the board").isTrue();
        BoardBounds bounds = BoardBounds.of(board);
        for (JsonNode row : board.path("rows")) {
            String from = row.path("finalPredikat").asText();
            String to = List.of("BAIK", "SANGAT_BAIK", "BUTUH_PERBAIKAN").stream().filter(p -> !p.equals(from))
                    .filter(p -> bounds.allows(from, p)).findFirst().orElse(null);
            if (row.path("nip").asText().equals(member) || to == null) {
                continue;
            }
            String body = "{\"employeeId\":" + row.path("employeeId").asLong() + ",\"predikat\":\"" + to
                    + "\",\"reason\":\"Disesuaikan dengan capaian layanan seksi dalam rapat tim penilai.\"}";
            HttpResponse<String> answer = committee.sendWithHeader("POST", "/kalibrasi/" + cycleId + "/perubahan", "application/json", body,
                    "X-CSRF-TOKEN", token.group(1));
            assertThat(answer.statusCode()).as("change on the board: %s", answer.body()).isEqualTo(200);
            return row.path("nip").asText();
        }
        throw new AssertionError("no change within the bounds on the board: " + board);
    }

    /** A staff member (no subordinates, not the committee's, not changed on the board) who appeals. */
    private static JsonNode appellant(JsonNode board, GeneratedOrganisation demo, String member, String changedOnBoard) {
        Set<String> supervisors = new java.util.HashSet<>();
        demo.employees().forEach(e -> supervisors.add(e[5]));
        for (JsonNode row : board.path("rows")) {
            String nip = row.path("nip").asText();
            if (!supervisors.contains(nip) && !nip.equals(member) && !nip.equals(changedOnBoard)
                    && !row.path("finalPredikat").asText().equals(Predikat.SANGAT_KURANG.name())) {
                return row;
            }
        }
        throw new AssertionError("no staff member to appeal on the board: " + board);
    }

    private static JsonNode board(Http committee, long cycleId, String filter) {
        HttpResponse<String> data = committee.get("/kalibrasi/" + cycleId + "/data?ukuran=200" + filter, null, null);
        assertThat(data.statusCode()).as("board: %s", data.body()).isEqualTo(200);
        return CycleForms.read(data.body());
    }

    private static long cycleId(ClusterCycle cycle, String cycleInstance, AdminAccount admin) {
        HttpResponse<String> variable = cycle.call(h -> h.get("/engine-rest/process-instance/" + cycleInstance + "/variables/cycleId",
                admin.user(), admin.password()));
        assertThat(variable.statusCode()).as("the cycle's id: %s", variable.body()).isEqualTo(200);
        return CycleForms.read(variable.body()).path("value").asLong();
    }

    /** The indicators of each position's template, as the demo's bundled file has them. */
    private static Map<String, List<String>> templateIndicators() throws IOException {
        Map<String, List<String>> names = new HashMap<>();
        for (JsonNode template : new com.fasterxml.jackson.databind.ObjectMapper().readTree(DemoOrganization.read(DemoOrganization.TEMPLATES))) {
            List<String> items = new ArrayList<>();
            template.path("items").forEach(item -> items.add(item.path("name").asText()));
            names.put(template.path("position").asText(), items);
        }
        return names;
    }

    /** The demo organisation as {@code run} seeds it: the bundled CSV files. */
    private static GeneratedOrganisation demoOrganisation() {
        List<String[]> units = rows(DemoOrganization.UNITS);
        List<String[]> employees = rows(DemoOrganization.EMPLOYEES);
        String hrAdmin = employees.stream().filter(e -> e[6].contains("admin-bkpsdm")).map(e -> e[0]).findFirst().orElseThrow();
        return new GeneratedOrganisation(units.get(0)[0], units, employees, hrAdmin);
    }

    private static List<String[]> rows(String file) {
        String csv = new String(DemoOrganization.read(file), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            List<String[]> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.values());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
    }
}

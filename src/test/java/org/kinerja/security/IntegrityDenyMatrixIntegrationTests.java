package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.ProcessTestSupport.HEAD;
import static org.kinerja.support.ProcessTestSupport.HR_ADMIN;
import static org.kinerja.support.ProcessTestSupport.STAFF_FIVE;
import static org.kinerja.support.ProcessTestSupport.STAFF_FOUR;
import static org.kinerja.support.ProcessTestSupport.STAFF_ONE;
import static org.kinerja.support.ProcessTestSupport.STAFF_THREE;
import static org.kinerja.support.ProcessTestSupport.STAFF_TWO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.appraisal.AppraisalAssignment;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deny matrix of Kinerja's integrity rules, over real HTTP on PostgreSQL: who (employee, the rated employee, a
 * peer, the supervisor, the head, the HR admin, the technical admin, anonymous) may do what to which resource through
 * the Camunda REST API, Tasklist's API, and Kinerja's own API and pages.
 *
 * <p>The state is set up once and is realistic: cycle 1 (unit SEK-A1) with STAFF_ONE's appraisal waiting at
 * {@code Task_DraftTargets} and STAFF_TWO's walked to the parallel {@code Task_RatePeer} ∥ {@code Task_ReviewBySupervisor}
 * stage (peers STAFF_ONE, STAFF_THREE, STAFF_FOUR); cycle 2 (the whole organisation, another year) with the head's
 * {@code Task_ApproveTargets} offered to the HR admins and STAFF_TWO's waiting for the supervisor.
 *
 * <p>Every case gives the exact expected status and is followed by a check that nothing changed: a fingerprint of the
 * engine's runtime tables (tasks, variables, identity links, authorizations, jobs, executions, users, groups,
 * memberships, deployments, comments, attachments, …) and of Kinerja's tables (appraisals, acting assignments,
 * notifications, …), taken before and after the request, must be equal. Some cases check more (the message names the
 * refused field; no peer NIP in the answer). No case may answer 500.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityDenyMatrixIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String ADMIN_PASSWORD = "Rahasia-Uji-2026!";
    /** A task id that never existed (Camunda's ids here are UUIDs). */
    static final String UNKNOWN_TASK = "0badc0de-0000-4000-8000-000000000000";
    /** An empty java.util.ArrayList in Java serialisation, base64: what an attacker would send as an "Object" value. */
    static final String JAVA_SERIALISED_LIST = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";
    static final ObjectMapper JSON = new ObjectMapper();

    /** The people of the matrix (the fixture organisation of {@link ProcessTestSupport}). */
    enum Who {
        /** STAFF_ONE: an employee with an own open SKP task; also one of the rated employee's peers. */
        STAFF(STAFF_ONE),
        /** STAFF_TWO: the rated employee, whose appraisal waits for peers and supervisor. */
        RATED(STAFF_TWO),
        /** STAFF_THREE: another peer of the rated employee. */
        PEER(STAFF_THREE),
        /** STAFF_FIVE: an employee of another seksi, neither peer nor supervisor of anyone here. */
        OUTSIDER(STAFF_FIVE),
        SUPERVISOR(ProcessTestSupport.SUPERVISOR),
        HEAD(ProcessTestSupport.HEAD),
        /** admin-bkpsdm. */
        HR(HR_ADMIN),
        /** camunda-admin. */
        TECH_ADMIN("admin"),
        ANONYMOUS(null);

        final String login;

        Who(String login) {
            this.login = login;
        }

        String password() {
            return login == null ? null : this == TECH_ADMIN ? ADMIN_PASSWORD : PASSWORD;
        }
    }

    /** HTTP Basic (Camunda REST, Kinerja's API) or the webapp session shared by Tasklist and Kinerja's pages. */
    enum Door {
        BASIC, SESSION
    }

    /** A check of the answer or of the state after it. */
    @FunctionalInterface
    interface Check {
        void verify(HttpResponse<String> response) throws Exception;
    }

    /** One row of the matrix. */
    record Case(String section, String name, Who who, Door door, String method, String path, String contentType, byte[] body,
            Set<Integer> expected, List<Check> checks) {

        String title() {
            return section + " | " + who + " " + method + " " + path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}") + " → "
                    + expected + " | " + name;
        }
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
    AppraisalAssignment assignment;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    ProcessTestSupport support;
    Http http;
    final Map<Who, Http> sessions = new LinkedHashMap<>();

    // cycle 1 (SEK-A1): STAFF_ONE at Task_DraftTargets, STAFF_TWO at the parallel peer/supervisor stage
    ProcessInstance cycle1;
    ProcessInstance staffOneAppraisal;
    ProcessInstance ratedAppraisal;
    String draftTask;
    Map<String, String> draftTaskLocals;
    Map<String, String> staffOneProcessVariables;
    String reviewTask;
    String peerTaskOfStaffOne;
    String peerTaskOfPeer;
    String finishedTask;
    List<String> ratedPeers;
    List<String> staffOnePeers;
    // cycle 2 (DINAS, another year): the head's Task_ApproveTargets offered to admin-bkpsdm, STAFF_TWO's at the supervisor
    ProcessInstance cycle2;
    ProcessInstance headAppraisal;
    ProcessInstance ratedAppraisal2;
    String headApproveTask;
    String ratedApproveTask;
    String supervisorOwnApproveTask;
    String hrOwnApproveTask;
    // engine objects
    String historyCleanupJob;
    String jobDefinition;
    long staffOneNotification;

    final AtomicInteger cases = new AtomicInteger();
    final AtomicInteger asExpected = new AtomicInteger();
    final AtomicInteger deniedAsExpected = new AtomicInteger();
    final AtomicInteger serverErrors = new AtomicInteger();
    final Map<Integer, Integer> statusCounts = new TreeMap<>();

    @BeforeAll
    void realisticState() throws Exception {
        // before the @BeforeEach that does it: the webapps' logins below ask Camunda's registry for the engine, which
        // may still name the engine of an application a previous test class started (e.g. the demo walk-through's)
        serve(engine);
        support = new ProcessTestSupport(engine, units, employees);
        http = new Http(port);

        cycle1 = support.startCycle("SEK-A1", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        staffOneAppraisal = support.appraisalOf(cycle1, STAFF_ONE);
        ratedAppraisal = support.appraisalOf(cycle1, STAFF_TWO);
        finishedTask = support.task(ratedAppraisal, "Task_DraftTargets").getId();
        walkToPeerAndSupervisorStage(ratedAppraisal);

        draftTask = support.task(staffOneAppraisal, "Task_DraftTargets").getId();
        assertThat(taskAssignee(draftTask)).isEqualTo(STAFF_ONE);
        draftTaskLocals = normalised(engine.getTaskService().getVariablesLocal(draftTask));
        staffOneProcessVariables = normalised(engine.getRuntimeService().getVariables(staffOneAppraisal.getId()));
        reviewTask = support.task(ratedAppraisal, "Task_ReviewBySupervisor").getId();
        assertThat(taskAssignee(reviewTask)).isEqualTo(ProcessTestSupport.SUPERVISOR);
        List<Task> peerTasks = support.tasks(ratedAppraisal, "Task_RatePeer");
        ratedPeers = peerTasks.stream().map(Task::getAssignee).sorted().toList();
        assertThat(ratedPeers).as("the rated employee's peers: the rest of seksi A1")
                .containsExactlyInAnyOrder(STAFF_ONE, STAFF_THREE, STAFF_FOUR);
        peerTaskOfStaffOne = peerTasks.stream().filter(t -> STAFF_ONE.equals(t.getAssignee())).findFirst().orElseThrow().getId();
        peerTaskOfPeer = peerTasks.stream().filter(t -> STAFF_THREE.equals(t.getAssignee())).findFirst().orElseThrow().getId();
        staffOnePeers = peersOf(staffOneAppraisal);
        assertThat(staffOnePeers).containsExactlyInAnyOrder(STAFF_TWO, STAFF_THREE, STAFF_FOUR);

        cycle2 = support.startCycle("DINAS", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        headAppraisal = support.appraisalOf(cycle2, HEAD);
        support.submit(support.task(headAppraisal, "Task_DraftTargets"), skpValues());
        headApproveTask = support.task(headAppraisal, "Task_ApproveTargets").getId();
        assertThat(taskAssignee(headApproveTask)).isNull();
        assertThat(engine.getTaskService().getIdentityLinksForTask(headApproveTask)).extracting(IdentityLink::getGroupId)
                .contains("admin-bkpsdm");
        ratedAppraisal2 = support.appraisalOf(cycle2, STAFF_TWO);
        support.submit(support.task(ratedAppraisal2, "Task_DraftTargets"), skpValues());
        ratedApproveTask = support.task(ratedAppraisal2, "Task_ApproveTargets").getId();
        assertThat(taskAssignee(ratedApproveTask)).isEqualTo(ProcessTestSupport.SUPERVISOR);
        supervisorOwnApproveTask = draftAndWaitForApproval(cycle2, ProcessTestSupport.SUPERVISOR);
        assertThat(taskAssignee(supervisorOwnApproveTask)).isEqualTo(HEAD);
        hrOwnApproveTask = draftAndWaitForApproval(cycle2, HR_ADMIN);
        assertThat(taskAssignee(hrOwnApproveTask)).isEqualTo(HEAD);

        List<Job> cleanupJobs = engine.getHistoryService().findHistoryCleanupJobs();
        assertThat(cleanupJobs).as("history cleanup is scheduled (batch window configured)").isNotEmpty();
        historyCleanupJob = cleanupJobs.get(0).getId();
        jobDefinition = engine.getManagementService().createJobDefinitionQuery().processDefinitionKey("EmployeeAppraisalProcess")
                .list().get(0).getId();
        notifications.notify(STAFF_ONE, NotificationKind.TASK_REMINDER, "DENY-MATRIX:" + System.nanoTime(),
                "Pengingat: Susun target SKP", "Tugas menunggu Anda.");
        staffOneNotification = jdbc.queryForObject("select max(id) from notification where recipient_id = ?", Long.class, STAFF_ONE);

        for (Who who : List.of(Who.STAFF, Who.RATED, Who.SUPERVISOR, Who.HR)) {
            Http session = new Http(port);
            assertThat(session.webappLogin("tasklist", who.login, who.password()).statusCode()).as("Tasklist login " + who).isEqualTo(200);
            // The login starts a new session; its CSRF token comes with the next page request, as in the browser.
            assertThat(session.webappGet("/camunda/api/admin/auth/user/default").body()).contains(who.login);
            sessions.put(who, session);
        }
    }

    @AfterAll
    void summary() {
        System.out.printf("%nDeny matrix: %d cases, %d answered as expected (%d denied as expected, %d controls allowed), "
                + "%d answered 500; statuses %s%n", cases.get(), asExpected.get(), deniedAsExpected.get(),
                asExpected.get() - deniedAsExpected.get(), serverErrors.get(), statusCounts);
        assertThat(serverErrors.get()).as("answers with status 500").isZero();
    }

    // ------------------------------------------------------------------------------------------------------------------
    // The matrix
    // ------------------------------------------------------------------------------------------------------------------

    @TestFactory
    List<DynamicTest> denyMatrix() {
        List<Case> matrix = new ArrayList<>();
        matrix.addAll(variableInjection());
        matrix.addAll(selfApprovalAndActingForOthers());
        matrix.addAll(peerAnonymity());
        matrix.addAll(engineOperations());
        matrix.addAll(unknownAndFinishedTasks());
        matrix.addAll(kinerjaApiAndPages());
        assertThat(matrix).hasSizeGreaterThanOrEqualTo(90);
        assertThat(matrix.stream().map(Case::title).distinct().count()).as("every row is distinct").isEqualTo(matrix.size());
        return matrix.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> run(c))).toList();
    }

    /** 1. Variable injection and typed-value tricks on the employee's own task; variables set directly. */
    List<Case> variableInjection() {
        String s = "1 injection";
        String own = rest("/task/" + draftTask);
        String web = tasklist("/task/" + draftTask);
        String otherAppraisalId = String.valueOf(engine.getRuntimeService().getVariable(ratedAppraisal.getId(), "appraisalId"));
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("supervisorNip", typed("\"" + STAFF_ONE + "\"", "String"));
        extras.put("appraisalId", typed(otherAppraisalId, "Long"));
        extras.put("peerNips", typed("\"[]\"", "Json"));
        extras.put("peerCount", typed("0", "Integer"));
        extras.put("targetsApproved", typed("true", "Boolean"));
        extras.put("employeeNip", typed("\"" + STAFF_TWO + "\"", "String"));
        List<Case> rows = new ArrayList<>();
        for (Map.Entry<String, String> extra : extras.entrySet()) {
            String body = skpWith(Map.of(extra.getKey(), extra.getValue()));
            for (String action : List.of("submit-form", "complete")) {
                rows.add(row(s, "extra '" + extra.getKey() + "' with a complete SKP is refused", Who.STAFF, "POST",
                        own + "/" + action, body, 400, names(extra.getKey()), draftUntouched()));
            }
            rows.add(row(s, "Tasklist: extra '" + extra.getKey() + "' is refused", Who.STAFF, Door.SESSION, "POST",
                    web + "/submit-form", body, 400, names(extra.getKey()), draftUntouched()));
        }
        rows.add(row(s, "resolve with extra 'supervisorNip'", Who.STAFF, "POST", own + "/resolve",
                skpWith(Map.of("supervisorNip", extras.get("supervisorNip"))), 400, names("supervisorNip"), draftUntouched()));
        rows.add(row(s, "resolve with extra 'targetsApproved'", Who.STAFF, "POST", own + "/resolve",
                skpWith(Map.of("targetsApproved", extras.get("targetsApproved"))), 400, names("targetsApproved"), draftUntouched()));
        rows.add(row(s, "a field of the supervisor's form ('targetsDecision') on the own SKP", Who.STAFF, "POST", own + "/submit-form",
                skpWith(Map.of("targetsDecision", typed("\"APPROVE\"", "String"))), 400, names("targetsDecision"), draftUntouched()));
        rows.add(row(s, "resolve the own task that nobody delegated (it would drop the assignee)", Who.STAFF, "POST", own + "/resolve",
                skpWith(Map.of()), 409, draftUntouched()));
        rows.add(row(s, "Tasklist: resolve the own task that nobody delegated", Who.STAFF, Door.SESSION, "POST", web + "/resolve",
                "{\"variables\":{}}", 409, draftUntouched()));

        Map<String, String> badValues = new LinkedHashMap<>();
        badValues.put("Java-serialised Object", "{\"value\":\"" + JAVA_SERIALISED_LIST + "\",\"type\":\"Object\",\"valueInfo\":"
                + "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}");
        badValues.put("Bytes", "{\"value\":\"SGFsbyBkdW5pYQ==\",\"type\":\"Bytes\"}");
        badValues.put("File", "{\"value\":\"SGFsbyBkdW5pYQ==\",\"type\":\"File\",\"valueInfo\":{\"filename\":\"bukti.txt\","
                + "\"mimeType\":\"text/plain\",\"encoding\":\"UTF-8\"}}");
        badValues.put("invalid JSON of type Json", "{\"value\":\"{tidak sah\",\"type\":\"Json\"}");
        badValues.put("a row with a key the list does not have", typed(SkpRows.jsonString(
                "[{\"rhk\":\"Terlayaninya pemohon\",\"supervisorNip\":\"" + STAFF_ONE + "\"}]"), "Json"));
        for (Map.Entry<String, String> bad : badValues.entrySet()) {
            rows.add(row(s, "form field '" + SkpRows.LIST + "' as " + bad.getKey(), Who.STAFF, "POST", own + "/submit-form",
                    skpWith(Map.of(SkpRows.LIST, bad.getValue())), 400, names(SkpRows.LIST), draftUntouched()));
            rows.add(row(s, "complete: form field '" + SkpRows.LIST + "' as " + bad.getKey(), Who.STAFF, "POST", own + "/complete",
                    skpWith(Map.of(SkpRows.LIST, bad.getValue())), 400, names(SkpRows.LIST), draftUntouched()));
        }
        rows.add(row(s, "Tasklist: form field '" + SkpRows.LIST + "' as a Java-serialised Object", Who.STAFF, Door.SESSION, "POST",
                web + "/submit-form", skpWith(Map.of(SkpRows.LIST, badValues.get("Java-serialised Object"))), 400, names(SkpRows.LIST),
                draftUntouched()));

        String pi = staffOneAppraisal.getId();
        String variable = "{\"value\":\"" + STAFF_ONE + "\",\"type\":\"String\"}";
        String modification = "{\"modifications\":{\"supervisorNip\":" + variable + "},\"deletions\":[\"appraisalId\"]}";
        rows.add(row(s, "set a task variable directly", Who.STAFF, "PUT", own + "/variables/supervisorNip", variable, 403, draftUntouched()));
        rows.add(row(s, "modify task variables directly", Who.STAFF, "POST", own + "/variables", modification, 403, draftUntouched()));
        rows.add(row(s, "delete a task variable", Who.STAFF, "DELETE", own + "/variables/" + SkpRows.LIST, null, 403, draftUntouched()));
        rows.add(row(s, "set a task-local variable directly", Who.STAFF, "PUT", own + "/localVariables/supervisorNip", variable, 403,
                draftUntouched()));
        rows.add(row(s, "modify task-local variables directly", Who.STAFF, "POST", own + "/localVariables", modification, 403,
                draftUntouched()));
        rows.add(row(s, "Tasklist: modify task variables directly", Who.STAFF, Door.SESSION, "POST", web + "/variables", modification,
                403, draftUntouched()));
        rows.add(row(s, "set a process variable", Who.STAFF, "PUT", rest("/process-instance/" + pi + "/variables/supervisorNip"),
                variable, 403, draftUntouched()));
        rows.add(row(s, "modify process variables", Who.STAFF, "POST", rest("/process-instance/" + pi + "/variables"), modification, 403,
                draftUntouched()));
        rows.add(row(s, "delete a process variable", Who.STAFF, "DELETE", rest("/process-instance/" + pi + "/variables/employeeNip"), null,
                403, draftUntouched()));
        rows.add(row(s, "set an execution variable", Who.STAFF, "PUT", rest("/execution/" + pi + "/localVariables/supervisorNip"),
                variable, 403, draftUntouched()));
        rows.add(row(s, "modify execution variables", Who.STAFF, "POST", rest("/execution/" + pi + "/localVariables"), modification,
                403, draftUntouched()));
        rows.add(row(s, "HR sets a process variable of an appraisal", Who.HR, "PUT",
                rest("/process-instance/" + ratedAppraisal.getId() + "/variables/targetsApproved"),
                "{\"value\":true,\"type\":\"Boolean\"}", 403));
        rows.add(row(s, "throw a BPMN error from the own task", Who.STAFF, "POST", own + "/bpmnError",
                "{\"errorCode\":\"SKP_DITOLAK\",\"variables\":{\"targetsApproved\":{\"value\":true}}}", 403, draftUntouched()));
        rows.add(row(s, "throw a BPMN escalation from the own task", Who.STAFF, "POST", own + "/bpmnEscalation",
                "{\"escalationCode\":\"ESKALASI\"}", 403, draftUntouched()));
        return rows;
    }

    /** 2. Self-approval, acting on others' tasks, claiming for others, reassigning. */
    List<Case> selfApprovalAndActingForOthers() {
        String s = "2 acting for others";
        List<Case> rows = new ArrayList<>();
        String approve = rest("/task/" + ratedApproveTask);
        String review = rest("/task/" + reviewTask);
        String headApprove = rest("/task/" + headApproveTask);
        String approveForm = form(Map.of("targetsDecision", typed("\"APPROVE\"", "String")));
        String reviewForm = reviewForm();
        String peerForm = ratingsForm();

        rows.add(row(s, "rated employee submits own supervisor's Setujui target SKP", Who.RATED, "POST", approve + "/submit-form",
                approveForm, 403, stillHeldBy(ratedApproveTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee completes own supervisor's Setujui target SKP", Who.RATED, "POST", approve + "/complete",
                approveForm, 403, stillHeldBy(ratedApproveTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee claims own supervisor's Setujui target SKP", Who.RATED, "POST", approve + "/claim",
                claimFor(STAFF_TWO), 403, stillHeldBy(ratedApproveTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "Tasklist: rated employee submits own supervisor's Setujui target SKP", Who.RATED, Door.SESSION, "POST",
                tasklist("/task/" + ratedApproveTask + "/submit-form"), approveForm, 403,
                stillHeldBy(ratedApproveTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "the supervisor's supervisor approves in the supervisor's place", Who.HEAD, "POST", approve + "/submit-form",
                approveForm, 403, stillHeldBy(ratedApproveTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "the supervisor approves their own SKP", Who.SUPERVISOR, "POST",
                rest("/task/" + supervisorOwnApproveTask + "/submit-form"), approveForm, 403, stillHeldBy(supervisorOwnApproveTask, HEAD)));
        rows.add(row(s, "the supervisor claims the approval of their own SKP", Who.SUPERVISOR, "POST",
                rest("/task/" + supervisorOwnApproveTask + "/claim"), claimFor(ProcessTestSupport.SUPERVISOR), 403,
                stillHeldBy(supervisorOwnApproveTask, HEAD)));
        rows.add(row(s, "HR approves her own SKP", Who.HR, "POST", rest("/task/" + hrOwnApproveTask + "/complete"), approveForm, 403,
                stillHeldBy(hrOwnApproveTask, HEAD)));
        rows.add(row(s, "HR claims the approval of her own SKP", Who.HR, "POST", rest("/task/" + hrOwnApproveTask + "/claim"),
                claimFor(HR_ADMIN), 403, stillHeldBy(hrOwnApproveTask, HEAD)));
        rows.add(row(s, "rated employee submits own supervisor's Nilai kinerja pegawai", Who.RATED, "POST", review + "/submit-form",
                reviewForm, 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee completes own supervisor's Nilai kinerja pegawai", Who.RATED, "POST", review + "/complete",
                reviewForm, 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee claims own supervisor's Nilai kinerja pegawai", Who.RATED, "POST", review + "/claim",
                claimFor(STAFF_TWO), 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "Tasklist: rated employee submits own supervisor's Nilai kinerja pegawai", Who.RATED, Door.SESSION, "POST",
                tasklist("/task/" + reviewTask + "/submit-form"), reviewForm, 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee rates themselves on a peer's task", Who.RATED, "POST",
                rest("/task/" + peerTaskOfStaffOne + "/submit-form"), peerForm, 403, stillHeldBy(peerTaskOfStaffOne, STAFF_ONE)));
        rows.add(row(s, "a peer completes another peer's rating task", Who.PEER, "POST", rest("/task/" + peerTaskOfStaffOne + "/complete"),
                peerForm, 403, stillHeldBy(peerTaskOfStaffOne, STAFF_ONE)));
        rows.add(row(s, "a peer submits another peer's rating task", Who.PEER, "POST",
                rest("/task/" + peerTaskOfStaffOne + "/submit-form"), peerForm, 403, stillHeldBy(peerTaskOfStaffOne, STAFF_ONE)));
        rows.add(row(s, "an outsider completes a peer's rating task", Who.OUTSIDER, "POST", rest("/task/" + peerTaskOfPeer + "/complete"),
                peerForm, 403, stillHeldBy(peerTaskOfPeer, STAFF_THREE)));
        rows.add(row(s, "a peer claims another peer's rating task", Who.STAFF, "POST", rest("/task/" + peerTaskOfPeer + "/claim"),
                claimFor(STAFF_ONE), 403, stillHeldBy(peerTaskOfPeer, STAFF_THREE)));

        rows.add(row(s, "employee claims the own task for a colleague", Who.STAFF, "POST", rest("/task/" + draftTask + "/claim"),
                claimFor(STAFF_TWO), 403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "supervisor claims the review for the rated employee", Who.SUPERVISOR, "POST", review + "/claim",
                claimFor(STAFF_TWO), 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "HR claims the head's approval for an employee", Who.HR, "POST", headApprove + "/claim", claimFor(STAFF_ONE), 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "HR claims the head's approval for the head", Who.HR, "POST", headApprove + "/claim", claimFor(HEAD), 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "Tasklist: HR claims the head's approval for the head", Who.HR, Door.SESSION, "POST",
                tasklist("/task/" + headApproveTask + "/claim"), claimFor(HEAD), 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "technical admin claims the head's approval for HR", Who.TECH_ADMIN, "POST", headApprove + "/claim",
                claimFor(HR_ADMIN), 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "the head claims their own approval", Who.HEAD, "POST", headApprove + "/claim", claimFor(HEAD), 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "the head submits their own approval", Who.HEAD, "POST", headApprove + "/submit-form", approveForm, 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "the head completes their own approval", Who.HEAD, "POST", headApprove + "/complete", approveForm, 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "an employee claims the head's approval offered to HR", Who.STAFF, "POST", headApprove + "/claim",
                claimFor(STAFF_ONE), 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "an employee completes the head's approval offered to HR", Who.STAFF, "POST", headApprove + "/complete",
                approveForm, 403, stillHeldBy(headApproveTask, null)));

        rows.add(row(s, "employee unclaims the own personal task (it would be left with nobody)", Who.STAFF, "POST",
                rest("/task/" + draftTask + "/unclaim"), null, 403, stillHeldBy(draftTask, STAFF_ONE), draftUntouched()));
        rows.add(row(s, "employee releases the own personal task by claiming it for nobody", Who.STAFF, "POST",
                rest("/task/" + draftTask + "/claim"), "{\"userId\":null}", 403, stillHeldBy(draftTask, STAFF_ONE), draftUntouched()));
        rows.add(row(s, "Tasklist: employee unclaims the own personal task", Who.STAFF, Door.SESSION, "POST",
                tasklist("/task/" + draftTask + "/unclaim"), null, 403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "supervisor unclaims the personal review task", Who.SUPERVISOR, "POST", review + "/unclaim", null, 403,
                stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "rated employee unclaims the supervisor's review", Who.RATED, "POST", review + "/unclaim", null, 403,
                stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "employee sets a colleague as assignee of the own task", Who.STAFF, "POST", rest("/task/" + draftTask + "/assignee"),
                claimFor(STAFF_TWO), 403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "Tasklist: employee sets a colleague as assignee of the own task", Who.STAFF, Door.SESSION, "POST",
                tasklist("/task/" + draftTask + "/assignee"), claimFor(STAFF_TWO), 403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "HR assigns the head's approval to herself", Who.HR, "POST", headApprove + "/assignee", claimFor(HR_ADMIN), 403,
                stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "technical admin assigns the head's approval to the head", Who.TECH_ADMIN, "POST", headApprove + "/assignee",
                claimFor(HEAD), 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "employee delegates the own task", Who.STAFF, "POST", rest("/task/" + draftTask + "/delegate"), claimFor(STAFF_TWO),
                403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "supervisor delegates the review to the rated employee", Who.SUPERVISOR, "POST", review + "/delegate",
                claimFor(STAFF_TWO), 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "employee adds a colleague as candidate of the own task", Who.STAFF, "POST",
                rest("/task/" + draftTask + "/identity-links"), "{\"userId\":\"" + STAFF_TWO + "\",\"type\":\"candidate\"}", 403,
                stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "HR adds the head as candidate of the head's approval", Who.HR, "POST", headApprove + "/identity-links",
                "{\"userId\":\"" + HEAD + "\",\"type\":\"candidate\"}", 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "HR adds the employees' group as candidate of the head's approval", Who.HR, "POST", headApprove + "/identity-links",
                "{\"groupId\":\"pegawai\",\"type\":\"candidate\"}", 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "HR deletes the HR group's candidate link", Who.HR, "POST", headApprove + "/identity-links/delete",
                "{\"groupId\":\"admin-bkpsdm\",\"type\":\"candidate\"}", 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "employee deletes the own assignee link", Who.STAFF, "POST", rest("/task/" + draftTask + "/identity-links/delete"),
                "{\"userId\":\"" + STAFF_ONE + "\",\"type\":\"assignee\"}", 403, stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "employee updates the own task (assignee, owner, name)", Who.STAFF, "PUT", rest("/task/" + draftTask),
                "{\"name\":\"Diubah\",\"assignee\":\"" + STAFF_TWO + "\",\"owner\":\"" + STAFF_TWO + "\"}", 403,
                stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "supervisor updates the review task", Who.SUPERVISOR, "PUT", review,
                "{\"name\":\"Diubah\",\"assignee\":\"" + STAFF_TWO + "\"}", 403, stillHeldBy(reviewTask, ProcessTestSupport.SUPERVISOR)));
        rows.add(row(s, "employee deletes the own task", Who.STAFF, "DELETE", rest("/task/" + draftTask), null, 403,
                stillHeldBy(draftTask, STAFF_ONE)));
        rows.add(row(s, "HR deletes the head's approval", Who.HR, "DELETE", headApprove, null, 403, stillHeldBy(headApproveTask, null)));
        rows.add(row(s, "employee creates a standalone task", Who.STAFF, "POST", rest("/task/create"),
                "{\"id\":\"tugas-penyusup-1\",\"name\":\"Setujui target SKP\",\"assignee\":\"" + STAFF_ONE + "\"}", 403));
        rows.add(row(s, "HR creates a standalone task", Who.HR, "POST", rest("/task/create"),
                "{\"id\":\"tugas-penyusup-2\",\"name\":\"Setujui target SKP\",\"assignee\":\"" + HR_ADMIN + "\"}", 403));
        return rows;
    }

    /** 3. Who rates the employee stays hidden from the employee, whatever they ask. */
    List<Case> peerAnonymity() {
        String s = "3 peer anonymity";
        String pi = ratedAppraisal.getId();
        List<Case> rows = new ArrayList<>();
        Check hidden = noneOf(ratedPeers);
        rows.add(row(s, "form variables of the own SKP task name no peer", Who.STAFF, "GET", rest("/task/" + draftTask + "/form-variables"),
                null, 200, noneOf(staffOnePeers)));
        rows.add(row(s, "variables of the own SKP task name no peer", Who.STAFF, "GET", rest("/task/" + draftTask + "/variables"), null,
                200, noneOf(staffOnePeers)));
        rows.add(row(s, "Tasklist: form variables of the own SKP task name no peer", Who.STAFF, Door.SESSION, "GET",
                tasklist("/task/" + draftTask + "/form-variables"), null, 200, noneOf(staffOnePeers)));
        rows.add(row(s, "own process variables name no peer", Who.STAFF, "GET", rest("/process-instance/" + staffOneAppraisal.getId()
                + "/variables"), null, 403, noneOf(staffOnePeers)));
        rows.add(row(s, "variable instances of the own appraisal", Who.RATED, "GET", rest("/variable-instance?processInstanceIdIn=" + pi),
                null, 200, hidden));
        rows.add(row(s, "tasks of the own appraisal", Who.RATED, "GET", rest("/task?processInstanceId=" + pi), null, 200, hidden));
        rows.add(row(s, "Tasklist: tasks of the own appraisal", Who.RATED, Door.SESSION, "GET", tasklist("/task?processInstanceId=" + pi),
                null, 200, hidden));
        rows.add(row(s, "rating tasks anywhere", Who.RATED, "GET", rest("/task?taskDefinitionKey=Task_RatePeer"), null, 200, hidden));
        rows.add(row(s, "task history of the own appraisal", Who.RATED, "GET", rest("/history/task?processInstanceId=" + pi), null, 200,
                hidden));
        rows.add(row(s, "variable history of the own appraisal", Who.RATED, "GET",
                rest("/history/variable-instance?processInstanceId=" + pi), null, 200, hidden));
        rows.add(row(s, "activity history of the own appraisal (assignees)", Who.RATED, "GET",
                rest("/history/activity-instance?processInstanceId=" + pi), null, 200, hidden));
        rows.add(row(s, "identity link history of a peer's task", Who.RATED, "GET",
                rest("/history/identity-link-log?taskId=" + peerTaskOfStaffOne), null, 200, hidden));
        rows.add(row(s, "identity link history of the appraisal process", Who.RATED, "GET",
                rest("/history/identity-link-log?processDefinitionKey=EmployeeAppraisalProcess"), null, 200, hidden));
        rows.add(row(s, "operation log of the own appraisal", Who.RATED, "GET", rest("/history/user-operation?processInstanceId=" + pi),
                null, 200, hidden));
        rows.add(row(s, "identity links of a peer's task", Who.RATED, "GET", rest("/task/" + peerTaskOfStaffOne + "/identity-links"),
                null, 403, hidden));
        rows.add(row(s, "a peer's task itself", Who.RATED, "GET", rest("/task/" + peerTaskOfStaffOne), null, 404, hidden));
        rows.add(row(s, "form variables of a peer's task", Who.RATED, "GET", rest("/task/" + peerTaskOfStaffOne + "/form-variables"),
                null, 403, hidden));
        rows.add(row(s, "process variables of the own appraisal", Who.RATED, "GET", rest("/process-instance/" + pi + "/variables"), null,
                403, hidden));
        rows.add(row(s, "grants on a peer's task (who holds it)", Who.RATED, "GET",
                rest("/authorization?resourceType=7&resourceId=" + peerTaskOfStaffOne), null, 200, hidden));
        List<String> otherPeers = List.of(STAFF_THREE, STAFF_FOUR);
        rows.add(row(s, "another peer's task seen by a peer", Who.STAFF, "GET", rest("/task?processInstanceId=" + pi), null, 200,
                noneOf(otherPeers)));
        rows.add(row(s, "a peer's own rating form names no other peer", Who.STAFF, "GET",
                rest("/task/" + peerTaskOfStaffOne + "/form-variables"), null, 200, noneOf(otherPeers)));
        rows.add(row(s, "a peer's own rating task variables name no other peer", Who.STAFF, "GET",
                rest("/task/" + peerTaskOfStaffOne + "/variables"), null, 200, noneOf(otherPeers)));
        rows.add(row(s, "variable instances of a peer's own rating task name no other peer", Who.STAFF, "GET",
                rest("/variable-instance?taskIdIn=" + peerTaskOfStaffOne), null, 200, noneOf(otherPeers)));
        rows.add(row(s, "the supervisor's review form names no peer", Who.SUPERVISOR, "GET", rest("/task/" + reviewTask + "/form-variables"),
                null, 200, noneOf(ratedPeers)));
        // controls: the same questions do reveal the raters to the technical admin, so the checks above are not vacuous
        rows.add(row(s, "control: the technical admin sees who holds the rating tasks", Who.TECH_ADMIN, "GET",
                rest("/task?processInstanceId=" + pi), null, 200, r -> assertThat(r.body()).contains(ratedPeers)));
        rows.add(row(s, "control: the technical admin reads the identity link history", Who.TECH_ADMIN, "GET",
                rest("/history/identity-link-log?taskId=" + peerTaskOfStaffOne), null, 200, r -> assertThat(r.body()).contains(STAFF_ONE)));
        return rows;
    }

    /** 4. Engine operations: for the technical admin only (the employee and HR are refused; Camunda hides some). */
    List<Case> engineOperations() {
        String s = "4 engine operations";
        List<Case> rows = new ArrayList<>();
        String job = rest("/job/" + historyCleanupJob);
        byte[] bpmn = Bpmn.convertToString(Bpmn.createExecutableProcess("PenyusupProcess").camundaHistoryTimeToLive(1).startEvent()
                .endEvent().done()).getBytes(StandardCharsets.UTF_8);
        Http.Multipart deployment = Http.multipart("data", "PenyusupProcess.bpmn", bpmn);
        Http.Multipart attachment = Http.multipart("content", "bukti.txt", "lampiran penyusup".getBytes(StandardCharsets.UTF_8));
        for (Who who : List.of(Who.STAFF, Who.HR)) {
            String self = who.login;
            String other = who == Who.STAFF ? STAFF_TWO : STAFF_ONE;
            String ownTask = who == Who.STAFF ? draftTask : headApproveTask;
            rows.add(row(s, "execute the history cleanup job", who, "POST", job + "/execute", null, 403));
            rows.add(row(s, "suspend a job", who, "PUT", job + "/suspended", "{\"suspended\":true}", 403));
            rows.add(row(s, "set a job's retries", who, "PUT", job + "/retries", "{\"retries\":0}", 403));
            rows.add(row(s, "set a job's due date", who, "PUT", job + "/duedate", "{\"duedate\":\"2030-01-01T00:00:00.000+0000\"}", 403));
            rows.add(row(s, "delete a job", who, "DELETE", job, null, 403));
            rows.add(row(s, "list jobs", who, "GET", rest("/job"), null, 403));
            rows.add(row(s, "list job definitions", who, "GET", rest("/job-definition"), null, 403));
            rows.add(row(s, "suspend a job definition", who, "PUT", rest("/job-definition/" + jobDefinition + "/suspended"),
                    "{\"suspended\":true,\"includeJobs\":true}", 403));
            rows.add(row(s, "read a metric", who, "GET", rest("/metrics/activity-instance-start/sum"), null, 403));
            rows.add(row(s, "read metrics by interval", who, "GET", rest("/metrics"), null, 403));
            rows.add(row(s, "read telemetry data", who, "GET", rest("/telemetry/data"), null, 403));
            rows.add(row(s, "edit the own profile", who, "PUT", rest("/user/" + self + "/profile"),
                    "{\"id\":\"" + self + "\",\"firstName\":\"Diubah\",\"lastName\":\"Sendiri\",\"email\":\"palsu@contoh.test\"}", 403));
            rows.add(row(s, "delete the own account", who, "DELETE", rest("/user/" + self), null, 403));
            rows.add(row(s, "change the own password", who, "PUT", rest("/user/" + self + "/credentials"),
                    "{\"password\":\"Sandi-Baru-2026!x\",\"authenticatedUserPassword\":\"" + PASSWORD + "\"}", 403));
            rows.add(row(s, "create a user", who, "POST", rest("/user/create"), "{\"profile\":{\"id\":\"penyusup\",\"firstName\":\"Pe\","
                    + "\"lastName\":\"Nyusup\"},\"credentials\":{\"password\":\"Sandi-Penyusup-2026!\"}}", 403));
            rows.add(row(s, "create a group", who, "POST", rest("/group/create"),
                    "{\"id\":\"kelompok-penyusup\",\"name\":\"Penyusup\",\"type\":\"WORKFLOW\"}", 403));
            rows.add(row(s, "join camunda-admin", who, "PUT", rest("/group/camunda-admin/members/" + self), null, 403));
            rows.add(row(s, "remove a colleague from pegawai", who, "DELETE", rest("/group/pegawai/members/" + other), null, 403));
            rows.add(row(s, "list members of a group one is not in", who, "GET", rest("/user?memberOfGroup=tim-penilai"), null, 403));
            rows.add(row(s, "list a colleague's groups", who, "GET", rest("/group?member=" + ProcessTestSupport.SUPERVISOR), null, 403));
            rows.add(row(s, "search users by email", who, "GET", rest("/user?email=satu@uji.example"), null, 403));
            rows.add(row(s, "search users by email pattern", who, "GET", rest("/user?emailLike=%25uji%25"), null, 403));
            rows.add(row(s, "correlate a message with variables", who, "POST", rest("/message"), "{\"messageName\":\"Pesan_Penyusup\","
                    + "\"all\":true,\"processVariables\":{\"targetsApproved\":{\"value\":true,\"type\":\"Boolean\"}}}", 403));
            rows.add(row(s, "throw a signal", who, "POST", rest("/signal"), "{\"name\":\"Sinyal_Penyusup\"}", 403));
            rows.add(row(s, "suspend every appraisal", who, "PUT", rest("/process-instance/suspended"),
                    "{\"processDefinitionKey\":\"EmployeeAppraisalProcess\",\"suspended\":true}", 403));
            rows.add(row(s, "modify an appraisal (skip the SKP)", who, "POST",
                    rest("/process-instance/" + staffOneAppraisal.getId() + "/modification"),
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_DraftTargets\"},"
                            + "{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_SelfAssessment\"}]}", 403));
            rows.add(row(s, "delete an appraisal", who, "DELETE", rest("/process-instance/" + staffOneAppraisal.getId()), null, 403));
            rows.add(row(s, "delete appraisals as a batch", who, "POST", rest("/process-instance/delete"),
                    "{\"processInstanceIds\":[\"" + staffOneAppraisal.getId() + "\"],\"deleteReason\":\"uji\"}", 403));
            rows.add(row(s, "deploy a process", who, "POST", rest("/deployment/create"), deployment, 403));
            rows.add(row(s, "run history cleanup", who, "POST", rest("/history/cleanup?immediatelyDue=true"), null, 403));
            rows.add(row(s, "list incidents", who, "GET", rest("/incident"), null, 403));
            // Camunda's comment and attachment API first looks the task up in the history, which only the technical admin
            // may read: it answers "no task" (400) before the engine guard is even asked; nothing is written either way.
            rows.add(row(s, "comment on the own task (history hidden: 400)", who, "POST", rest("/task/" + ownTask + "/comment/create"),
                    "{\"message\":\"Komentar penyusup\"}", 400));
            rows.add(row(s, "attach a file to the own task (history hidden: 400)", who, "POST",
                    rest("/task/" + ownTask + "/attachment/create"), attachment, 400));
            rows.add(row(s, "fetch and lock external tasks", who, "POST", rest("/external-task/fetchAndLock"),
                    "{\"workerId\":\"penyusup\",\"maxTasks\":10,\"topics\":[{\"topicName\":\"kirim-email\",\"lockDuration\":60000}]}",
                    403));
            rows.add(row(s, "start an employee appraisal directly (definition hidden)", who, "POST",
                    rest("/process-definition/key/EmployeeAppraisalProcess/start"),
                    "{\"variables\":{\"appraisalId\":{\"value\":1,\"type\":\"Long\"}}}", 404));
        }
        String cycleStart = rest("/process-definition/key/AppraisalCycleProcess");
        rows.add(row(s, "HR starts a cycle with an injected 'participantCount'", Who.HR, "POST", cycleStart + "/start",
                "{\"variables\":{\"participantCount\":{\"value\":0,\"type\":\"Integer\"}}}", 400, names("participantCount")));
        rows.add(row(s, "HR submits the cycle start form with an injected 'participantCount'", Who.HR, "POST", cycleStart + "/submit-form",
                cycleStartForm("\"participantCount\":{\"value\":0,\"type\":\"Integer\"}"), 400, names("participantCount")));
        rows.add(row(s, "HR starts a cycle at publication, skipping calibration", Who.HR, "POST", cycleStart + "/start",
                "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_PublishResults\"}]}", 403));
        rows.add(row(s, "HR starts a cycle without the start form's values", Who.HR, "POST", cycleStart + "/start", "{}", 400));

        // positive controls: names are readable, emails are not; the technical admin runs the engine
        rows.add(row(s, "control: a colleague's profile shows the name, no email", Who.STAFF, "GET", rest("/user/" + STAFF_TWO + "/profile"),
                null, 200, r -> assertThat(r.body()).contains("Pegawai").doesNotContain("@")));
        rows.add(row(s, "control: the user list shows no email", Who.STAFF, "GET", rest("/user"), null, 200, noEmails()));
        rows.add(row(s, "control: HR's user list shows no email", Who.HR, "GET", rest("/user?maxResults=200"), null, 200, noEmails()));
        rows.add(row(s, "control: the members of the own group", Who.STAFF, "GET", rest("/user?memberOfGroup=pegawai&maxResults=200"), null,
                200, noEmails()));
        rows.add(row(s, "control: the technical admin lists jobs", Who.TECH_ADMIN, "GET", rest("/job?maxResults=5"), null, 200));
        rows.add(row(s, "control: the technical admin reads a metric", Who.TECH_ADMIN, "GET",
                rest("/metrics/activity-instance-start/sum"), null, 200));
        rows.add(row(s, "anonymous lists jobs", Who.ANONYMOUS, "GET", rest("/job"), null, 401));
        rows.add(row(s, "anonymous submits a task", Who.ANONYMOUS, "POST", rest("/task/" + draftTask + "/submit-form"), skpWith(Map.of()),
                401, draftUntouched()));
        return rows;
    }

    /** 5. Unknown and finished tasks: 404 and 409, never 500. */
    List<Case> unknownAndFinishedTasks() {
        String s = "5 unknown/finished";
        List<Case> rows = new ArrayList<>();
        String body = skpWith(Map.of());
        for (String action : List.of("submit-form", "complete", "resolve")) {
            rows.add(row(s, action + " on an unknown task", Who.STAFF, "POST", rest("/task/" + UNKNOWN_TASK + "/" + action), body, 404));
            rows.add(row(s, action + " on a finished task", Who.RATED, "POST", rest("/task/" + finishedTask + "/" + action), body, 409));
        }
        rows.add(row(s, "claim an unknown task", Who.STAFF, "POST", rest("/task/" + UNKNOWN_TASK + "/claim"), claimFor(STAFF_ONE), 404));
        rows.add(row(s, "claim a finished task", Who.RATED, "POST", rest("/task/" + finishedTask + "/claim"), claimFor(STAFF_TWO), 409));
        rows.add(row(s, "unclaim a finished task", Who.RATED, "POST", rest("/task/" + finishedTask + "/unclaim"), null, 409));
        rows.add(row(s, "Tasklist: submit an unknown task", Who.STAFF, Door.SESSION, "POST",
                tasklist("/task/" + UNKNOWN_TASK + "/submit-form"), body, 404));
        rows.add(row(s, "Tasklist: submit a finished task", Who.RATED, Door.SESSION, "POST", tasklist("/task/" + finishedTask + "/submit-form"),
                body, 409));
        rows.add(row(s, "Tasklist: claim a finished task", Who.RATED, Door.SESSION, "POST", tasklist("/task/" + finishedTask + "/claim"),
                claimFor(STAFF_TWO), 409));
        rows.add(row(s, "form variables of an unknown task", Who.STAFF, "GET", rest("/task/" + UNKNOWN_TASK + "/form-variables"), null, 404));
        rows.add(row(s, "form variables of a finished task", Who.RATED, "GET", rest("/task/" + finishedTask + "/form-variables"), null, 404));
        rows.add(row(s, "technical admin submits an unknown task", Who.TECH_ADMIN, "POST", rest("/task/" + UNKNOWN_TASK + "/submit-form"),
                body, 404));
        rows.add(row(s, "technical admin completes a finished task", Who.TECH_ADMIN, "POST", rest("/task/" + finishedTask + "/complete"),
                body, 409));
        return rows;
    }

    /** 6. Kinerja's own API and pages. */
    List<Case> kinerjaApiAndPages() {
        String s = "6 Kinerja API";
        List<Case> rows = new ArrayList<>();
        String reason = "Atasan menjalani cuti besar tiga bulan; Plt ditetapkan dengan SK Kepala Dinas.";
        String appoint = actingBody(ProcessTestSupport.SUPERVISOR, HEAD, reason, STAFF_ONE);
        rows.add(row(s, "employee appoints an acting supervisor", Who.STAFF, "POST", "/api/acting-supervisors", appoint, 403));
        rows.add(row(s, "supervisor appoints their own substitute", Who.SUPERVISOR, "POST", "/api/acting-supervisors", appoint, 403));
        rows.add(row(s, "the head appoints an acting supervisor (HR's decision)", Who.HEAD, "POST", "/api/acting-supervisors", appoint, 403));
        rows.add(row(s, "anonymous appoints an acting supervisor", Who.ANONYMOUS, "POST", "/api/acting-supervisors", appoint, 401));
        // (STAFF_TWO here: the positive Plt scenario moves STAFF_ONE's appraisals to another official, whatever the order)
        rows.add(row(s, "HR: the acting official is the appraised employee", Who.HR, "POST", "/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, STAFF_TWO, reason, STAFF_TWO), 400));
        rows.add(row(s, "HR: the acting official is the rated employee's peer for all appraisals", Who.HR, "POST",
                "/api/acting-supervisors", actingBody(ProcessTestSupport.SUPERVISOR, STAFF_THREE, reason, null), 400));
        rows.add(row(s, "HR: reason too short", Who.HR, "POST", "/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, HEAD, "cuti", STAFF_ONE), 400));
        rows.add(row(s, "HR: reason missing", Who.HR, "POST", "/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, HEAD, null, STAFF_ONE), 400));
        rows.add(row(s, "HR: unknown acting NIP", Who.HR, "POST", "/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, "199912312020121999", reason, STAFF_ONE), 400));
        rows.add(row(s, "HR: unknown supervisor NIP", Who.HR, "POST", "/api/acting-supervisors",
                actingBody("199912312020121999", HEAD, reason, STAFF_ONE), 400));
        rows.add(row(s, "HR: the supervisor as their own substitute", Who.HR, "POST", "/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, ProcessTestSupport.SUPERVISOR, reason, STAFF_ONE), 400));
        rows.add(row(s, "employee reads the IKM report", Who.STAFF, "GET", "/api/reports/ikm?tahun=2026&per=TAHUN", null, 403));
        rows.add(row(s, "supervisor reads the IKM report", Who.SUPERVISOR, "GET", "/api/reports/ikm?tahun=2026&per=TAHUN", null, 403));
        rows.add(row(s, "employee saves an indicator template", Who.STAFF, "POST", "/api/indicator-templates",
                "{\"position\":\"Pranata Komputer\",\"items\":[{\"resultTitle\":\"RHK\",\"name\":\"IKI\",\"unit\":\"berkas\","
                        + "\"target\":1,\"direction\":\"HIGHER_IS_BETTER\",\"weight\":100,\"aspect\":\"KUANTITAS\"}]}", 403));
        rows.add(row(s, "employee imports the roster (making themselves HR)", Who.STAFF, "POST", "/api/organization/employees/import",
                Http.multipart("file", "pegawai.csv", ("nip,nama,email,jabatan,kode_unit,nip_atasan,peran\n" + STAFF_ONE
                        + ",Pegawai Satu,satu@uji.example,Pranata Komputer,SEK-A1,,admin-bkpsdm\n").getBytes(StandardCharsets.UTF_8)), 403,
                r -> assertThat(engine.getIdentityService().createUserQuery().userId(STAFF_ONE).memberOfGroup("admin-bkpsdm").count()).isZero()));
        rows.add(row(s, "employee lists the roster with emails", Who.STAFF, "GET", "/api/organization/employees", null, 403));
        rows.add(row(s, "employee downloads a colleague's result PDF", Who.STAFF, "GET",
                "/api/outcomes/" + support.cycleId(cycle1) + "/pegawai/" + STAFF_TWO + "/hasil.pdf", null, 403));
        rows.add(row(s, "supervisor downloads a subordinate's certificate", Who.SUPERVISOR, "GET",
                "/api/outcomes/" + support.cycleId(cycle1) + "/pegawai/" + STAFF_TWO + "/piagam.pdf", null, 403));
        rows.add(row(s, "anonymous reads notifications", Who.ANONYMOUS, "GET", "/api/notifications", null, 401));
        rows.add(row(s, "employee marks a colleague's notification read", Who.RATED, "POST",
                "/api/notifications/" + staffOneNotification + "/read", null, 404));
        rows.add(row(s, "page: employee opens the IKM report", Who.STAFF, Door.SESSION, "GET", "/laporan/ikm", null, 403));
        rows.add(row(s, "page: employee opens the calibration board data", Who.STAFF, Door.SESSION, "GET",
                "/kalibrasi/" + support.cycleId(cycle1) + "/data", null, 403));
        // Cockpit's plugin API answers a Tasklist session, but through the engine's authorizations: an employee sees nothing.
        rows.add(row(s, "Tasklist session: Cockpit's API shows an employee no process", Who.STAFF, Door.SESSION, "GET",
                "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count", null, 200,
                r -> assertThat(JSON.readTree(r.body()).path("count").asInt()).isZero()));
        return rows;
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Separate scenarios
    // ------------------------------------------------------------------------------------------------------------------

    @Test
    void shouldLeaveHrNoGrantOnTheHeadsTaskAfterClaimingAndUnclaimingIt() {
        try {
            hrClaimsAndUnclaimsTheHeadsTask();
        } finally {
            // whatever happened, the matrix finds the head's task back in the HR pool (Kinerja's own call, no guard)
            engine.getTaskService().claim(headApproveTask, null);
        }
    }

    void hrClaimsAndUnclaimsTheHeadsTask() {
        assertThat(http.postJson(rest("/task/" + headApproveTask + "/claim"), claimFor(HR_ADMIN), HR_ADMIN, PASSWORD).statusCode())
                .isEqualTo(204);
        assertThat(taskAssignee(headApproveTask)).isEqualTo(HR_ADMIN);
        assertThat(userGrants(headApproveTask)).contains(HR_ADMIN);
        assertThat(http.postJson(rest("/task/" + headApproveTask + "/unclaim"), "{}", STAFF_ONE, PASSWORD).statusCode())
                .as("only the holder gives the task back").isEqualTo(403);
        assertThat(taskAssignee(headApproveTask)).isEqualTo(HR_ADMIN);

        // Tasklist's "unclaim" button
        HttpResponse<String> unclaim = sessions.get(Who.HR).webappSend("POST", tasklist("/task/" + headApproveTask + "/unclaim"), null);
        assertThat(unclaim.statusCode()).as(unclaim.body()).isEqualTo(204);
        assertThat(taskAssignee(headApproveTask)).isNull();
        assertThat(userGrants(headApproveTask)).as("no personal grant outlives the claim").isEmpty();
        assertThat(engine.getTaskService().getIdentityLinksForTask(headApproveTask)).extracting(IdentityLink::getGroupId)
                .containsExactly("admin-bkpsdm");

        assertThat(http.postJson(rest("/task/" + headApproveTask + "/claim"), claimFor(STAFF_ONE), STAFF_ONE, PASSWORD).statusCode())
                .isEqualTo(403);
        assertThat(http.postJson(rest("/task/" + headApproveTask + "/complete"), form(Map.of("targetsDecision",
                typed("\"APPROVE\"", "String"))), STAFF_ONE, PASSWORD).statusCode()).isEqualTo(403);
        assertThat(taskAssignee(headApproveTask)).isNull();
        assertThat(userGrants(headApproveTask)).isEmpty();
    }

    @Test
    void shouldLetHrAppointAnActingOfficialWhoAloneThenActsOnTheSupervisorsTask() throws Exception {
        ProcessInstance appraisal = support.appraisalOf(cycle2, STAFF_ONE);
        if (support.task(appraisal, "Task_DraftTargets") != null) {
            support.submit(support.task(appraisal, "Task_DraftTargets"), skpValues());
        }
        Task approve = support.task(appraisal, "Task_ApproveTargets");
        assertThat(approve.getAssignee()).isEqualTo(ProcessTestSupport.SUPERVISOR);
        assertThat(userGrants(approve.getId())).contains(ProcessTestSupport.SUPERVISOR);
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(appraisal.getId(), "appraisalId")).longValue();
        Map<String, String> before = fingerprint();

        String reason = "Kepala Bidang A menjalani cuti besar 1 Maret sampai 31 Mei; Plt ditetapkan dengan SK Kepala Dinas 800/12.";
        HttpResponse<String> appointed = http.postJson("/api/acting-supervisors",
                actingBody(ProcessTestSupport.SUPERVISOR, HEAD, reason, STAFF_ONE), HR_ADMIN, PASSWORD);
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(200);
        JsonNode appointment = JSON.readTree(appointed.body());
        assertThat(appointment.path("actingNip").asText()).isEqualTo(HEAD);
        assertThat(appointment.path("tasks").asInt()).isGreaterThanOrEqualTo(1);
        Map<String, String> after = fingerprint();
        assertThat(changedTables(before, after)).as("the fingerprint sees the appointment")
                .contains("act_ru_task", "act_ru_authorization", "acting_assignment", "appraisal");

        assertThat(taskAssignee(approve.getId())).isEqualTo(HEAD);
        assertThat(userGrants(approve.getId())).as("the supervisor's grant went with the task").doesNotContain(
                ProcessTestSupport.SUPERVISOR).contains(HEAD);
        String decision = form(Map.of("targetsDecision", typed("\"APPROVE\"", "String")));
        HttpResponse<String> bySupervisor = http.postJson(rest("/task/" + approve.getId() + "/submit-form"), decision,
                ProcessTestSupport.SUPERVISOR, PASSWORD);
        assertThat(bySupervisor.statusCode()).isIn(403, 404);
        assertThat(taskAssignee(approve.getId())).isEqualTo(HEAD);

        Map<String, Object> row = jdbc.queryForMap("select a.previous_holder_id, a.acting_id, a.reason, a.assigned_by, a.reassigned_tasks "
                + "from acting_assignment a where a.appraisal_id = ? order by a.id desc limit 1", appraisalId);
        assertThat(((Number) row.get("previous_holder_id")).longValue()).isEqualTo(employeeId(ProcessTestSupport.SUPERVISOR));
        assertThat(((Number) row.get("acting_id")).longValue()).isEqualTo(employeeId(HEAD));
        assertThat(row.get("reason")).isEqualTo(reason);
        assertThat(row.get("assigned_by")).isEqualTo(HR_ADMIN);
        assertThat(((Number) row.get("reassigned_tasks")).intValue()).isEqualTo(1);

        HttpResponse<String> byActing = http.postJson(rest("/task/" + approve.getId() + "/submit-form"), decision, HEAD, PASSWORD);
        assertThat(byActing.statusCode()).as(byActing.body()).isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).count()).isZero();
        assertThat(support.task(appraisal, "Task_ReportProgress").getAssignee()).isEqualTo(STAFF_ONE);
    }

    @Test
    void shouldStoreNoVariableJavaSerialised() {
        Integer runtime = jdbc.queryForObject("select count(*) from act_ru_variable where type_ = 'serializable' "
                + "or text2_ like '%java-serialized%'", Integer.class);
        List<String> history = jdbc.queryForList("select distinct name_ from act_hi_varinst where var_type_ = 'serializable' "
                + "or text2_ like '%java-serialized%'", String.class);
        assertThat(runtime).as("Java-serialised runtime variables").isZero();
        assertThat(history).as("names of Java-serialised variables in history").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where name_ = 'peerNips'", Integer.class))
                .as("no list of raters in any variable").isZero();
        // (the outcome process keeps the supervisor's NIP as a variable of its own; the appraisal reads it from the table)
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable v join act_re_procdef d on d.id_ = v.proc_def_id_ "
                + "where d.key_ = 'EmployeeAppraisalProcess' and v.name_ = 'supervisorNip'", Integer.class))
                .as("no supervisor variable in any appraisal").isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable v join act_re_procdef d on d.id_ = v.proc_def_id_ "
                + "where d.key_ = 'EmployeeAppraisalProcess'", Integer.class)).as("the appraisals do have variables").isPositive();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where type_ = 'serializable' or type_ like 'spin://%'"
                + " or type_ = 'object'", Integer.class)).as("no object variables at all").isZero();
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Running a case
    // ------------------------------------------------------------------------------------------------------------------

    void run(Case c) throws Exception {
        cases.incrementAndGet();
        Map<String, String> before = fingerprint();
        HttpResponse<String> response = send(c);
        statusCounts.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        assertThat(response.statusCode()).as("%s%nanswer: %s", c.title(), abbreviated(response.body())).isNotEqualTo(500)
                .isIn(c.expected());
        if (response.statusCode() >= 400 && (c.path().startsWith("/engine-rest") || c.path().startsWith("/camunda/api/engine"))) {
            indonesianRefusal(response);
        }
        for (Check check : c.checks()) {
            check.verify(response);
        }
        assertThat(changedTables(before, fingerprint())).as("state changed by: " + c.title()).isEmpty();
        asExpected.incrementAndGet();
        if (response.statusCode() >= 400) {
            deniedAsExpected.incrementAndGet();
        }
    }

    HttpResponse<String> send(Case c) {
        if (c.door() == Door.SESSION) {
            Http session = sessions.get(c.who());
            assertThat(session).as("a Tasklist session of " + c.who()).isNotNull();
            return session.webappSend(c.method(), c.path(), c.body() == null ? null : new String(c.body(), StandardCharsets.UTF_8));
        }
        return http.send(c.method(), c.path(), c.contentType(), c.body(), c.who().login, c.who().password());
    }

    /** Refusals of the engine's APIs carry the Indonesian message alone, in the JSON shape Tasklist reads. */
    static void indonesianRefusal(HttpResponse<String> response) throws IOException {
        if (response.body().isBlank()) {
            return;
        }
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("message").asText()).as(response.body()).isNotBlank().doesNotContain("ENGINE-").doesNotContain("Cannot ")
                .doesNotContain("Exception");
        assertThat(body.path("status").asInt()).isEqualTo(response.statusCode());
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Checks
    // ------------------------------------------------------------------------------------------------------------------

    /** The refusal names the field, with the Indonesian message. */
    static Check names(String field) {
        return r -> {
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("message").asText()).contains("'" + field + "'");
            assertThat(body.path("type").asText()).isEqualTo("Rejection");
            assertThat(body.path("errorCount").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(body.path("errors").toString()).contains(field);
        };
    }

    /** STAFF_ONE's SKP task is still open and theirs, with the same task-local values; the process has no new variable. */
    Check draftUntouched() {
        return r -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(draftTask).singleResult();
            assertThat(task).as("the SKP task is still open").isNotNull();
            assertThat(task.getAssignee()).isEqualTo(STAFF_ONE);
            assertThat(normalised(engine.getTaskService().getVariablesLocal(draftTask))).isEqualTo(draftTaskLocals);
            Map<String, String> variables = normalised(engine.getRuntimeService().getVariables(staffOneAppraisal.getId()));
            assertThat(variables).isEqualTo(staffOneProcessVariables).doesNotContainKeys("supervisorNip", "peerNips");
            assertThat(variables).as("ids only, none of them sent by the caller").containsOnlyKeys("cycleId", "employeeId", "appraisalId");
        };
    }

    Check stillHeldBy(String taskId, String assignee) {
        return r -> {
            Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
            assertThat(task).as("the task is still open").isNotNull();
            assertThat(task.getAssignee()).isEqualTo(assignee);
        };
    }

    static Check noneOf(List<String> nips) {
        return r -> assertThat(r.body()).as("answer with status " + r.statusCode()).doesNotContain(nips);
    }

    /** No email address in a user list (Camunda users carry none; the employees' addresses stay in Kinerja's table). */
    static Check noEmails() {
        return r -> {
            JsonNode users = JSON.readTree(r.body());
            assertThat(users.isArray()).isTrue();
            assertThat(users.size()).isPositive();
            for (JsonNode user : users) {
                assertThat(user.path("email").isNull() || user.path("email").isMissingNode()).as(user.toString()).isTrue();
            }
            assertThat(r.body()).doesNotContain("@uji.example");
        };
    }

    // ------------------------------------------------------------------------------------------------------------------
    // State fingerprint: everything a refused request must leave as it was
    // ------------------------------------------------------------------------------------------------------------------

    static final Map<String, String> FINGERPRINTED = new LinkedHashMap<>();

    static {
        for (String table : List.of("act_ru_task", "act_ru_variable", "act_ru_identitylink", "act_ru_authorization", "act_ru_job",
                "act_ru_jobdef", "act_ru_execution", "act_ru_ext_task", "act_ru_batch", "act_ru_event_subscr", "act_ru_incident",
                "act_ru_filter", "act_re_deployment", "act_re_procdef", "act_id_group", "act_id_membership", "act_hi_comment",
                "act_hi_attachment", "act_hi_taskinst", "act_hi_varinst", "act_hi_identitylink", "act_hi_op_log")) {
            FINGERPRINTED.put(table, "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                    + table + " t");
        }
        FINGERPRINTED.put("act_id_user", "select count(*) || ':' || coalesce(md5(string_agg(concat_ws(',', id_, first_, last_, email_, "
                + "pwd_, salt_), '|' order by id_)), '') from act_id_user");
        for (String table : List.of("org_employee", "org_employee_role", "appraisal_cycle", "cycle_participant", "appraisal",
                "appraisal_peer", "skp_indicator", "rating_submission", "acting_assignment", "notification", "indicator_template")) {
            FINGERPRINTED.put(table, "select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                    + table + " t");
        }
    }

    Map<String, String> fingerprint() {
        Map<String, String> prints = new LinkedHashMap<>();
        FINGERPRINTED.forEach((table, sql) -> prints.put(table, jdbc.queryForObject(sql, String.class)));
        return prints;
    }

    static List<String> changedTables(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
    }

    // ------------------------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------------------------

    Case row(String section, String name, Who who, String method, String path, Object body, int status, Check... checks) {
        return row(section, name, who, Door.BASIC, method, path, body, status, checks);
    }

    Case row(String section, String name, Who who, Door door, String method, String path, Object body, int status, Check... checks) {
        String contentType = null;
        byte[] bytes = null;
        if (body instanceof String json) {
            contentType = "application/json";
            bytes = json.getBytes(StandardCharsets.UTF_8);
        } else if (body instanceof Http.Multipart multipart) {
            contentType = multipart.contentType();
            bytes = multipart.body();
        } else if (body == null && "POST".equals(method)) {
            contentType = "application/json";
            bytes = "{}".getBytes(StandardCharsets.UTF_8);
        }
        return new Case(section, name, who, door, method, path, contentType, bytes, Set.of(status), List.of(checks));
    }

    static String rest(String path) {
        return "/engine-rest" + path;
    }

    static String tasklist(String path) {
        return "/camunda/api/engine/engine/default" + path;
    }

    static String typed(String value, String type) {
        return "{\"value\":" + value + ",\"type\":\"" + type + "\"}";
    }

    static String claimFor(String userId) {
        return "{\"userId\":\"" + userId + "\"}";
    }

    static String form(Map<String, String> fields) {
        return "{\"variables\":{" + fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",")) + "}}";
    }

    /** A complete, valid SKP (one indicator, weight 100, as Tasklist sends the list) with some fields replaced or added. */
    static String skpWith(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SkpRows.LIST, typed(SkpRows.jsonString(SkpRows.json(SkpRows.oneIndicator().rows())), "Json"));
        fields.putAll(changes);
        return form(fields);
    }

    static Map<String, Object> skpValues() {
        return SkpRows.oneIndicator().form();
    }

    static String ratingsForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        ProcessTestSupport.ratings(5).forEach((k, v) -> fields.put(k, typed("\"" + v + "\"", "String")));
        return form(fields);
    }

    static String reviewForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        ProcessTestSupport.ratings(5).forEach((k, v) -> fields.put(k, typed("\"" + v + "\"", "String")));
        fields.put("workRatingDecision", typed("\"CONFIRM\"", "String"));
        fields.put("supervisorComment", typed("\"Sangat baik.\"", "String"));
        return form(fields);
    }

    static String cycleStartForm(String extra) {
        return "{\"variables\":{\"cycleName\":{\"value\":\"Siklus penyusup\"},\"year\":{\"value\":" + ProcessTestSupport.nextYear()
                + "},\"unitCode\":{\"value\":\"SEK-A2\"},\"periodLength\":{\"value\":\"QUARTERLY\"},\"reminderDelay\":{\"value\":\"P7D\"},"
                + "\"escalationDelay\":{\"value\":\"P14D\"}," + extra + "}}";
    }

    static String actingBody(String supervisorNip, String actingNip, String reason, String employeeNip) {
        return "{\"supervisorNip\":\"" + supervisorNip + "\",\"actingNip\":\"" + actingNip + "\",\"reason\":"
                + (reason == null ? "null" : "\"" + reason + "\"")
                + (employeeNip == null ? "" : ",\"employeeNips\":[\"" + employeeNip + "\"]") + "}";
    }

    void walkToPeerAndSupervisorStage(ProcessInstance appraisal) {
        support.submit(support.task(appraisal, "Task_DraftTargets"), skpValues());
        support.submit(support.task(appraisal, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; support.task(appraisal, "Task_ReportProgress") != null; period++) {
            support.submit(support.task(appraisal, "Task_ReportProgress"), SkpRows.report("Rekap", 25 * period));
            support.submit(support.task(appraisal, "Task_GiveProgressFeedback"), Map.of("feedback", "Lanjutkan."));
        }
        Map<String, Object> self = ProcessTestSupport.ratings(4);
        self.putAll(SkpRows.realisations(100));
        self.put("reflection", "Refleksi tahunan.");
        support.submit(support.task(appraisal, "Task_SelfAssessment"), self);
        support.executeAsyncJobs();
    }

    /** Submits the employee's SKP in the cycle; returns the approval task it waits for. */
    String draftAndWaitForApproval(ProcessInstance cycle, String nip) {
        ProcessInstance appraisal = support.appraisalOf(cycle, nip);
        support.submit(support.task(appraisal, "Task_DraftTargets"), skpValues());
        return support.task(appraisal, "Task_ApproveTargets").getId();
    }

    List<String> peersOf(ProcessInstance appraisal) {
        long appraisalId = ((Number) engine.getRuntimeService().getVariable(appraisal.getId(), "appraisalId")).longValue();
        int count = assignment.peerCount(appraisalId);
        return IntStream.range(0, count).mapToObj(i -> assignment.peer(appraisalId, i)).toList();
    }

    /** Variables by name with their values as text (Spin JSON values have no value equality). */
    static Map<String, String> normalised(Map<String, Object> variables) {
        Map<String, String> texts = new TreeMap<>();
        variables.forEach((name, value) -> texts.put(name, String.valueOf(value)));
        return texts;
    }

    String taskAssignee(String taskId) {
        return engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    /** The users holding a personal grant on a task. */
    List<String> userGrants(String taskId) {
        return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId).list()
                .stream().map(Authorization::getUserId).filter(u -> u != null).toList();
    }

    long employeeId(String nip) {
        return jdbc.queryForObject("select id from org_employee where nip = ?", Long.class, nip);
    }

    static String abbreviated(String body) {
        return body == null || body.length() < 600 ? body : body.substring(0, 600) + "…";
    }
}

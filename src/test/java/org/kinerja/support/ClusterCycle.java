package org.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A whole appraisal cycle driven through the nodes of a cluster as its users drive it, over HTTP only: the HR admin
 * imports the organisation and starts the cycle, then every task is claimed and submitted by the person it belongs to
 * (REST {@code submit-form}, as Tasklist sends it), each request to the next node in turn. A request that finds its node
 * dead (killed) goes to the next one; a submission whose answer was lost with its node counts as done when the task is
 * gone. Nothing here reads the engine in-process: the test JVM is no node of the cluster, or the one node is the
 * application of a Spring test ({@link Node#inThisJvm}), reached over its port all the same.
 */
public final class ClusterCycle implements AutoCloseable {

    /** Where requests go: a node of the cluster ({@link ClusterNode}), or the application of this JVM's test. */
    public interface Node {

        int port();

        /** Started and not killed: a load balancer sends it requests. */
        boolean isServing();

        /** The application a Spring test started in this JVM, on its web port: always serving. */
        static Node inThisJvm(int port) {
            return new Node() {
                @Override
                public int port() {
                    return port;
                }

                @Override
                public boolean isServing() {
                    return true;
                }
            };
        }
    }

    /** What a person sends for a task, from what its form showed them; the default is {@link CycleForms#submission}. */
    @FunctionalInterface
    public interface Forms {

        /**
         * @param subject the employee whose appraisal or outcome it is (the business key's NIP), else the actor
         * @param actor   who submits it
         */
        String submission(String taskDefinitionKey, String subject, String actor, JsonNode shown);
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PROCESSES = "EmployeeAppraisalProcess,AppraisalOutcomeProcess,AppraisalCycleProcess";
    static final int PAGE = 200;
    /** How often a person sends a form again that met a conflict (409) with a parallel submission. */
    static final int CONFLICT_ATTEMPTS = 20;
    static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

    private final List<Node> nodes;
    private final GeneratedOrganisation org;
    private final String adminPassword;
    private final String password;
    private final Duration timeout;
    private final AtomicInteger turn = new AtomicInteger();
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(4);
    private final AtomicInteger requestsRedirected = new AtomicInteger();
    private final AtomicInteger answersLost = new AtomicInteger();
    private final AtomicInteger conflicts = new AtomicInteger();
    private String committeeMember;
    private String cycleInstanceId;
    private Forms forms = (key, subject, actor, shown) -> CycleForms.submission(key, CycleForms.performance(indexOf.getOrDefault(subject, 0)),
            shown);

    /**
     * @param password the employees' password (the nodes' {@code kinerja.identity.initial-password})
     * @param timeout  per phase
     */
    public ClusterCycle(List<? extends Node> nodes, GeneratedOrganisation org, String adminPassword, String password, Duration timeout) {
        this.nodes = List.<Node>copyOf(nodes);
        this.org = org;
        this.adminPassword = adminPassword;
        this.password = password;
        this.timeout = timeout;
        List<String[]> people = org.employees();
        for (int i = 0; i < people.size(); i++) {
            indexOf.put(people.get(i)[0], i);
            if (committeeMember == null && people.get(i)[6].contains("tim-penilai")) {
                committeeMember = people.get(i)[0];
            }
        }
    }

    /** People send these forms instead of {@link CycleForms#submission}'s (e.g. an appeal, an SKP of its own shape). */
    public ClusterCycle withForms(Forms forms) {
        this.forms = forms;
        return this;
    }

    /** The first employee of the organisation in {@code tim-penilai}: who takes the committee's tasks. */
    public String committeeMember() {
        return committeeMember;
    }

    /** Requests that found their node dead and went to another one. */
    public int requestsRedirected() {
        return requestsRedirected.get();
    }

    /** Submissions whose answer was lost with a killed node, found done afterwards. */
    public int answersLost() {
        return answersLost.get();
    }

    /** Submissions answered 409 (a parallel submission on the same appraisal) and sent again. */
    public int conflicts() {
        return conflicts.get();
    }

    public String cycleInstanceId() {
        return cycleInstanceId;
    }

    /** Runs the request on the next node that answers; a dead node's turn passes to the next. */
    public HttpResponse<String> call(Function<Http, HttpResponse<String>> request) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        UncheckedIOException last = null;
        while (System.nanoTime() < deadline) {
            Node node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (!node.isServing()) {
                sleep(20);
                continue;
            }
            try {
                return request.apply(Http.withoutCookies(node.port()));
            } catch (UncheckedIOException e) {
                last = e;
                requestsRedirected.incrementAndGet();
                sleep(200);
            }
        }
        throw new IllegalStateException("no node answered within 5 minutes", last);
    }

    /** The organisation, its indicator templates, and the HR admin's rights, all through the API. */
    public void prepare() throws Exception {
        // The technical admin may add itself to admin-bkpsdm (Camunda Admin); the import's identity sync takes it out
        // again, and from then on the HR admin of the organisation acts.
        expect(call(h -> h.put("/engine-rest/group/admin-bkpsdm/members/admin", null, "admin", adminPassword)), 204, "admin into admin-bkpsdm");
        expect(call(h -> h.postMultipart("/api/organization/units/import", "file", "unit.csv", org.unitCsv(), "admin", adminPassword)), 200,
                "unit import");
        expect(call(h -> h.postMultipart("/api/organization/employees/import", "file", "pegawai.csv", org.employeeCsv(), "admin",
                adminPassword)), 200, "employee import");
        for (String position : org.positions()) {
            String body = JSON.writeValueAsString(Map.of("position", position, "items", GeneratedOrganisation.templateFor(position)));
            expect(call(h -> h.postJson("/api/indicator-templates", body, org.hrAdmin(), password)), 201, "template " + position);
        }
    }

    /** The HR admin submits the cycle's start form; returns the cycle's process instance id. */
    public String startCycle(String name) throws Exception {
        return startCycle(name, "P7D", "P14D");
    }

    /** The HR admin submits the cycle's start form with these reminder and escalation delays; returns its process instance id. */
    public String startCycle(String name, String reminderDelay, String escalationDelay) throws Exception {
        int year = LocalDate.now().getYear();
        JsonNode definition = read(expect(call(h -> h.get("/engine-rest/process-definition/key/AppraisalCycleProcess", "admin",
                adminPassword)), 200, "cycle definition"));
        String body = """
                {"variables":{"cycleName":{"value":"%s"},"year":{"value":%d},"unitCode":{"value":"%s"},
                "periodLength":{"value":"QUARTERLY"},"reminderDelay":{"value":"%s"},"escalationDelay":{"value":"%s"}}}"""
                .formatted(name, year, org.instansi(), reminderDelay, escalationDelay);
        JsonNode started = read(expect(call(h -> h.postJson("/engine-rest/process-definition/" + definition.path("id").asText()
                + "/submit-form", body, org.hrAdmin(), password)), 200, "cycle start"));
        cycleInstanceId = started.path("id").asText();
        return cycleInstanceId;
    }

    /**
     * Completes every open task of these kinds, round after round, until none is left and no job can run; {@code
     * progress} hears the count of tasks completed so far in this call after each one.
     */
    public int completeAll(Set<String> taskKeys, IntConsumer progress) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicInteger completed = new AtomicInteger();
        String keys = String.join(",", taskKeys);
        while (true) {
            JsonNode page = read(expect(call(h -> h.get("/engine-rest/task?processDefinitionKeyIn=" + PROCESSES + "&taskDefinitionKeyIn="
                    + keys + "&sortBy=id&sortOrder=asc&maxResults=" + PAGE, "admin", adminPassword)), 200, "open tasks"));
            if (page.isEmpty()) {
                dueCoachingTimers();
                if (idle() && count("/engine-rest/task/count?processDefinitionKeyIn=" + PROCESSES + "&taskDefinitionKeyIn=" + keys) == 0) {
                    return completed.get();
                }
                assertThat(System.nanoTime()).as("tasks %s done within %s", keys, timeout).isLessThan(deadline);
                sleep(500);
                continue;
            }
            List<List<JsonNode>> shares = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                shares.add(new ArrayList<>());
            }
            for (int i = 0; i < page.size(); i++) {
                shares.get(i % 4).add(page.get(i));
            }
            List<Future<?>> work = new ArrayList<>();
            for (List<JsonNode> share : shares) {
                work.add(clients.submit(() -> {
                    for (JsonNode task : share) {
                        if (complete(task)) {
                            progress.accept(completed.incrementAndGet());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
            assertThat(System.nanoTime()).as("tasks %s done within %s", keys, timeout).isLessThan(deadline);
        }
    }

    /** Waits until no job can run now (timers in the future stay) and no mail waits. */
    public void awaitIdle() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!idle()) {
            assertThat(System.nanoTime()).as("jobs done within %s", timeout).isLessThan(deadline);
            sleep(500);
        }
    }

    private boolean idle() {
        return count("/engine-rest/job/count?executable=true") == 0;
    }

    public long count(String path) {
        return read(expect(call(h -> h.get(path, "admin", adminPassword)), 200, path)).path("count").asLong();
    }

    /** One task as Tasklist completes it; false when another request had already completed it. */
    private boolean complete(JsonNode task) {
        String id = task.path("id").asText();
        String key = task.path("taskDefinitionKey").asText();
        String user = task.path("assignee").isTextual() ? task.path("assignee").asText() : null;
        if (user == null) {
            user = candidate(read(expect(call(h -> h.get("/engine-rest/task/" + id + "/identity-links", "admin", adminPassword)), 200,
                    "identity links")));
            String claimant = user;
            HttpResponse<String> claimed = call(h -> h.postJson("/engine-rest/task/" + id + "/claim", "{\"userId\":\"" + claimant + "\"}",
                    claimant, password));
            if (claimed.statusCode() != 204) {
                return taskStays(id, "claim " + key + " by " + claimant + ": " + claimed.statusCode() + " " + claimed.body());
            }
        }
        String actor = user;
        HttpResponse<String> opened = call(h -> h.get("/engine-rest/task/" + id + "/form-variables?deserializeValues=false", actor, password));
        if (opened.statusCode() != 200) {
            return taskStays(id, "form of " + key + " as " + actor + ": " + opened.statusCode() + " " + opened.body());
        }
        String businessKey = read(expect(call(h -> h.get("/engine-rest/process-instance/" + task.path("processInstanceId").asText(), "admin",
                adminPassword)), 200, "process instance")).path("businessKey").asText(null);
        String subject = CycleForms.subject(businessKey, actor);
        String body = forms.submission(key, subject, actor, read(opened.body()));
        String conflict = "";
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        for (int attempt = 1; attempt <= CONFLICT_ATTEMPTS; attempt++) {
            HttpResponse<String> submitted;
            try {
                submitted = Http.withoutCookies(nextAlive().port()).postJson("/engine-rest/task/" + id + "/submit-form", body, actor, password);
            } catch (UncheckedIOException e) {
                // the node died with the request: it was committed or rolled back with it; the task tells which
                requestsRedirected.incrementAndGet();
                if (!exists(id)) {
                    answersLost.incrementAndGet();
                    return true;
                }
                assertThat(System.nanoTime()).as("task %s submitted within 5 minutes of node failures", id).isLessThan(deadline);
                attempt--; // a dead node is no conflict: send again elsewhere
                sleep(200);
                continue;
            }
            if (submitted.statusCode() == 204) {
                return true;
            }
            if (submitted.statusCode() == 409) {
                // "Data ini baru saja diubah oleh permintaan lain": the person sends again, a little later each time
                conflicts.incrementAndGet();
                conflict = submitted.body();
                sleep(100L * attempt + ThreadLocalRandom.current().nextInt(100));
                continue;
            }
            return taskStays(id, key + " as " + actor + " answered " + submitted.statusCode() + ": " + submitted.body() + "\nsent: " + body);
        }
        return taskStays(id, key + " as " + actor + ": still in conflict after " + CONFLICT_ATTEMPTS + " attempts: " + conflict);
    }

    /** A refused step: fine when the task is gone (done by a request whose answer was lost), a failure otherwise. */
    private boolean taskStays(String id, String what) {
        if (!exists(id)) {
            answersLost.incrementAndGet();
            return false;
        }
        fail("task %s: %s", id, what);
        return false;
    }

    private boolean exists(String taskId) {
        return call(h -> h.get("/engine-rest/task/" + taskId, "admin", adminPassword)).statusCode() == 200;
    }

    private Node nextAlive() {
        for (int i = 0; i < nodes.size() * 50; i++) {
            Node node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
            if (node.isServing()) {
                return node;
            }
            if (i % nodes.size() == nodes.size() - 1) {
                sleep(200);
            }
        }
        throw new IllegalStateException("no node alive");
    }

    private String candidate(JsonNode links) {
        for (JsonNode link : links) {
            if ("candidate".equals(link.path("type").asText()) && link.path("userId").isTextual()) {
                return link.path("userId").asText();
            }
        }
        for (JsonNode link : links) {
            String group = link.path("groupId").asText("");
            if (group.equals("admin-bkpsdm")) {
                return org.hrAdmin();
            }
            if (group.equals("tim-penilai")) {
                return committeeMember;
            }
        }
        throw new IllegalStateException("no candidate in " + links);
    }

    /** Coaching follow-up timers fall due now: the test does not wait weeks. */
    private void dueCoachingTimers() {
        JsonNode timers = read(expect(call(h -> h.get("/engine-rest/job?activityId=Timer_CoachingFollowUp&timers=true", "admin",
                adminPassword)), 200, "coaching timers"));
        String now = ZonedDateTime.now().minusSeconds(1).format(REST_DATE);
        for (JsonNode timer : timers) {
            String id = timer.path("id").asText();
            HttpResponse<String> moved = call(h -> h.put("/engine-rest/job/" + id + "/duedate", "{\"duedate\":\"" + now + "\"}", "admin",
                    adminPassword));
            // 404/500: the job executor ran it meanwhile; 409: it was changing it at that moment (the next round moves
            // it again if it is still waiting)
            assertThat(moved.statusCode()).as("due date of %s: %s", id, moved.body()).isIn(204, 404, 409, 500);
        }
    }

    private static String expect(HttpResponse<String> response, int status, String what) {
        assertThat(response.statusCode()).as("%s: %s", what, response.body()).isEqualTo(status);
        return response.body();
    }

    private static JsonNode read(String json) {
        return CycleForms.read(json);
    }

    private static void sleep(long millis) {
        Pause.millis(millis);
    }

    @Override
    public void close() {
        clients.shutdownNow();
    }
}

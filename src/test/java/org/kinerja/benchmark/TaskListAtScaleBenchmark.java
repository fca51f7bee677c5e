package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.MachineFigures.loadAverage;
import static org.kinerja.support.MachineFigures.seconds;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessInstanceWithVariablesImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportReport;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tasklist's filters with {@code kinerja.benchmark.tasks} open tasks in the system (default 100,000), authorization on
 * as in production: the requests the Tasklist page sends, over real HTTP as an employee with HTTP Basic, timed.
 * A benchmark, not a timed test: it prints p50/p95/p99, the SQL and its plan, and the table rows read per request, and
 * asserts only correctness (each user sees exactly their tasks). The target (issue 12): "Tugas saya" p95 ≤ 50 ms.
 *
 * <pre>mvn -B -Pbenchmark verify -Dit.test=TaskListAtScaleBenchmark -Dkinerja.benchmark.tasks=100000</pre>
 *
 * <p>The first {@code kinerja.benchmark.engine-tasks} (default 2,000, the measured employee's among them) are real
 * process tasks of the test process {@code KinerjaTestProcess}, started by the engine in batches, so each has what the
 * engine writes for one: the task, its authorization for the assignee or the candidate groups/users
 * ({@code TASK_WORK}, as configured), identity links, process and task history. The engine makes about 50 a second on
 * this machine, so the rest are copies of the runtime rows it wrote for a task of the same kind (task, authorizations,
 * identity links), each with its own id, assignee or candidate and creation time (all spread over 60 days). The mix, roughly what a cycle leaves
 * open: 1 % for {@code admin-bkpsdm} (appraisals without a supervisor in charge), 0.5 % for {@code tim-penilai}, 1 %
 * for unit groups (complaints), 0.2 % offered to the head of the organisation (calibration), the rest assigned to one
 * of {@code tasks / 10} employees (about 10 each). The measured employee has exactly {@value #MINE} tasks.
 *
 * <p>Requests: "Tugas saya" as Tasklist lists it ({@code POST /filter/{id}/list?firstResult=0&maxResults=15} with its
 * body: sort by creation time descending, active only; plain JSON and HAL, which Tasklist asks for and which adds the
 * count and the embedded users and definitions), {@code GET /filter/{id}/count} (the counter next to each filter,
 * refreshed every 10 s), the same for "Tugas kelompok saya" as the HR admin and "Tugas yang ditawarkan kepada saya" as
 * the head, and {@code GET /filter/{id}} as the cost of the request and its Basic login alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "kinerja.admin.password=Beban-Uji-2026!",
        "kinerja.identity.initial-password=" + TaskListAtScaleBenchmark.PASSWORD,
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
class TaskListAtScaleBenchmark {

    static final String DATABASE = "benchtasks";
    static final String PASSWORD = "Beban-Uji-2026!";
    static final int TASKS = Integer.getInteger("kinerja.benchmark.tasks", 100_000);
    static final int REQUESTS = Integer.getInteger("kinerja.benchmark.requests", 200);
    static final int WARM_UP = 50;
    static final int BATCH = 250;
    /** Tasks the engine creates; the rest are copies of their rows. */
    static final int ENGINE_TASKS = Integer.getInteger("kinerja.benchmark.engine-tasks", 2_000);
    static final int MINE = 12;
    static final double TARGET_P95_MILLIS = 50;
    static final String INSTANSI = "TUGAS";
    static final String PROCESS = "KinerjaTestProcess";
    static final String LIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
            + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    static final String TASK_MAPPER = "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity";

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> report = new ArrayList<>();
    /** The process instances the engine started, in plan order. */
    private final List<String> instances = new ArrayList<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
    }

    @Test
    void filtersListExactlyTheUsersTasks() throws Exception {
        assertThat(TASKS).as("kinerja.benchmark.tasks").isBetween(1_000, 10_000_000);
        int employees = Math.max(100, TASKS / 10);
        log("Kinerja Tasklist benchmark: %d open tasks, %d employees, PostgreSQL %s", TASKS, employees,
                jdbc.queryForObject("show server_version", String.class));

        // 1. The organisation, every employee with an account (password known to the benchmark).
        GeneratedOrganisation org = GeneratedOrganisation.generate(INSTANSI, employees);
        long t = System.nanoTime();
        unitImport.importCsv(org.unitCsv());
        EmployeeImportReport imported = employeeImport.importCsv(org.employeeCsv());
        assertThat(imported.created()).isEqualTo(employees);
        log("import: %d units, %d employees with accounts in %.1f s", org.units().size(), employees, seconds(t));

        List<String> nips = new ArrayList<>(org.nips());
        String head = nips.get(0);
        String hrAdmin = org.hrAdmin();
        String me = org.employees().stream().filter(e -> e[6].isEmpty() && e[3].startsWith("Analis Kebijakan")).skip(employees / 20)
                .findFirst().orElseThrow()[0];
        List<String> unitGroups = org.units().stream().map(u -> KinerjaGroups.unitGroup(u[0])).toList();

        // 2. The open tasks.
        int hrTasks = TASKS / 100;
        int committeeTasks = TASKS / 200;
        int unitTasks = TASKS / 100;
        int offeredTasks = TASKS / 500;
        int assigned = TASKS - hrTasks - committeeTasks - unitTasks - offeredTasks;
        List<String[]> plan = new ArrayList<>(TASKS); // {assignee, candidate group, candidate user}
        List<String> others = nips.stream().filter(n -> !n.equals(me)).toList();
        for (int i = 0; i < assigned - MINE; i++) {
            plan.add(new String[] {others.get(i % others.size()), null, null});
        }
        for (int i = 0; i < hrTasks; i++) {
            plan.add(new String[] {null, KinerjaGroups.ADMIN_BKPSDM, null});
        }
        for (int i = 0; i < committeeTasks; i++) {
            plan.add(new String[] {null, KinerjaGroups.TIM_PENILAI, null});
        }
        for (int i = 0; i < unitTasks; i++) {
            plan.add(new String[] {null, unitGroups.get(i % unitGroups.size()), null});
        }
        for (int i = 0; i < offeredTasks; i++) {
            plan.add(new String[] {null, null, head});
        }
        // Creation times over the last 60 days, in random order (the measured employee's too: they come in over weeks).
        java.util.Random random = new java.util.Random(42);
        java.util.Collections.shuffle(plan, random);
        for (int i = 0; i < MINE; i++) {
            plan.add(i, new String[] {me, null, null});
        }
        assertThat(plan).hasSize(TASKS);
        int byEngine = Math.min(TASKS, ENGINE_TASKS);
        int next = MINE;
        for (String kind : List.of("assigned", "group", "offered")) { // a template of each kind among the engine's tasks
            for (int i = 0; i < TASKS; i++) {
                if (kind(plan.get(i)).equals(kind)) {
                    if (i >= byEngine) {
                        java.util.Collections.swap(plan, i, next++);
                    }
                    break;
                }
            }
        }
        long now = System.currentTimeMillis();
        long[] created = new long[TASKS];
        for (int i = 0; i < TASKS; i++) {
            created[i] = now - (long) (random.nextDouble() * 60 * 86_400_000L);
        }

        // The first ENGINE_TASKS by the engine (the measured employee's among them), in batches of one command each.
        t = System.nanoTime();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        for (int from = 0; from < byEngine; from += BATCH) {
            List<String[]> batch = plan.subList(from, Math.min(byEngine, from + BATCH));
            // one command context per batch: the engine flushes the batch's inserts together
            configuration.getCommandExecutorTxRequired().execute((Command<Void>) context -> {
                for (String[] task : batch) {
                    start(task[0], task[1], task[2]);
                }
                return null;
            });
        }
        jdbc.update("update act_ru_task set create_time_ = to_timestamp(? / 1000.0 - random() * 60 * 86400)", now);
        double engineSeconds = seconds(t);

        // The rest: copies of the rows the engine wrote for a task of the same kind (the task, its authorizations and
        // identity links), each with its own id, assignee or candidate, and creation time.
        t = System.nanoTime();
        Map<String, String> templates = new HashMap<>();
        for (int i = 0; i < byEngine; i++) {
            templates.putIfAbsent(kind(plan.get(i)), engine.getTaskService().createTaskQuery().processInstanceId(instances.get(i))
                    .singleResult().getId());
        }
        jdbc.execute("create temporary table bench_task (id varchar(64), kind varchar(20), assignee varchar(255), "
                + "candidate_group varchar(255), candidate_user varchar(255), created timestamp)");
        List<Object[]> rows = new ArrayList<>();
        for (int i = byEngine; i < TASKS; i++) {
            String[] task = plan.get(i);
            assertThat(templates).as("a task of kind %s made by the engine", kind(task)).containsKey(kind(task));
            rows.add(new Object[] {"bench-" + i, kind(task), task[0], task[1], task[2], new java.sql.Timestamp(created[i])});
        }
        jdbc.batchUpdate("insert into bench_task values (?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("create temporary table bench_template as select * from (values " + templates.entrySet().stream()
                .map(e -> "('" + e.getKey() + "', '" + e.getValue() + "')").collect(Collectors.joining(", "))
                + ") v (kind, task_id)");
        copy("act_ru_task", "t.id_ = m.task_id", Map.of("ID_", "b.id", "ASSIGNEE_", "b.assignee", "CREATE_TIME_", "b.created"));
        copy("act_ru_authorization", "t.resource_id_ = m.task_id", Map.of("ID_", "b.id || '-' || t.id_", "RESOURCE_ID_", "b.id",
                "USER_ID_", "case when t.user_id_ is null then null else coalesce(b.assignee, b.candidate_user) end",
                "GROUP_ID_", "case when t.group_id_ is null then null else b.candidate_group end"));
        copy("act_ru_identitylink", "t.task_id_ = m.task_id", Map.of("ID_", "b.id || '-' || t.id_", "TASK_ID_", "b.id",
                "USER_ID_", "case when t.user_id_ is null then null else coalesce(b.assignee, b.candidate_user) end",
                "GROUP_ID_", "case when t.group_id_ is null then null else b.candidate_group end"));
        double copySeconds = seconds(t);
        jdbc.execute("vacuum analyze act_ru_task");
        jdbc.execute("vacuum analyze act_ru_authorization");
        jdbc.execute("vacuum analyze act_ru_identitylink");
        double createSeconds = engineSeconds + copySeconds;
        long openTasks = engine.getTaskService().createTaskQuery().count();
        assertThat(openTasks).isEqualTo(TASKS);
        log("%d tasks by the engine in %.1f s, %d copied in %.1f s; act_ru_task %d, act_ru_authorization %d, "
                + "act_ru_identitylink %d rows", byEngine, engineSeconds, TASKS - byEngine, copySeconds, count("act_ru_task"),
                count("act_ru_authorization"), count("act_ru_identitylink"));

        // 3. The filters, as the employee sees them.
        Map<String, String> filters = new HashMap<>();
        for (JsonNode filter : json.readTree(send("GET", "/engine-rest/filter?resourceType=Task", null, me, false).body())) {
            filters.put(filter.get("name").asText(), filter.get("id").asText());
        }
        String mine = filters.get("Tugas saya");
        String group = filters.get("Tugas kelompok saya");
        String offered = filters.get("Tugas yang ditawarkan kepada saya");
        assertThat(mine).isNotNull();
        assertThat(group).isNotNull();
        assertThat(offered).isNotNull();

        // 4. Correctness: each user sees exactly their tasks, newest first.
        Set<String> myTaskIds = engine.getTaskService().createTaskQuery().taskAssignee(me).list().stream().map(Task::getId)
                .collect(Collectors.toSet());
        assertThat(myTaskIds).hasSize(MINE);
        JsonNode myList = json.readTree(list(mine, me, false).body());
        assertThat(ids(myList)).containsExactlyInAnyOrderElementsOf(myTaskIds);
        assertCreatedDescending(myList);
        JsonNode myHal = json.readTree(list(mine, me, true).body());
        assertThat(myHal.get("count").asLong()).isEqualTo(MINE);
        assertThat(ids(myHal.get("_embedded").get("task"))).containsExactlyInAnyOrderElementsOf(myTaskIds);
        assertThat(count(mine, me)).isEqualTo(MINE);

        Set<String> hrGroups = engine.getIdentityService().createGroupQuery().groupMember(hrAdmin).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        long expectedGroupTasks = plan.stream().filter(p -> p[1] != null && hrGroups.contains(p[1])).count();
        assertThat(expectedGroupTasks).isGreaterThanOrEqualTo(hrTasks);
        assertThat(count(group, hrAdmin)).isEqualTo(expectedGroupTasks);
        JsonNode groupList = json.readTree(list(group, hrAdmin, false).body());
        assertThat(groupList).hasSize(15);
        for (JsonNode task : groupList) {
            assertThat(task.path("assignee").isNull() || task.path("assignee").isMissingNode()).as("unassigned").isTrue();
            assertThat(engine.getTaskService().getIdentityLinksForTask(task.get("id").asText()).stream()
                    .anyMatch(l -> hrGroups.contains(l.getGroupId()))).isTrue();
        }
        assertCreatedDescending(groupList);
        // Camunda's candidate-user query also matches the user's groups
        Set<String> headGroups = engine.getIdentityService().createGroupQuery().groupMember(head).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        assertThat(count(offered, head)).isEqualTo(plan.stream().filter(p -> head.equals(p[2]) || p[1] != null && headGroups
                .contains(p[1])).count());
        assertThat(count(mine, hrAdmin)).as("the HR admin's own assigned tasks")
                .isEqualTo(plan.stream().filter(p -> hrAdmin.equals(p[0])).count());
        assertThat(send("POST", "/engine-rest/filter/" + mine + "/list?firstResult=0&maxResults=15", LIST_BODY, "tidak-ada", false)
                .statusCode()).isEqualTo(401);

        // 5. The SQL of "Tugas saya" (list and count) and its plan.
        explain(mine, me);

        report.add("  SQL statements per request (MyBatis statement ids):");
        report.add("    list JSON: " + statements(() -> list(mine, me, false)));
        report.add("    list HAL:  " + statements(() -> list(mine, me, true)));
        report.add("    count:     " + statements(() -> countResponse(mine, me)));

        // 6. Timings, and rows read per request.
        report.add(String.format(Locale.ROOT, "  %-58s %7s %7s %7s %7s %8s %10s", "request (" + REQUESTS + " after " + WARM_UP
                + " warm-up)", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU ms", "rows read"));
        double myListP95 = measure("Tugas saya: list (JSON), employee", () -> list(mine, me, false));
        double myHalP95 = measure("Tugas saya: list (HAL, as Tasklist), employee", () -> list(mine, me, true));
        double myCountP95 = measure("Tugas saya: count, employee", () -> countResponse(mine, me));
        measure("Tugas kelompok saya: list (HAL), HR admin", () -> list(group, hrAdmin, true));
        measure("Tugas kelompok saya: count, HR admin", () -> countResponse(group, hrAdmin));
        measure("Tugas yang ditawarkan: list (HAL), head", () -> list(offered, head, true));
        measure("Tugas yang ditawarkan: count, head", () -> countResponse(offered, head));
        measure("baseline: GET /filter/{id} (request + Basic login only)", () -> send("GET", "/engine-rest/filter/" + mine, null, me,
                false));

        String line = "=".repeat(110);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "KINERJA TASKLIST AT SCALE (PostgreSQL %s, authorization on)%n",
                jdbc.queryForObject("show server_version", String.class));
        System.out.printf(Locale.ROOT, "  open tasks %d (the employee's %d; %d for admin-bkpsdm, %d tim-penilai, %d unit groups, %d offered)%n",
                TASKS, MINE, hrTasks, committeeTasks, unitTasks, offeredTasks);
        System.out.printf(Locale.ROOT, "  act_ru_authorization %d rows, act_ru_identitylink %d rows; setup %.0f s; machine load %s "
                + "(%d CPUs): wall times include waiting for a CPU, CPU ms is the server's own work%n", count("act_ru_authorization"),
                count("act_ru_identitylink"), createSeconds, loadAverage(), Runtime.getRuntime().availableProcessors());
        report.forEach(System.out::println);
        double worst = Math.max(myListP95, Math.max(myHalP95, myCountP95));
        System.out.printf(Locale.ROOT, "  TARGET \"Tugas saya\" p95 <= %.0f ms (list JSON %.1f, list HAL %.1f, count %.1f): %s%n",
                TARGET_P95_MILLIS, myListP95, myHalP95, myCountP95, worst <= TARGET_P95_MILLIS ? "MET"
                        : String.format(Locale.ROOT, "MISSED by %.1f ms", worst - TARGET_P95_MILLIS));
        System.out.println(line);
    }

    private void start(String assignee, String candidateGroup, String candidateUser) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroups", candidateGroup == null ? List.of() : List.of(candidateGroup));
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, variables);
        instances.add(instance.getId());
        if (candidateUser != null) {
            // not flushed yet (the batch's command context): the task is taken from the instance in memory
            TaskEntity task = ((ProcessInstanceWithVariablesImpl) instance).getExecutionEntity().getTasks().get(0);
            task.addCandidateUser(candidateUser);
        }
    }

    private static String kind(String[] task) {
        return task[0] != null ? "assigned" : task[1] != null ? "group" : "offered";
    }

    /**
     * Copies the template task's rows of {@code table} once per row of bench_task of the same kind, every column as
     * it is but those in {@code overrides} (column → SQL over t, the template row, and b, the new task).
     */
    private void copy(String table, String templateRow, Map<String, String> overrides) {
        List<String> columns = jdbc.queryForList("select upper(column_name) from information_schema.columns where table_name = ? "
                + "order by ordinal_position", String.class, table);
        String values = columns.stream().map(c -> overrides.getOrDefault(c, "t." + c)).collect(Collectors.joining(", "));
        int copied = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                + " from bench_task b join bench_template m on m.kind = b.kind join " + table + " t on " + templateRow);
        log("  %s: %d rows copied", table, copied);
    }

    private HttpResponse<String> list(String filter, String user, boolean hal) {
        return send("POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", LIST_BODY, user, hal);
    }

    private HttpResponse<String> countResponse(String filter, String user) {
        return send("GET", "/engine-rest/filter/" + filter + "/count", null, user, false);
    }

    private long count(String filter, String user) throws Exception {
        HttpResponse<String> response = countResponse(filter, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("count").asLong();
    }

    private HttpResponse<String> send(String method, String path, String body, String user, boolean hal) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", hal ? "application/hal+json" : "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    /** Times {@value #REQUESTS} requests after {@value #WARM_UP}; returns p95 in ms. */
    private double measure(String what, java.util.function.Supplier<HttpResponse<String>> request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            HttpResponse<String> response = request.get();
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(200);
        }
        TableStatistics.waitForPublication();
        Map<String, Long> before = TableStatistics.read(jdbc);
        long cpuBefore = serverCpuNanos();
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = request.get();
            nanos[i] = System.nanoTime() - t;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        double cpuMillis = (serverCpuNanos() - cpuBefore) / 1e6 / REQUESTS;
        TableStatistics.waitForPublication();
        Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), before);
        long rows = read.values().stream().mapToLong(Long::longValue).sum();
        String top = read.entrySet().stream().filter(e -> e.getValue() >= REQUESTS).sorted(Map.Entry.<String, Long>comparingByValue()
                .reversed()).limit(3).map(e -> e.getKey() + " " + e.getValue() / REQUESTS).collect(Collectors.joining(", "));
        Arrays.sort(nanos);
        double p95 = percentile(nanos, 95);
        report.add(String.format(Locale.ROOT, "  %-58s %7.1f %7.1f %7.1f %7.1f %8.1f %10d  %s", what, percentile(nanos, 50), p95,
                percentile(nanos, 99), nanos[nanos.length - 1] / 1e6, cpuMillis, rows / REQUESTS, top));
        log("%s: p50 %.1f ms, p95 %.1f ms", what, percentile(nanos, 50), p95);
        return p95;
    }

    /** CPU time of the web server's request threads so far, in nanoseconds. */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** The engine's SQL statements during one request, counted by statement id. */
    private String statements(java.util.function.Supplier<HttpResponse<String>> request) {
        Logger logger = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.impl.persistence.entity");
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            request.get();
        } finally {
            logger.setLevel(level);
            logger.detachAppender(appender);
        }
        Map<String, Long> counts = appender.list.stream().filter(e -> e.getFormattedMessage().startsWith("==>  Preparing"))
                .collect(Collectors.groupingBy(e -> e.getLoggerName().substring(e.getLoggerName().lastIndexOf('.') + 1),
                        java.util.TreeMap::new, Collectors.counting()));
        return counts.values().stream().mapToLong(Long::longValue).sum() + " " + counts;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /**
     * Catches the statements the engine sends for one list and one count request (MyBatis logs them at DEBUG under the
     * mapper's name), fills in their parameters and prints PostgreSQL's plan with actual times.
     */
    private void explain(String filter, String user) {
        Logger logger = (Logger) LoggerFactory.getLogger(TASK_MAPPER);
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            list(filter, user, false);
            countResponse(filter, user);
        } finally {
            logger.setLevel(level);
            logger.detachAppender(appender);
        }
        Map<String, String> statements = new LinkedHashMap<>();
        String sql = null;
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            if (message.startsWith("==>  Preparing: ")) {
                sql = message.substring("==>  Preparing: ".length());
            } else if (message.startsWith("==> Parameters: ") && sql != null) {
                statements.put(event.getLoggerName().substring(TASK_MAPPER.length() + 1), bind(sql,
                        message.substring("==> Parameters: ".length())));
                sql = null;
            }
        }
        assertThat(statements).as("task statements logged").isNotEmpty();
        for (Map.Entry<String, String> statement : statements.entrySet()) {
            System.out.println("[benchmark] SQL " + statement.getKey() + ":\n  " + statement.getValue());
            List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + statement.getValue(), String.class);
            System.out.println("[benchmark] plan:\n  " + String.join("\n  ", plan));
            report.add(String.format(Locale.ROOT, "  plan %s: %s", statement.getKey(), plan.get(plan.size() - 1).trim()));
        }
    }

    /** The statement with its parameters ("v1(String), 7(Integer), ...") written in. */
    private static String bind(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        if (!parameters.isBlank()) {
            for (String parameter : parameters.split(", ")) {
                int open = parameter.lastIndexOf('(');
                if (open < 0) {
                    values.add(parameter); // null
                    continue;
                }
                String value = parameter.substring(0, open);
                String type = parameter.substring(open + 1, parameter.length() - 1);
                values.add(type.equals("String") || type.equals("Timestamp") ? "'" + value.replace("'", "''") + "'" : value);
            }
        }
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            bound.append(c == '?' ? values.get(next++) : String.valueOf(c));
        }
        assertThat(next).as("parameters of " + sql).isEqualTo(values.size());
        return bound.toString();
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static void assertCreatedDescending(JsonNode tasks) {
        List<String> created = new ArrayList<>();
        tasks.forEach(task -> created.add(task.get("created").asText()));
        List<String> sorted = new ArrayList<>(created);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertThat(created).isEqualTo(sorted);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }
}

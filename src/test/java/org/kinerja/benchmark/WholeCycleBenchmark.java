package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kinerja.support.MachineFigures.jvmCpuNanos;
import static org.kinerja.support.MachineFigures.loadAverage;
import static org.kinerja.support.MachineFigures.postgresCpuNanos;
import static org.kinerja.support.MachineFigures.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.appraisal.IndicatorTemplateService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.CycleForms;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.Http;
import org.kinerja.support.JobFailures;
import org.kinerja.support.Pause;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A whole appraisal cycle of N employees, phase by phase, driven through the doors people use: the REST API as
 * Tasklist calls it ({@code GET /task/{id}/form-variables}, then {@code POST /task/{id}/submit-form}, a claim first
 * for tasks offered to a group), the calibration board's endpoints, publication and the outcomes, mail to an SMTP
 * sink (GreenMail). The job executor runs as in production; PostgreSQL is the throwaway {@link PostgresTestServer}
 * (fsync off). Runs in a JVM of at most 1 GiB heap ({@code -Pbenchmark}).
 *
 * <p>The <b>bare baseline</b> runs in the same application and database, phase by phase alternating with Kinerja: the
 * same BPMN shapes ({@code src/test/resources/benchmark/Bare*.bpmn}: multi-instance call activities, user tasks with
 * two timeout timers each, the sequential progress subprocess, parallel peer tasks with a boundary timer,
 * asynchronous service tasks) with no-op delegates, deployed without Kinerja's task listeners, and holding one process
 * variable (the employee's index). The REST door (authentication, Kinerja's engine guard) is the same for both.
 *
 * <pre>mvn -B -Pbenchmark verify -Dit.test=WholeCycleBenchmark -Dkinerja.benchmark.employees=2000</pre>
 *
 * <p>System properties: {@code kinerja.benchmark.employees} (default 2000), {@code kinerja.benchmark.clients} (REST
 * clients working at once, default 4), {@code kinerja.benchmark.timeout-minutes} (per phase, default 30),
 * {@code kinerja.benchmark.variants} ({@code BARE,KINERJA}, the default, or one of them: a run of Kinerja alone takes
 * half the time, and prints no ratios; the bare baseline's figures then come from an earlier run).
 *
 * <p>Per phase it prints wall time, tasks completed per second, the REST submission's mean and 95th percentile, CPU
 * per task (this JVM: server, job executor and the REST clients; and PostgreSQL's processes), rows read and written per
 * employee per table (pg_stat, the benchmark's own queries taken off), heap peak, and the ratio Kinerja / bare. It
 * asserts correctness only: every appraisal and outcome ends exactly once, 0 failed jobs, 0 incidents, one result and
 * one outcome and at most one certificate per employee, and every outbox row delivered exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "kinerja.admin.password=" + WholeCycleBenchmark.PASSWORD,
        "kinerja.mail.enabled=true",
        // the daily digest runs when the benchmark starts it (phase 1b), not at a time of day
        "kinerja.mail.digest-time=23:59",
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
class WholeCycleBenchmark {

    static final String DATABASE = "whole_cycle";
    static final String PASSWORD = "Beban-Uji-2026!";
    static final int EMPLOYEES = Integer.getInteger("kinerja.benchmark.employees", 2000);
    static final int CLIENTS = Integer.getInteger("kinerja.benchmark.clients", 4);
    static final long TIMEOUT_MINUTES = Long.getLong("kinerja.benchmark.timeout-minutes", 30);
    static final int PAGE = 1000;
    static final List<Variant> VARIANTS = java.util.Arrays.stream(System.getProperty("kinerja.benchmark.variants", "BARE,KINERJA")
            .split(",")).map(String::strip).map(v -> Variant.valueOf(v.toUpperCase(Locale.ROOT))).distinct().sorted().toList();
    static final String INSTANSI = "UTUH";
    static final int PROGRESS_PERIODS = 3;
    static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    /** What the bare processes call: nothing. */
    public static final class BareNoop implements JavaDelegate, TaskListener {
        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }

    /** Whom the bare processes assign, by the employee's index: held in memory, no query. */
    public static final class BareOrganisation {
        private volatile List<String> employees = List.of();
        private volatile Map<String, String> supervisors = Map.of();
        private volatile Map<String, List<String>> peers = Map.of();

        void use(GeneratedOrganisation org) {
            List<String> nips = new ArrayList<>();
            Map<String, String> supervisorOf = new HashMap<>();
            Map<String, List<String>> byUnit = new HashMap<>();
            for (String[] e : org.employees()) {
                nips.add(e[0]);
                supervisorOf.put(e[0], e[5].isEmpty() ? org.hrAdmin() : e[5]);
                byUnit.computeIfAbsent(e[4], u -> new ArrayList<>()).add(e[0]);
            }
            Map<String, List<String>> peersOf = new HashMap<>();
            for (String[] e : org.employees()) {
                List<String> unit = byUnit.get(e[4]);
                List<String> chosen = new ArrayList<>();
                int own = unit.indexOf(e[0]);
                for (int k = 1; k < unit.size() && chosen.size() < 3; k++) {
                    chosen.add(unit.get((own + k) % unit.size()));
                }
                peersOf.put(e[0], chosen);
            }
            this.employees = List.copyOf(nips);
            this.supervisors = Map.copyOf(supervisorOf);
            this.peers = Map.copyOf(peersOf);
        }

        public int size() {
            return employees.size();
        }

        public int progressPeriods() {
            return PROGRESS_PERIODS;
        }

        public String employee(Object index) {
            return employees.get(((Number) index).intValue());
        }

        public String supervisor(Object index) {
            return supervisors.get(employee(index));
        }

        public int peerCount(Object index) {
            return peers.get(employee(index)).size();
        }

        public String peer(Object index, Object loopCounter) {
            return peers.get(employee(index)).get(((Number) loopCounter).intValue());
        }
    }

    /**
     * How the bare cycle starts its children and learns that the last has ended, as Kinerja's cycle does
     * ({@code CycleChildren}): batches of 100 started from a parallel multi-instance service task, and a counter row per
     * phase that the last child's end event brings to 0 before it correlates the message the cycle waits for. No
     * per-employee bookkeeping.
     */
    public static final class BareChildren {
        private final JdbcTemplate jdbc;
        private final BareOrganisation organisation;
        private final org.springframework.beans.factory.ObjectProvider<ProcessEngine> engine;

        BareChildren(JdbcTemplate jdbc, BareOrganisation organisation, org.springframework.beans.factory.ObjectProvider<ProcessEngine> engine) {
            this.jdbc = jdbc;
            this.organisation = organisation;
            this.engine = engine;
        }

        public int batchCount() {
            return (organisation.size() + 99) / 100;
        }

        JavaDelegate open() {
            return execution -> {
                jdbc.execute("create table if not exists bare_progress (phase varchar(20) primary key, open_count integer not null,"
                        + " cycle_instance varchar(64) not null)");
                jdbc.update("delete from bare_progress");
                for (String phase : List.of("AppraisalsConcluded", "OutcomesConcluded")) {
                    jdbc.update("insert into bare_progress (phase, open_count, cycle_instance) values (?, ?, ?)", phase,
                            organisation.size(), execution.getProcessInstanceId());
                }
            };
        }

        JavaDelegate start(String processKey) {
            return execution -> {
                int batch = ((Number) execution.getVariable("loopCounter")).intValue();
                int batches = ((Number) execution.getVariable("nrOfInstances")).intValue();
                int size = (organisation.size() + batches - 1) / batches;
                for (int index = batch * size; index < Math.min(organisation.size(), (batch + 1) * size); index++) {
                    engine.getObject().getRuntimeService().createProcessInstanceByKey(processKey).setVariable("index", index).execute();
                }
            };
        }

        JavaDelegate concluded(String message) {
            return execution -> {
                Map<String, Object> row = jdbc.queryForMap("select open_count, cycle_instance from bare_progress where phase = ? for update",
                        message);
                int open = ((Number) row.get("open_count")).intValue() - 1;
                jdbc.update("update bare_progress set open_count = ? where phase = ?", open, message);
                if (open == 0) {
                    engine.getObject().getRuntimeService().createMessageCorrelation(message)
                            .processInstanceId((String) row.get("cycle_instance")).correlateWithResult();
                }
            };
        }
    }

    @TestConfiguration
    static class BareBaseline {
        @Bean
        BareNoop bareNoop() {
            return new BareNoop();
        }

        @Bean
        BareChildren bareChildren(JdbcTemplate jdbc, BareOrganisation organisation,
                org.springframework.beans.factory.ObjectProvider<ProcessEngine> engine) {
            return new BareChildren(jdbc, organisation, engine);
        }

        @Bean
        JavaDelegate bareOpenCycle(BareChildren children) {
            return children.open();
        }

        @Bean
        JavaDelegate bareStartAppraisals(BareChildren children) {
            return children.start("BareAppraisalProcess");
        }

        @Bean
        JavaDelegate bareStartOutcomes(BareChildren children) {
            return children.start("BareOutcomeProcess");
        }

        @Bean
        JavaDelegate bareAppraisalConcluded(BareChildren children) {
            return children.concluded("AppraisalsConcluded");
        }

        @Bean
        JavaDelegate bareOutcomeConcluded(BareChildren children) {
            return children.concluded("OutcomesConcluded");
        }

        @Bean
        BareOrganisation bareOrganisation() {
            return new BareOrganisation();
        }
    }

    /** The two systems measured side by side. */
    enum Variant {
        BARE("bare", "BareCycleProcess", "BareAppraisalProcess", "BareOutcomeProcess"),
        KINERJA("Kinerja", "AppraisalCycleProcess", "EmployeeAppraisalProcess", "AppraisalOutcomeProcess");

        final String label;
        final String cycle;
        final String appraisal;
        final String outcome;

        Variant(String label, String cycle, String appraisal, String outcome) {
            this.label = label;
            this.cycle = cycle;
            this.appraisal = appraisal;
            this.outcome = outcome;
        }

        String[] processes() {
            return new String[] {cycle, appraisal, outcome};
        }
    }

    /** The figures of one phase of one variant. */
    record Figures(String phase, Variant variant, double seconds, long tasks, long restCalls, double submitMeanMs, double submitP95Ms,
            long jvmCpuNanos, long postgresCpuMillis, long heapPeakBytes, Map<String, Long> read, Map<String, Long> written,
            long mails, long conflicts) {

        double tasksPerSecond() {
            return tasks / Math.max(0.001, seconds);
        }

        double jvmCpuMsPerTask() {
            return tasks == 0 ? 0 : jvmCpuNanos / 1e6 / tasks;
        }

        double postgresCpuMsPerTask() {
            return tasks == 0 ? 0 : postgresCpuMillis / (double) tasks;
        }

        double readPerEmployee() {
            return read.values().stream().mapToLong(Long::longValue).sum() / (double) EMPLOYEES;
        }

        double writtenPerEmployee() {
            return written.values().stream().mapToLong(Long::longValue).sum() / (double) EMPLOYEES;
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    IndicatorTemplateService templates;
    @Autowired
    BareOrganisation bareOrganisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @LocalServerPort
    int port;

    private final JobFailures jobFailures = new JobFailures();
    private final Map<String, Long> observerReads = new TreeMap<>();
    private final Map<String, Long> observerWrites = new TreeMap<>();
    private final Set<String> messageIds = new HashSet<>();
    private int mailsReceived;
    private final List<Figures> figures = new ArrayList<>();
    private GeneratedOrganisation org;
    private Map<String, Integer> indexOf;
    private String committeeMember;
    private ExecutorService clients;
    private final Map<String, String> cycleInstance = new HashMap<>();

    @BeforeEach
    void countJobExecutionFailures() {
        jobFailures.start();
        clients = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void restore() {
        jobFailures.stop();
        clients.shutdownNow();
    }

    @Test
    void wholeCycleForEveryEmployee() throws Exception {
        assertThat(EMPLOYEES).as("kinerja.benchmark.employees").isBetween(20, 100_000);
        log("Kinerja whole-cycle benchmark: %d employees, %d REST clients, PostgreSQL %s (fsync %s), JVM max heap %d MiB, %d CPUs,"
                + " load %s", EMPLOYEES, CLIENTS, jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("show fsync", String.class), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        prepare();

        runPhase("1 start: every employee at the first task", variant -> start(variant));
        runPhase("1b the next morning's digest mail (Kinerja only)", variant -> digest(variant));
        runPhase("2 targets: draft and approve the SKP", variant -> completeAll(variant, Set.of("Task_DraftTargets",
                "Task_ApproveTargets")));
        runPhase("3 progress: " + PROGRESS_PERIODS + " reports and feedback", variant -> completeAll(variant,
                Set.of("Task_ReportProgress", "Task_GiveProgressFeedback")));
        runPhase("4 self-assessment", variant -> completeAll(variant, Set.of("Task_SelfAssessment")));
        runPhase("5 reviews and merge: peers and supervisor", variant -> completeAll(variant, Set.of("Task_RatePeer",
                "Task_ReviewBySupervisor")));
        runPhase("6 calibration: organisation rating, proposal, board, publication", variant -> calibrate(variant));
        runPhase("7 outcomes: results seen, rewards, coaching, sanctions", variant -> completeAll(variant, Set.of("Task_ViewResult",
                "Task_DraftCoachingPlan", "Task_AcknowledgeCoachingPlan", "Task_ReviewCoachingProgress", "Task_ReviewSanction")));

        verifyCorrectness();
        report();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Set-up

    private void prepare() throws Exception {
        org = GeneratedOrganisation.generate(INSTANSI, EMPLOYEES, 0, Math.max(1, EMPLOYEES / 25 / 8), 23);
        long t = System.nanoTime();
        unitImport.importCsv(org.unitCsv());
        employeeImport.importCsv(org.employeeCsv());
        for (String position : org.positions()) {
            templates.saveNewVersion(position, GeneratedOrganisation.templateFor(position), "benchmark");
        }
        indexOf = new HashMap<>();
        List<String[]> people = org.employees();
        for (int i = 0; i < people.size(); i++) {
            indexOf.put(people.get(i)[0], i);
            if (people.get(i)[6].contains("tim-penilai") && committeeMember == null) {
                committeeMember = people.get(i)[0];
            }
        }
        // Everyone signs in with a known password (the import gives unguessable ones).
        for (int start = 0; start < EMPLOYEES; start += 500) {
            int from = start;
            int to = Math.min(EMPLOYEES, from + 500);
            new TransactionTemplate(transactionManager).executeWithoutResult(s -> {
                for (int i = from; i < to; i++) {
                    User user = engine.getIdentityService().createUserQuery().userId(people.get(i)[0]).singleResult();
                    user.setPassword(PASSWORD);
                    engine.getIdentityService().saveUser(user);
                }
            });
        }
        bareOrganisation.use(org);
        if (VARIANTS.contains(Variant.BARE)) {
            deployBareBaseline();
        }
        log("organisation of %d employees (%d units) imported, passwords set and the bare baseline deployed in %.1f s",
                EMPLOYEES, org.units().size(), seconds(t));
    }

    /**
     * Deploys the bare processes and takes Kinerja's task listeners ({@code HumanTasks}, the assignment notifications)
     * off their parsed user tasks; the engine's own listeners and the BPMN's timeout listeners stay.
     */
    private void deployBareBaseline() throws Exception {
        var deployment = engine.getRepositoryService().createDeployment().name("bare-baseline");
        for (String name : BARE_PROCESSES) {
            deployment.addInputStream(name + ".bpmn", new ClassPathResource("benchmark/" + name + ".bpmn").getInputStream());
        }
        deployment.deploy();
        int removed = bareTaskListeners(true);
        assertThat(removed).as("Kinerja task listeners taken off the bare user tasks").isPositive();
        assertThat(bareTaskListeners(false)).isZero();
    }

    static final List<String> BARE_PROCESSES = List.of("BareCycleProcess", "BareAppraisalProcess", "BareOutcomeProcess");

    /** Counts (and, with {@code remove}, takes off) Kinerja's task listeners on the bare processes' user tasks. */
    private int bareTaskListeners(boolean remove) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            int found = 0;
            for (String key : BARE_PROCESSES) {
                var definition = configuration.getDeploymentCache().findDeployedLatestProcessDefinitionByKey(key);
                List<org.camunda.bpm.engine.impl.pvm.process.ActivityImpl> activities = new ArrayList<>(definition.getActivities());
                for (int i = 0; i < activities.size(); i++) {
                    activities.addAll(activities.get(i).getActivities());
                    if (activities.get(i).getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                        var task = userTask.getTaskDefinition();
                        List<List<TaskListener>> lists = new ArrayList<>(task.getTaskListeners().values());
                        for (String event : List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
                                TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_DELETE)) {
                            if (task.getAllTaskListenersForEvent(event) != null) {
                                lists.add(task.getAllTaskListenersForEvent(event));
                            }
                        }
                        for (List<TaskListener> listeners : lists) {
                            for (TaskListener listener : List.copyOf(listeners)) {
                                if (listener.getClass().getName().startsWith("org.kinerja.")) {
                                    found++;
                                    if (remove) {
                                        listeners.remove(listener);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Phases

    interface Work {
        void run(Variant variant) throws Exception;
    }

    /** Counters of the work done in a phase by the REST clients. */
    private final AtomicInteger tasksCompleted = new AtomicInteger();
    private final AtomicInteger restCalls = new AtomicInteger();
    /** Submissions answered 409 (another request changed the same process at once) and sent again. */
    private final AtomicInteger conflicts = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> submitNanos = new ConcurrentLinkedQueue<>();

    private void runPhase(String phase, Work work) throws Exception {
        for (Variant variant : VARIANTS) {
            settle();
            Map<String, Long> read0 = TableStatistics.read(jdbc);
            Map<String, Long> written0 = TableStatistics.written(jdbc);
            Map<String, Long> observerRead0 = new TreeMap<>(observerReads);
            Map<String, Long> observerWritten0 = new TreeMap<>(observerWrites);
            PostgresTestServer.statements(jdbc, 0); // resets them (with -Dkinerja.test.pg-statements=true)
            long jvmCpu0 = jvmCpuNanos();
            long pgCpu0 = (postgresCpuNanos(jdbc) / 1_000_000);
            int mails0 = mailsReceived;
            tasksCompleted.set(0);
            restCalls.set(0);
            conflicts.set(0);
            submitNanos.clear();
            // The heap in use, sampled: the sum of the pools' own peaks over-states it (eden and old gen peak at
            // different moments; it printed 1,279 MiB under -Xmx1g).
            java.util.concurrent.atomic.AtomicLong heapUsedPeak = new java.util.concurrent.atomic.AtomicLong();
            java.util.concurrent.ScheduledExecutorService heapSampler = java.util.concurrent.Executors
                    .newSingleThreadScheduledExecutor(r -> {
                        Thread thread = new Thread(r, "heap-sampler");
                        thread.setDaemon(true);
                        return thread;
                    });
            heapSampler.scheduleAtFixedRate(() -> heapUsedPeak.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 20,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
            long t = System.nanoTime();
            try {
                work.run(variant);
                awaitJobs(variant, phase);
            } finally {
                heapSampler.shutdownNow();
            }
            double wall = seconds(t);
            long jvmCpu = jvmCpuNanos() - jvmCpu0;
            long pgCpu = (postgresCpuNanos(jdbc) / 1_000_000) - pgCpu0;
            long heapPeak = heapUsedPeak.get();
            collectMails();
            TableStatistics.waitForPublication();
            Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), read0);
            TableStatistics.difference(observerReads, observerRead0).forEach((table, rows) -> read.merge(table, -rows, Long::sum));
            Map<String, Long> written = TableStatistics.difference(TableStatistics.written(jdbc), written0);
            TableStatistics.difference(observerWrites, observerWritten0).forEach((table, rows) -> written.merge(table, -rows, Long::sum));
            long[] sorted = submitNanos.stream().mapToLong(Long::longValue).sorted().toArray();
            double mean = sorted.length == 0 ? 0 : java.util.Arrays.stream(sorted).average().orElse(0) / 1e6;
            double p95 = sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6;
            Figures f = new Figures(phase, variant, wall, tasksCompleted.get(), restCalls.get(), mean, p95, jvmCpu, pgCpu, heapPeak,
                    read, written, mailsReceived - mails0, conflicts.get());
            figures.add(f);
            log("%-8s %-62s %7.1f s  %6d tasks  %6.1f tasks/s  submit %5.1f / %5.1f ms  CPU/task JVM %5.1f ms, PostgreSQL %5.1f ms"
                    + "  rows/employee read %6.0f written %5.0f  heap peak %4d MiB  mails %d  409 resent %d", variant.label, phase, wall, f.tasks(),
                    f.tasksPerSecond(), mean, p95, f.jvmCpuMsPerTask(), f.postgresCpuMsPerTask(), f.readPerEmployee(),
                    f.writtenPerEmployee(), heapPeak >> 20, f.mails(), f.conflicts());
            log("         read per employee: %s", perEmployee(read));
            log("         written per employee: %s", perEmployee(written));
            PostgresTestServer.statements(jdbc, 8).forEach(line -> log("         statement: %s", line));
        }
    }

    /** Phase 1: the HR admin submits the start form (Kinerja) or the admin starts the bare cycle, both through REST. */
    private void start(Variant variant) {
        Http http = new Http(port);
        int year = LocalDate.now().getYear();
        HttpResponse<String> started;
        if (variant == Variant.KINERJA) {
            String definition = observed(() -> engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(variant.cycle).latestVersion().singleResult().getId());
            started = http.postJson("/engine-rest/process-definition/" + definition + "/submit-form", """
                    {"variables":{"cycleName":{"value":"Siklus beban utuh %d"},"year":{"value":%d},"unitCode":{"value":"%s"},
                    "periodLength":{"value":"QUARTERLY"},"reminderDelay":{"value":"P7D"},"escalationDelay":{"value":"P14D"}}}"""
                    .formatted(year, year, INSTANSI), org.hrAdmin(), PASSWORD);
        } else {
            started = http.postJson("/engine-rest/process-definition/key/" + variant.cycle + "/start", "{}", "admin", PASSWORD);
        }
        restCalls.incrementAndGet();
        assertThat(started.statusCode()).as("%s start: %s", variant, started.body()).isEqualTo(200);
        cycleInstance.put(variant.cycle, read(started.body()).get("id").asText());
        awaitJobs(variant, "start");
        long waiting = observed(() -> engine.getTaskService().createTaskQuery().processDefinitionKey(variant.appraisal)
                .taskDefinitionKey("Task_DraftTargets").count());
        assertThat(waiting).as("%s appraisals at their first task", variant).isEqualTo(EMPLOYEES);
    }

    /**
     * Phase 1b: the next morning's digest, as the mail dispatcher starts it (one {@code MailDigestProcess} for the day),
     * with every employee's new SKP task waiting: one mail per person. The bare baseline sends no mail.
     */
    private void digest(Variant variant) {
        if (variant == Variant.KINERJA) {
            LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1);
            // as MailDispatcher does: the day's run (one per day), whose cutoff takes every assignment made so far
            jdbc.update("insert into mail_digest_run (digest_date, cutoff) values (?, current_timestamp)", java.sql.Date.valueOf(tomorrow));
            engine.getRuntimeService().createProcessInstanceByKey("MailDigestProcess").businessKey(tomorrow.toString()).execute();
            awaitJobs(variant, "digest");
        }
    }

    /** Completes every open task of these kinds, round after round, until none is left and no job waits. */
    private void completeAll(Variant variant, Set<String> taskKeys) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT_MINUTES * 60_000_000_000L;
        while (true) {
            List<Task> page = observed(() -> engine.getTaskService().createTaskQuery().processDefinitionKeyIn(variant.processes())
                    .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).orderByTaskId().asc().listPage(0, PAGE));
            if (page.isEmpty()) {
                awaitJobs(variant, String.join(",", taskKeys));
                if (dueCoachingTimers(variant) == 0 && observed(() -> engine.getTaskService().createTaskQuery()
                        .processDefinitionKeyIn(variant.processes()).taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).count()) == 0) {
                    return;
                }
                continue;
            }
            Map<String, List<IdentityLink>> candidates = new HashMap<>();
            for (Task task : page) {
                if (task.getAssignee() == null) {
                    candidates.put(task.getId(), observed(() -> engine.getTaskService().getIdentityLinksForTask(task.getId())));
                }
            }
            List<Future<?>> submissions = new ArrayList<>();
            for (List<Task> share : shares(page, CLIENTS)) {
                submissions.add(clients.submit(() -> {
                    Http http = new Http(port);
                    for (Task task : share) {
                        complete(http, variant, task, candidates.get(task.getId()));
                    }
                    return null;
                }));
            }
            for (Future<?> submission : submissions) {
                submission.get();
            }
            failOnJobFailures(variant + " " + taskKeys);
            if (System.nanoTime() > deadline) {
                fail("Timeout: %s tasks %s still open after %d min", variant, taskKeys, TIMEOUT_MINUTES);
            }
        }
    }

    /** Phase 6: the organisation rating, the proposal, the board (Kinerja), the committee's confirmation. */
    private void calibrate(Variant variant) throws Exception {
        completeAll(variant, Set.of("Task_SetOrganisationRating"));
        if (variant == Variant.KINERJA) {
            Http http = new Http(port);
            long cycleId = ((Number) observed(() -> engine.getRuntimeService()
                    .getVariable(cycleInstance.get(variant.cycle), "cycleId"))).longValue();
            long t = System.nanoTime();
            HttpResponse<String> signedIn = http.pageLogin(committeeMember, PASSWORD);
            assertThat(signedIn.statusCode()).as("committee member signs in").isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("gagal");
            HttpResponse<String> board = http.get("/kalibrasi/" + cycleId + "/data", null, null);
            restCalls.incrementAndGet();
            assertThat(board.statusCode()).as("board: %s", board.body()).isEqualTo(200);
            log("calibration board data for %d employees: %.0f ms, %d KiB", EMPLOYEES, (System.nanoTime() - t) / 1e6,
                    board.body().length() >> 10);
        }
        completeAll(variant, Set.of("Task_CalibrateResults"));
    }

    private static <T> List<List<T>> shares(List<T> items, int n) {
        List<List<T>> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < items.size(); i++) {
            shares.get(i % n).add(items.get(i));
        }
        return shares;
    }

    /**
     * One task as Tasklist completes it: claim when it is offered to a group, open its form variables, submit the
     * form. The figures of the submission are kept per phase.
     */
    private void complete(Http http, Variant variant, Task task, List<IdentityLink> links) throws Exception {
        String user = task.getAssignee();
        if (user == null) {
            user = candidate(links);
            HttpResponse<String> claimed = http.postJson("/engine-rest/task/" + task.getId() + "/claim",
                    "{\"userId\":\"" + user + "\"}", user, PASSWORD);
            restCalls.incrementAndGet();
            assertThat(claimed.statusCode()).as("claim %s by %s: %s", task.getTaskDefinitionKey(), user, claimed.body()).isEqualTo(204);
        }
        HttpResponse<String> opened = http.get("/engine-rest/task/" + task.getId() + "/form-variables?deserializeValues=false", user, PASSWORD);
        restCalls.incrementAndGet();
        assertThat(opened.statusCode()).as("form variables of %s as %s: %s", task.getTaskDefinitionKey(), user, opened.body())
                .isEqualTo(200);
        String body = variant == Variant.BARE ? "{\"variables\":{}}" : submission(task, user, read(opened.body()));
        HttpResponse<String> submitted = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            long t = System.nanoTime();
            submitted = http.postJson("/engine-rest/task/" + task.getId() + "/submit-form", body, user, PASSWORD);
            submitNanos.add(System.nanoTime() - t);
            restCalls.incrementAndGet();
            if (submitted.statusCode() != 409) {
                break;
            }
            conflicts.incrementAndGet(); // "Data ini baru saja diubah oleh permintaan lain": the person sends again
        }
        if (submitted.statusCode() != 204) {
            fail("%s %s as %s answered %d: %s%nsent: %s%nthe form showed: %s", variant, task.getTaskDefinitionKey(), user,
                    submitted.statusCode(), submitted.body(), body, opened.body());
        }
        tasksCompleted.incrementAndGet();
    }

    private String candidate(List<IdentityLink> links) {
        for (IdentityLink link : links) {
            if ("candidate".equals(link.getType()) && link.getUserId() != null) {
                return link.getUserId();
            }
        }
        for (IdentityLink link : links) {
            if ("admin-bkpsdm".equals(link.getGroupId())) {
                return org.hrAdmin();
            }
            if ("tim-penilai".equals(link.getGroupId())) {
                return committeeMember;
            }
        }
        throw new IllegalStateException("no candidate in " + links);
    }

    /** How employee {@code nip} performs (see {@link CycleForms#performance}). */
    private int[] performance(String subjectNip) {
        return CycleForms.performance(indexOf.getOrDefault(subjectNip, 0));
    }

    /** The form a person sends for a Kinerja task, from what the form showed them. */
    private String submission(Task task, String user, JsonNode shown) {
        return CycleForms.submission(task.getTaskDefinitionKey(), performance(subjectOf(task, user)), shown);
    }

    /** Whose appraisal a task is about: its business key ends with the NIP ("{cycleId}-{nip}"). */
    private String subjectOf(Task task, String user) {
        String key = observed(() -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
        return CycleForms.subject(key, user);
    }

    private static JsonNode read(String json) {
        return CycleForms.read(json);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Waiting, failures, mails

    /** Coaching follow-up timers fall due now: the benchmark does not wait weeks. Returns how many were moved. */
    private int dueCoachingTimers(Variant variant) {
        if (variant != Variant.KINERJA) {
            return 0;
        }
        List<Job> timers = observed(() -> engine.getManagementService().createJobQuery().processDefinitionKey(variant.outcome)
                .activityId("Timer_CoachingFollowUp").timers().list());
        Date now = new Date();
        for (Job timer : timers) {
            if (timer.getDuedate() == null || timer.getDuedate().after(now)) {
                observedWrite(() -> {
                    engine.getManagementService().setJobDuedate(timer.getId(), now);
                    return null;
                });
            }
        }
        return timers.size();
    }

    /** Waits until no job of the variant can run now (timers in the future stay). */
    private void awaitJobs(Variant variant, String what) {
        long deadline = System.nanoTime() + TIMEOUT_MINUTES * 60_000_000_000L;
        while (true) {
            failOnJobFailures(variant + " " + what);
            long due = observed(() -> engine.getManagementService().createJobQuery().executable().count());
            long pendingMail = observed(() -> jdbc.queryForObject("select count(*) from mail_outbox where status = 'PENDING'", Long.class));
            long failedMail = observed(() -> jdbc.queryForObject("select count(*) from mail_outbox where status = 'FAILED'", Long.class));
            assertThat(failedMail).as("mails that failed for good").isZero();
            if (due == 0 && pendingMail == 0) {
                return;
            }
            if (System.nanoTime() > deadline) {
                fail("Timeout: %s %s, %d jobs still due, %d mails pending", variant, what, due, pendingMail);
            }
            sleep(200);
        }
    }

    /**
     * Waits until the application is idle between two measured phases, then refreshes the planner's statistics, as
     * autovacuum does on a running system: the tables grew from nothing during the previous phase, and plans made for
     * a nearly empty table (a sequential scan) would otherwise be counted as a cost that grows with the organisation.
     */
    private void settle() {
        for (Variant variant : VARIANTS) {
            awaitJobs(variant, "settle");
        }
        jdbc.execute("analyze");
    }

    private void failOnJobFailures(String where) {
        if (jobFailures.count() > 0) {
            fail("A job failed (%s): %d failed executions, first: %s", where, jobFailures.count(), jobFailures.first());
        }
    }

    /** Takes the delivered mails off the sink (keeping their Message-IDs), so that the sink holds no heap. */
    private void collectMails() throws Exception {
        MimeMessage[] received = SMTP.getReceivedMessages();
        for (MimeMessage message : received) {
            String id = message.getMessageID();
            assertThat(messageIds.add(id)).as("Message-ID %s delivered twice", id).isTrue();
        }
        mailsReceived += received.length;
        SMTP.purgeEmailFromAllMailboxes();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Correctness

    private void verifyCorrectness() {
        if (VARIANTS.contains(Variant.BARE)) {
            assertThat(bareTaskListeners(false)).as("the bare processes ran without Kinerja's task listeners").isZero();
        }
        for (Variant variant : VARIANTS) {
            String cycle = cycleInstance.get(variant.cycle);
            assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(cycle).finished().count())
                    .as("%s cycle ended", variant).isEqualTo(1);
            for (String process : List.of(variant.appraisal, variant.outcome)) {
                // this database holds one cycle of each variant: the cycle starts its children by batch, not as call activities
                assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(process)
                        .finished().count()).as("%s %s ended", variant, process).isEqualTo(EMPLOYEES);
                assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(process)
                        .count()).as("%s %s started once each", variant, process).isEqualTo(EMPLOYEES);
            }
        }
        long cycleId = jdbc.queryForObject("select id from appraisal_cycle order by id desc limit 1", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Long.class, cycleId)).isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from (select a.id from appraisal a join appraisal_result r on r.appraisal_id = a.id"
                + " where a.cycle_id = ? group by a.id having count(*) = 1) one", Long.class, cycleId)).as("one result per employee")
                .isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from (select o.employee_id from appraisal_outcome o where o.cycle_id = ?"
                + " group by o.employee_id having count(*) = 1) one", Long.class, cycleId)).as("one outcome per employee")
                .isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select coalesce(max(n), 0) from (select count(*) n from outcome_certificate c join appraisal_outcome o"
                + " on o.id = c.outcome_id where o.cycle_id = ? group by o.employee_id) per", Long.class, cycleId)).as("at most one certificate per employee").isLessThanOrEqualTo(1L);
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("jobs with an exception").isZero();
        assertThat(engine.getHistoryService().createHistoricJobLogQuery().failureLog().count()).as("failed job executions").isZero();
        long outbox = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        long sent = jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT'", Long.class);
        assertThat(sent).as("every outbox row sent").isEqualTo(outbox);
        assertThat(mailsReceived).as("one mail at the sink per outbox row").isEqualTo((int) outbox);
        assertThat(messageIds).as("unique Message-IDs").hasSize(mailsReceived);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Report

    private void report() {
        String line = "=".repeat(120);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "KINERJA WHOLE-CYCLE BENCHMARK: %d employees, %d REST clients, PostgreSQL %s (fsync %s), %d CPUs,"
                + " JVM max heap %d MiB%n", EMPLOYEES, CLIENTS, jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("show fsync", String.class), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "%-62s %-8s %8s %7s %8s %13s %9s %9s %8s %8s %6s %6s%n", "phase", "", "wall s", "tasks",
                "tasks/s", "submit ms", "JVM ms/t", "PG ms/t", "read/emp", "wrtn/emp", "heap", "mails");
        for (int i = 0; i < figures.size(); i += VARIANTS.size()) {
            List<Figures> phase = figures.subList(i, i + VARIANTS.size());
            for (Figures f : phase) {
                System.out.printf(Locale.ROOT, "%-62s %-8s %8.1f %7d %8.1f %6.1f/%6.1f %9.2f %9.2f %8.0f %8.0f %5dM %6d%n",
                        f == phase.get(0) ? f.phase() : "", f.variant().label, f.seconds(), f.tasks(), f.tasksPerSecond(), f.submitMeanMs(),
                        f.submitP95Ms(), f.jvmCpuMsPerTask(), f.postgresCpuMsPerTask(), f.readPerEmployee(), f.writtenPerEmployee(),
                        f.heapPeakBytes() >> 20, f.mails());
            }
            if (phase.size() < 2) {
                System.out.printf(Locale.ROOT, "    rows read per employee:    %s%n", perEmployee(phase.get(0).read()));
                System.out.printf(Locale.ROOT, "    rows written per employee: %s%n", perEmployee(phase.get(0).written()));
                continue;
            }
            Figures bare = phase.get(0);
            Figures kinerja = phase.get(1);
            System.out.printf(Locale.ROOT, "%-62s %-8s %8s %7s %8s %6s/%6s %9s %9s %8s %8s%n", "", "ratio", ratio(kinerja.seconds(),
                    bare.seconds()), "", ratio(kinerja.tasksPerSecond(), bare.tasksPerSecond()), ratio(kinerja.submitMeanMs(),
                    bare.submitMeanMs()), ratio(kinerja.submitP95Ms(), bare.submitP95Ms()), ratio(kinerja.jvmCpuMsPerTask(),
                    bare.jvmCpuMsPerTask()), ratio(kinerja.postgresCpuMsPerTask(), bare.postgresCpuMsPerTask()),
                    ratio(kinerja.readPerEmployee(), bare.readPerEmployee()), ratio(kinerja.writtenPerEmployee(), bare.writtenPerEmployee()));
            System.out.printf(Locale.ROOT, "    Kinerja rows read per employee:    %s%n", perEmployee(kinerja.read()));
            System.out.printf(Locale.ROOT, "    Kinerja rows written per employee: %s%n", perEmployee(kinerja.written()));
            System.out.printf(Locale.ROOT, "    bare rows read per employee:       %s%n", perEmployee(bare.read()));
            System.out.printf(Locale.ROOT, "    bare rows written per employee:    %s%n", perEmployee(bare.written()));
        }
        figures.stream().filter(f -> f.phase().startsWith("1b") && f.variant() == Variant.KINERJA && f.mails() > 0).findFirst()
                .ifPresent(d -> System.out.printf(Locale.ROOT, "mail cost (the digest phase): %d mails, JVM %.2f ms + PostgreSQL %.2f ms CPU"
                        + " per mail, %.1f rows written and %.1f read per mail, %.0f mails/s%n", d.mails(), d.jvmCpuNanos() / 1e6 / d.mails(),
                        d.postgresCpuMillis() / (double) d.mails(), d.writtenPerEmployee() * EMPLOYEES / d.mails(),
                        d.readPerEmployee() * EMPLOYEES / d.mails(), d.mails() / Math.max(0.001, d.seconds())));
        long heapPeak = figures.stream().mapToLong(Figures::heapPeakBytes).max().orElse(0);
        System.out.println("targets (issue 12):");
        figures.stream().filter(f -> f.variant() == Variant.KINERJA && f.phase().startsWith("1 ")).findFirst().ifPresent(start -> {
            target("rows read per employee start <= 60", start.readPerEmployee(), 60);
            target("rows written per employee start <= 60", start.writtenPerEmployee(), 60);
            target("every employee at the first task <= 60 s", start.seconds(), 60);
        });
        if (VARIANTS.size() == 2) {
            target("task completion cost (JVM+PostgreSQL CPU per task, phases 2-5) Kinerja/bare <= 1.5",
                    completionCost(Variant.KINERJA) / completionCost(Variant.BARE), 1.5);
        } else {
            System.out.printf(Locale.ROOT, "  task completion cost (JVM+PostgreSQL CPU per task, phases 2-5): %s %.2f ms (no bare baseline in"
                    + " this run)%n", VARIANTS.get(0).label, completionCost(VARIANTS.get(0)));
        }
        target("heap peak <= 1024 MiB", heapPeak >> 20, 1024);
        Variant last = VARIANTS.get(VARIANTS.size() - 1);
        System.out.printf(Locale.ROOT, "  the whole cycle completed: YES (%s, %d employees, %d tasks through REST, %d mails, %.0f s)%n",
                last.label, EMPLOYEES, figures.stream().filter(f -> f.variant() == last).mapToLong(Figures::tasks).sum(), mailsReceived,
                figures.stream().filter(f -> f.variant() == last).mapToDouble(Figures::seconds).sum());
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.println(line);
    }

    /** CPU (JVM + PostgreSQL) per task completed in the phases of human work (2-5). */
    private double completionCost(Variant variant) {
        double cpu = 0;
        long tasks = 0;
        for (Figures f : figures) {
            if (f.variant() == variant && f.phase().matches("[2-5] .*")) {
                cpu += f.jvmCpuNanos() / 1e6 + f.postgresCpuMillis();
                tasks += f.tasks();
            }
        }
        return cpu / Math.max(1, tasks);
    }

    private static void target(String what, double value, double limit) {
        System.out.printf(Locale.ROOT, "  %-90s %10.2f  %s%n", what, value, value <= limit ? "MET"
                : String.format(Locale.ROOT, "MISSED by %.2f (%.0f%%)", value - limit, 100 * (value - limit) / limit));
    }

    private static String ratio(double kinerja, double bare) {
        return bare <= 0 ? "-" : String.format(Locale.ROOT, "%.2fx", kinerja / bare);
    }

    private static String perEmployee(Map<String, Long> counters) {
        return counters.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8).map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.1f", e.getValue() / (double) EMPLOYEES))
                .collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Measuring

    /** Runs the benchmark's own queries in one transaction and counts the rows they read, to take them off. */
    private <T> T observed(Supplier<T> queries) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Long> before = TableStatistics.readInThisTransaction(jdbc);
            T result = queries.get();
            TableStatistics.difference(TableStatistics.readInThisTransaction(jdbc), before)
                    .forEach((table, rows) -> observerReads.merge(table, rows, Long::sum));
            return result;
        });
    }

    /** As {@link #observed}, for the benchmark's own changes (a timer moved): rows read and written are taken off. */
    private <T> T observedWrite(Supplier<T> change) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Long> read = TableStatistics.readInThisTransaction(jdbc);
            Map<String, Long> written = TableStatistics.writtenInThisTransaction(jdbc);
            T result = change.get();
            TableStatistics.difference(TableStatistics.readInThisTransaction(jdbc), read)
                    .forEach((table, rows) -> observerReads.merge(table, rows, Long::sum));
            TableStatistics.difference(TableStatistics.writtenInThisTransaction(jdbc), written).forEach((table, rows) -> observerWrites.merge(table, rows, Long::sum));
            return result;
        });
    }

    private static void sleep(long millis) {
        Pause.millis(millis);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }
}

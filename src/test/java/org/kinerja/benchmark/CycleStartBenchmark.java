package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kinerja.support.MachineFigures.loadAverage;
import static org.kinerja.support.MachineFigures.seconds;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.IndicatorTemplateService;
import org.kinerja.organization.EmployeeImportReport;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.JobFailures;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long a cycle takes to bring every employee's {@code EmployeeAppraisalProcess} to its first task
 * ({@code Task_DraftTargets}), on PostgreSQL, with the real job executor and the production settings of
 * {@code application.yml} (job executor 4–8 threads, 8 jobs per acquisition, Hikari 34). A benchmark, not a timed
 * test: it prints its figures and asserts only correctness (one task per employee, assigned to their NIP, no failed
 * job, no incident), never a duration.
 *
 * <pre>mvn -B -Pbenchmark verify -Dkinerja.benchmark.employees=2000</pre>
 *
 * <p>System properties: {@code kinerja.benchmark.employees} (default 2000), {@code kinerja.benchmark.timeout-minutes}
 * (default 15; the run FAILS when the processes are not all at their first task by then),
 * {@code kinerja.benchmark.analyze-before-start} (default true: the statistics of the empty runtime tables refreshed
 * before the start, as after a previous cycle ended).
 *
 * <p>The database is the throwaway {@link PostgresTestServer}, which runs with {@code fsync=off} and
 * {@code synchronous_commit=off}: commits cost less than on a durable production server, so the figure is a lower
 * bound for the database's share.
 *
 * <p>It uses only the {@code postgres} profile (not {@code test}, which switches the job executor off), on its own
 * database {@value #DATABASE}, so it never shares a Spring context or data with the integration tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "kinerja.admin.password=Beban-Uji-2026!",
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
class CycleStartBenchmark {

    static final String DATABASE = "bench";
    static final int EMPLOYEES = Integer.getInteger("kinerja.benchmark.employees", 2000);
    static final long TIMEOUT_MINUTES = Long.getLong("kinerja.benchmark.timeout-minutes", 15);
    /**
     * ANALYZE before the start, while the engine's runtime tables are empty: the state of a database whose previous
     * cycle has ended (its process instances gone, autovacuum has analyzed the emptied tables). Default true; false
     * leaves the tables never analyzed, as on a fresh database.
     */
    static final boolean ANALYZE_BEFORE_START = Boolean.parseBoolean(System.getProperty("kinerja.benchmark.analyze-before-start",
            "true"));
    static final long POLL_MILLIS = 250;
    static final long PROGRESS_EVERY_MILLIS = 2000;

    static final String INSTANSI = "BEBAN";
    static final String EMPLOYEE_PROCESS = "EmployeeAppraisalProcess";
    static final String FIRST_TASK = "Task_DraftTargets";
    static final String JOB_EXECUTOR_THREAD_PREFIX = "camundaTaskExecutor";
    /** Every exception a job execution threw, also those the engine cannot record on the job (e.g. a lost race). */
    private final JobFailures jobFailures = new JobFailures();

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    IndicatorTemplateService templates;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    /** Rows the benchmark's own polling read, per table, taken off the figures. */
    private final Map<String, Long> observerReads = new TreeMap<>();
    @Value("${camunda.bpm.job-execution.core-pool-size}")
    int coreThreads;
    @Value("${camunda.bpm.job-execution.max-pool-size}")
    int maxThreads;
    @Value("${camunda.bpm.job-execution.max-jobs-per-acquisition}")
    int jobsPerAcquisition;
    @Value("${camunda.bpm.job-execution.wait-time-in-millis}")
    long acquisitionWait;
    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
    }

    @BeforeEach
    void countJobExecutionFailures() {
        jobFailures.start();
    }

    @AfterEach
    void restoreFailureLogging() {
        jobFailures.stop();
    }

    @Test
    void cycleBringsEveryEmployeeToTheFirstTask() throws Exception {
        assertThat(EMPLOYEES).as("kinerja.benchmark.employees").isBetween(20, 9_000_000);
        log("Kinerja cycle-start benchmark: %d employees, PostgreSQL %s (fsync %s, synchronous_commit %s), load %s",
                EMPLOYEES, jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class),
                jdbc.queryForObject("show synchronous_commit", String.class), loadAverage());
        log("job executor %d-%d threads, %d jobs per acquisition, idle wait %d ms; Hikari %d; JVM max heap %d MiB, %d CPUs",
                coreThreads, maxThreads, jobsPerAcquisition, acquisitionWait, poolSize, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());

        // 1. The organisation: units, then employees (with the identity sync in the same transaction).
        GeneratedOrganisation org = GeneratedOrganisation.generate(INSTANSI, EMPLOYEES);
        long t = System.nanoTime();
        unitImport.importCsv(org.unitCsv());
        double unitSeconds = seconds(t);
        t = System.nanoTime();
        EmployeeImportReport imported = employeeImport.importCsv(org.employeeCsv());
        double employeeSeconds = seconds(t);
        assertThat(imported.created()).isEqualTo(EMPLOYEES);
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("pegawai").count()).isEqualTo(EMPLOYEES);
        log("import: %d units in %.2f s; %d employees + identity sync in %.2f s (%s)", org.units().size(), unitSeconds,
                EMPLOYEES, employeeSeconds, imported.identity());
        for (String position : org.positions()) {
            templates.saveNewVersion(position, GeneratedOrganisation.templateFor(position), "benchmark");
        }

        PostgresTestServer.statements(jdbc, 0);
        if (ANALYZE_BEFORE_START) {
            jdbc.execute("analyze");
            log("statistics refreshed before the start (act_ru_execution: %d rows)",
                    jdbc.queryForObject("select count(*) from act_ru_execution", Long.class));
        }

        // 2. The HR admin submits the cycle start form; Task_OpenCycle runs in that transaction.
        Map<String, Long> cpuBefore = jobExecutorCpu();
        Map<String, Long> rowsReadBefore = TableStatistics.read(jdbc);
        Map<String, Long> rowsWrittenBefore = TableStatistics.written(jdbc);
        long startNanos = System.nanoTime();
        Date startWall = new Date();
        ProcessInstance cycle = startCycle(org.hrAdmin());
        double openSeconds = seconds(startNanos);
        long cycleId = ((Number) engine.getRuntimeService().getVariable(cycle.getId(), "cycleId")).longValue();
        log("cycle %d opened in %.2f s (start form submitted, %d participants written); waiting for %d first tasks...",
                cycleId, openSeconds, jdbc.queryForObject("select count(*) from cycle_participant where cycle_id = ?", Long.class,
                        cycleId), EMPLOYEES);

        // 3. Poll until every appraisal waits at its first task and the cycle has no job left.
        long deadline = startNanos + TIMEOUT_MINUTES * 60_000_000_000L;
        long nextProgress = 0;
        int maxActiveSessions = 0;
        long activeSessionSamples = 0;
        long activeSessionSum = 0;
        Progress progress;
        while (true) {
            progress = observed(() -> progress(cycle.getId()));
            int active = activeDatabaseSessions();
            maxActiveSessions = Math.max(maxActiveSessions, active);
            activeSessionSum += active;
            activeSessionSamples++;
            boolean done = progress.tasks >= EMPLOYEES && progress.cycleJobs == 0;
            boolean report = done || System.nanoTime() >= nextProgress || jobFailures.count() > 0;
            long[] recorded = report ? observed(this::recordedFailures) : new long[] {0, 0};
            boolean failed = recorded[0] > 0 || recorded[1] > 0 || jobFailures.count() > 0;
            if (report) {
                log("%7.1f s  tasks %6d/%d  cycle jobs left %6d (locked %d)  failed job executions %d  failed jobs %d  incidents %d  "
                                + "busy DB sessions %d  load %s",
                        seconds(startNanos), progress.tasks, EMPLOYEES, progress.cycleJobs, progress.lockedJobs,
                        jobFailures.count(), recorded[0], recorded[1], active, loadAverage());
                nextProgress = System.nanoTime() + PROGRESS_EVERY_MILLIS * 1_000_000;
            }
            if (done) {
                break;
            }
            if (failed) {
                fail("A job failed while the cycle started (%d failed executions, first: %s). Jobs: %s", jobFailures.count(),
                        jobFailures.first(), failures());
            }
            if (System.nanoTime() >= deadline) {
                fail("Timeout: after %d min only %d of %d appraisals wait at %s (%d cycle jobs left). Failures: %s", TIMEOUT_MINUTES,
                        progress.tasks, EMPLOYEES, FIRST_TASK, progress.cycleJobs, failures());
            }
            Thread.sleep(POLL_MILLIS);
        }
        double polledSeconds = seconds(startNanos);
        Map<String, Long> cpu = TableStatistics.difference(jobExecutorCpu(), cpuBefore);

        PostgresTestServer.statements(jdbc, 12).forEach(line -> log("statement: %s", line));

        // 4. Correctness: one first task per employee, assigned to them, in their own appraisal, nothing failed.
        Set<String> nips = org.nips();
        List<Task> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(EMPLOYEE_PROCESS)
                .taskDefinitionKey(FIRST_TASK).list();
        Map<String, String> businessKeys = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(EMPLOYEE_PROCESS).processInstanceBusinessKeyLike(cycleId + "-%").list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        assertThat(tasks).hasSize(EMPLOYEES);
        assertThat(businessKeys).hasSize(EMPLOYEES);
        Map<String, Long> tasksPerAssignee = tasks.stream().collect(Collectors.groupingBy(Task::getAssignee, Collectors.counting()));
        assertThat(tasksPerAssignee.keySet()).containsExactlyInAnyOrderElementsOf(nips);
        assertThat(tasksPerAssignee.values()).containsOnly(1L);
        for (Task task : tasks) {
            assertThat(businessKeys.get(task.getProcessInstanceId())).as("business key of %s", task.getAssignee())
                    .isEqualTo(cycleId + "-" + task.getAssignee());
        }
        assertThat(jobFailures.count()).as("failed job executions, first: %s", jobFailures.first()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("incidents").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("jobs with an exception").isZero();
        long failureLogs = engine.getHistoryService().createHistoricJobLogQuery().failureLog().count();
        assertThat(failureLogs).as("failed job executions (history), retried or not").isZero();
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(cycle.getId()).count()).as("cycle jobs left")
                .isZero();
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(EMPLOYEE_PROCESS).timers().count())
                .as("reminder + escalation timers").isEqualTo(2L * EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from appraisal where cycle_id = ?", Long.class, cycleId))
                .isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from skp_indicator i join appraisal a on a.id = i.appraisal_id "
                + "where a.cycle_id = ?", Long.class, cycleId)).as("SKP prefilled from the templates").isEqualTo(3L * EMPLOYEES);

        // 5. Figures. The exact end is the creation time of the last first task, from the history.
        List<HistoricTaskInstance> created = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .taskDefinitionKey(FIRST_TASK).processDefinitionKey(EMPLOYEE_PROCESS).orderByHistoricActivityInstanceStartTime()
                .asc().list();
        long[] offsets = created.stream().mapToLong(h -> h.getStartTime().getTime() - startWall.getTime()).toArray();
        double firstTaskSeconds = offsets[0] / 1000.0;
        double allTasksSeconds = offsets[offsets.length - 1] / 1000.0;
        int bigGaps = 0;
        long bigGapMillis = 0;
        for (int i = 1; i < offsets.length; i++) {
            long gap = offsets[i] - offsets[i - 1];
            if (gap >= 500) {
                bigGaps++;
                bigGapMillis += gap;
            }
        }
        StringBuilder deciles = new StringBuilder();
        for (int d = 1; d <= 10; d++) {
            deciles.append(String.format(Locale.ROOT, " %d%%:%.1fs", d * 10, offsets[Math.max(0, d * offsets.length / 10 - 1)] / 1000.0));
        }
        System.gc();
        long heapUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        long jobCpuTotal = cpu.values().stream().mapToLong(Long::longValue).sum();
        String perThread = cpu.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().replace(JOB_EXECUTOR_THREAD_PREFIX, "#") + "=" + String.format(Locale.ROOT, "%.1fs", e.getValue() / 1e9))
                .collect(Collectors.joining(" "));
        long rowsVariables = jdbc.queryForObject("select count(*) from act_ru_variable", Long.class);
        TableStatistics.waitForPublication();
        Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), rowsReadBefore);
        observerReads.forEach((table, rows) -> read.merge(table, -rows, Long::sum)); // the polling is not the cycle's work
        String rowsReadPerEmployee = perEmployee(read, 6);
        long rowsReadTotal = read.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> written = TableStatistics.difference(TableStatistics.written(jdbc), rowsWrittenBefore);
        String rowsWrittenPerEmployee = perEmployee(written, 6);
        long rowsWrittenTotal = written.values().stream().mapToLong(Long::longValue).sum();
        boolean prefetch = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .isExecutionTreePrefetchEnabled();

        String line = "=".repeat(100);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "KINERJA CYCLE-START BENCHMARK (PostgreSQL %s, fsync %s)%n",
                jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class));
        System.out.printf(Locale.ROOT, "  employees (appraisal processes)          %d%n", EMPLOYEES);
        System.out.printf(Locale.ROOT, "  import units + employees + identity sync %.2f s (units %.2f s, employees+sync %.2f s)%n",
                unitSeconds + employeeSeconds, unitSeconds, employeeSeconds);
        System.out.printf(Locale.ROOT, "  open the cycle (start form submit)       %.2f s%n", openSeconds);
        System.out.printf(Locale.ROOT, "  first employee at first task             %.2f s after submit%n", firstTaskSeconds);
        System.out.printf(Locale.ROOT, "  EVERY employee at first task             %.2f s after submit (seen by polling at %.2f s)%n",
                allTasksSeconds, polledSeconds);
        System.out.printf(Locale.ROOT, "  throughput                               %.1f processes/s (overall), %.1f/s after the first task%n",
                EMPLOYEES / allTasksSeconds, (EMPLOYEES - 1) / Math.max(0.001, allTasksSeconds - firstTaskSeconds));
        System.out.printf(Locale.ROOT, "  progress (share of first tasks created)  %s%n", deciles.toString().trim());
        System.out.printf(Locale.ROOT, "  pauses >= 0.5 s between two new tasks     %d, %.1f s in total%n", bigGaps, bigGapMillis / 1000.0);
        System.out.printf(Locale.ROOT, "  job executor CPU                         %.1f s in total: %s%n", jobCpuTotal / 1e9, perThread);
        System.out.printf(Locale.ROOT, "  busy DB sessions while polling           max %d, mean %.2f%n", maxActiveSessions,
                activeSessionSamples == 0 ? 0.0 : (double) activeSessionSum / activeSessionSamples);
        System.out.printf(Locale.ROOT, "  failed job executions / incidents        %d (%d in the job log) / %d%n", jobFailures.count(), failureLogs,
                engine.getRuntimeService().createIncidentQuery().count());
        System.out.printf(Locale.ROOT, "  table rows read per employee             %.0f in total: %s (pg_stat, the benchmark's polling taken off;"
                + " execution tree prefetch %s)%n", rowsReadTotal / (double) EMPLOYEES, rowsReadPerEmployee, prefetch ? "on" : "off");
        System.out.printf(Locale.ROOT, "  table rows written per employee          %.0f in total: %s%n", rowsWrittenTotal / (double) EMPLOYEES,
                rowsWrittenPerEmployee);
        System.out.printf(Locale.ROOT, "  runtime variables (act_ru_variable)      %d (%.1f per employee)%n", rowsVariables,
                rowsVariables / (double) EMPLOYEES);
        System.out.printf(Locale.ROOT, "  JVM heap used after GC / peak / max      %d / %d / %d MiB%n", heapUsed >> 20, heapPeak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "  machine load (1/5/15 min)                %s, %d CPUs%n", loadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(line);
    }

    private ProcessInstance startCycle(String hrAdminNip) {
        engine.getIdentityService().setAuthentication(hrAdminNip, List.of("admin-bkpsdm", "pegawai"));
        try {
            String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("AppraisalCycleProcess").latestVersion().singleResult().getId();
            int year = LocalDate.now().getYear();
            return engine.getFormService().submitStartForm(definitionId, Map.of("cycleName", "Siklus beban " + year, "year", year,
                    "unitCode", INSTANSI, "periodLength", "QUARTERLY", "reminderDelay", "P7D", "escalationDelay", "P14D"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private record Progress(long tasks, long cycleJobs, long lockedJobs) {
    }

    /**
     * Runs the benchmark's own queries (the polling) in one transaction and counts the rows they read per table
     * (pg_stat_xact_user_tables), so that the figures per employee hold the cycle's work only.
     */
    private <T> T observed(java.util.function.Supplier<T> queries) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Long> before = TableStatistics.readInThisTransaction(jdbc);
            T result = queries.get();
            TableStatistics.difference(TableStatistics.readInThisTransaction(jdbc), before).forEach((table, rows) -> observerReads.merge(table, rows, Long::sum));
            return result;
        });
    }

    /** Cheap enough for every poll: counts by indexed columns only. */
    private Progress progress(String cycleInstanceId) {
        long tasks = engine.getTaskService().createTaskQuery().processDefinitionKey(EMPLOYEE_PROCESS).taskDefinitionKey(FIRST_TASK)
                .count();
        long cycleJobs = engine.getManagementService().createJobQuery().processInstanceId(cycleInstanceId).count();
        long locked = jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null and process_instance_id_ = ?",
                Long.class, cycleInstanceId);
        return new Progress(tasks, cycleJobs, locked);
    }

    /** Jobs whose retries were used up or decremented, and incidents: scans, so only with the progress lines. */
    private long[] recordedFailures() {
        return new long[] {engine.getManagementService().createJobQuery().withException().count(),
                engine.getRuntimeService().createIncidentQuery().count()};
    }

    private String failures() {
        return engine.getManagementService().createJobQuery().withException().listPage(0, 3).stream()
                .map(j -> j.getId() + ": " + j.getExceptionMessage()).collect(Collectors.joining("; "))
                + " " + engine.getRuntimeService().createIncidentQuery().listPage(0, 3).stream()
                        .map(i -> i.getIncidentType() + " " + i.getIncidentMessage()).collect(Collectors.joining("; "));
    }

    /** Sessions of the application working on a statement right now (not idle, not this query). */
    private int activeDatabaseSessions() {
        return jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() "
                + "and state <> 'idle' and pid <> pg_backend_pid()", Integer.class);
    }

    /** The largest counters, divided by the number of employees. */
    private static String perEmployee(Map<String, Long> counters, int limit) {
        return counters.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", e.getValue() / (double) EMPLOYEES))
                .collect(Collectors.joining(", "));
    }

    /** CPU time of each job executor thread alive now, in nanoseconds. */
    private static Map<String, Long> jobExecutorCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(JOB_EXECUTOR_THREAD_PREFIX)) {
                cpu.put(info.getThreadName(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return cpu;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }
}

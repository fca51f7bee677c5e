package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.IndicatorTemplateService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cost of bringing one employee to the first task of the cycle must not grow with the organisation. A cycle is
 * started for a small organisation ({@value #SMALL} employees), then, after a second organisation of {@value #LARGE}
 * employees joined the roster, for the larger one; the rows PostgreSQL read and wrote for each (pg_stat, per table)
 * are divided by the employees of that cycle and compared. The jobs run by hand, as in the process tests, so that the
 * figures hold only the cycle's own work and no job executor polling.
 *
 * <p>Not a timed test: it compares row counts, which do not depend on the machine's speed. The benchmark
 * ({@code mvn -Pbenchmark verify}) prints the same counts at thousands of employees.
 *
 * <p>Its sessions run with {@code enable_seqscan=off}. PostgreSQL reads a table of a few pages whole, rather than
 * through an index, which it does use once the table holds thousands of rows: at 50 or 200 employees that would count
 * as growth what is none. With sequential scans off, a table is still read whole when no index can serve the query
 * (a missing index) or when the code asks for all of it (a query over the whole organisation): the defects sought.
 *
 * <p>It runs on a database of its own, with an engine of its own name ({@value #DATABASE}), because an import is the whole roster and would retire
 * the other tests' employees.
 */
@SpringBootTest(properties = "camunda.bpm.process-engine-name=" + CycleStartCostIntegrationTests.ENGINE)
@ActiveProfiles({"test", "postgres"})
@DirtiesContext // a second application on its own database: closed after the test, its memory and connections freed
class CycleStartCostIntegrationTests {

    static final String DATABASE = "cycle_cost";
    /**
     * Camunda keeps engines in a JVM-wide registry by name, where the REST API finds "default": this test's engine,
     * on another database, must not take the name of the engine the other integration tests share.
     */
    static final String ENGINE = "cycleCost";
    static final String JOB_TABLE = "act_ru_job";
    static final int SMALL = 50;
    static final int LARGE = 200;
    static final int SEKSI_SIZE = 23;
    /** Rows read or written per employee may vary a little with the shape of the organisation, not with its size. */
    static final double TOLERANCE = 1.15;
    /**
     * A table whose count per employee grows by less than this is noise, whatever its ratio (the planner's choices vary
     * a little between runs); a read of the organisation per start adds tens to hundreds. The totals still count it.
     */
    static final double NOISE_PER_EMPLOYEE = 3;

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
    PlatformTransactionManager transactionManager;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        // as at scale: PostgreSQL reads a table of a few pages whole rather than through its index, which at 50 or 200
        // employees would count as growth what is none; without seq scans only a read with no index to use remains whole
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "?options=-c%20enable_seqscan%3Doff");
    }

    @Test
    void shouldReadAndWriteNoMoreRowsPerEmployeeStartInALargerOrganisation() throws Exception {
        // the same shape at both sizes: one bidang per 25 employees, seksi of about 22, because a peer is chosen within
        // the employee's unit, at a cost of the unit's size (bounded by the organisation's design, not by its size)
        GeneratedOrganisation small = GeneratedOrganisation.generate("KECIL", SMALL, 0, SMALL / 25, SEKSI_SIZE);
        GeneratedOrganisation large = GeneratedOrganisation.generate("BESAR", LARGE, 1_000, LARGE / 25, SEKSI_SIZE);

        join(small);
        Cost smallCost = measure(small);
        join(small, large);
        Cost largeCost = measure(large);

        System.out.println(smallCost.report());
        System.out.println(largeCost.report());
        assertThat(growth(smallCost.read, largeCost.read)).as("tables read more per employee start in a %d× larger organisation "
                + "(rows per employee: %d employees → %d employees)", LARGE / SMALL, SMALL, LARGE).isEmpty();
        assertThat(growth(smallCost.written, largeCost.written)).as("tables written more per employee start in a %d× larger "
                + "organisation (rows per employee: %d employees → %d employees)", LARGE / SMALL, SMALL, LARGE).isEmpty();
        assertThat(largeCost.total(largeCost.read)).as("rows read per employee start, all tables")
                .isLessThanOrEqualTo(smallCost.total(smallCost.read) * TOLERANCE);
        assertThat(largeCost.total(largeCost.written)).as("rows written per employee start, all tables")
                .isLessThanOrEqualTo(smallCost.total(smallCost.written) * TOLERANCE);

        // Every open task keeps two timers; looking for due jobs must not read them (index KINERJA_IDX_JOB_DUEDATE).
        long timers = engine.getManagementService().createJobQuery().timers().count();
        assertThat(timers).isGreaterThanOrEqualTo(2L * (SMALL + LARGE));
        assertThat(rowsReadToAcquireJobs()).as("rows of %s read by one job acquisition with %d timers waiting", JOB_TABLE, timers)
                .isLessThanOrEqualTo(10);
        // Many jobs due at once (a batch of starts, a wave of merges) among the timers: the acquisition's check for a
        // locked job of the same instance must not read every timer either (index KINERJA_IDX_JOB_LOCKED).
        assertThat(rowsReadToAcquireAmongManyDueJobs(2_000, false)).as("rows of %s read by one job acquisition with 2,000 jobs due"
                + " and %d timers waiting, sequential scans allowed", JOB_TABLE, timers).isLessThanOrEqualTo(50);
        // The same under the generic plan PostgreSQL settles on for a statement prepared again and again on a pooled
        // connection: the jobs due are the newest rows, behind every timer; in no order, that plan read them all.
        assertThat(rowsReadToAcquireAmongManyDueJobs(2_000, true)).as("rows of %s read by one job acquisition with 2,000 jobs due"
                + " and %d timers waiting, generic plan", JOB_TABLE, timers).isLessThanOrEqualTo(50);
        // Completing a task looks for its subtasks: that must not read every open task (index KINERJA_IDX_TASK_PARENT).
        long open = engine.getTaskService().createTaskQuery().count();
        assertThat(open).isGreaterThanOrEqualTo(SMALL + LARGE);
        assertThat(taskRowsReadToComplete(large.nips().iterator().next())).as("rows of act_ru_task read to complete a task with %d"
                + " open", open).isLessThanOrEqualTo(10);
    }

    /**
     * A job made by an earlier release, without a due date, would never be acquired by a query for {@code DUEDATE_ <=
     * now}: at start it is given the current time, and the job executor takes it.
     */
    @Test
    void shouldDateJobsWithoutADueDateSoThatTheyAreAcquired() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        jdbc.update("insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, retries_,"
                + " suspension_state_, priority_, handler_type_) values ('undated-1', 1, 'message', true, 'undated-e', 'undated-p', 3,"
                + " 1, 0, 'async-continuation')");
        try {
            assertThat(acquiresJob(configuration, "undated-1")).as("a job without a due date, before").isFalse();
            assertThat(EngineIndexes.dateUndatedJobs(jdbc.getDataSource())).isEqualTo(1);
            assertThat(jdbc.queryForObject("select duedate_ from act_ru_job where id_ = 'undated-1'", java.sql.Timestamp.class))
                    .isNotNull();
            assertThat(acquiresJob(configuration, "undated-1")).as("the same job, dated").isTrue();
            assertThat(EngineIndexes.dateUndatedJobs(jdbc.getDataSource())).as("a second start finds none").isZero();
        } finally {
            jdbc.update("delete from act_ru_job where id_ = 'undated-1'");
        }
    }

    /** Whether one acquisition (rolled back: nothing is locked) takes the job. */
    private boolean acquiresJob(ProcessEngineConfigurationImpl configuration, String jobId) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            return configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(configuration.getJobExecutor())).contains(jobId);
        });
    }

    /** Completes the employee's SKP draft as it was prefilled, in one transaction, and counts the task rows it read. */
    private long taskRowsReadToComplete(String nip) {
        String taskId = engine.getTaskService().createTaskQuery().taskAssignee(nip).taskDefinitionKey("Task_DraftTargets")
                .singleResult().getId();
        // the prefilled rows, as Tasklist reads and sends them back untouched
        Object prefilled = engine.getFormService().getTaskFormVariables(taskId, java.util.List.of(org.kinerja.support.SkpRows.LIST), false)
                .getValueTyped(org.kinerja.support.SkpRows.LIST);
        return new TransactionTemplate(transactionManager).execute(status -> {
            long before = TableStatistics.readInThisTransaction(jdbc).getOrDefault("act_ru_task", 0L);
            engine.getTaskService().complete(taskId, java.util.Map.of(org.kinerja.support.SkpRows.LIST, prefilled));
            return TableStatistics.readInThisTransaction(jdbc).getOrDefault("act_ru_task", 0L) - before;
        });
    }

    /**
     * Adds {@code due} jobs that are due now (as the engine makes them: with the current time as their due date), each of
     * its own process instance, refreshes the planner's statistics and runs the job executor's acquisition once, with
     * sequential scans allowed as in production, and with the generic plan if asked; counts the job rows it read. All
     * in one transaction that is rolled back: the jobs never run.
     */
    private long rowsReadToAcquireAmongManyDueJobs(int due, boolean genericPlan) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isEnsureJobDueDateNotNull()).as("every job has a due date").isTrue();
        assertThat(configuration.isJobExecutorAcquireByDueDate()).as("jobs acquired oldest due first").isTrue();
        // the timers packed at the start of the table, no free space left in it: the rows inserted below are the
        // newest, at its end, as jobs made today are behind the timers of tasks opened weeks ago
        jdbc.execute("vacuum full act_ru_job");
        return new TransactionTemplate(transactionManager).execute(status -> {
            status.setRollbackOnly();
            jdbc.execute("set local enable_seqscan = on");
            if (genericPlan) {
                jdbc.execute("set local plan_cache_mode = force_generic_plan");
            }
            jdbc.update("insert into act_ru_job (id_, rev_, type_, exclusive_, execution_id_, process_instance_id_, retries_,"
                    + " suspension_state_, priority_, handler_type_, duedate_) select 'due-' || g, 1, 'message', true, 'due-e-' || g,"
                    + " 'due-p-' || g, 3, 1, 0, 'async-continuation', ? from generate_series(1, ?) g",
                    new java.sql.Timestamp(System.currentTimeMillis() - 1_000), due);
            jdbc.execute("analyze act_ru_job");
            long before = TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L);
            AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(configuration.getJobExecutor()));
            assertThat(acquired.size()).as("jobs acquired").isPositive();
            return TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L) - before;
        });
    }

    /** Runs the job executor's acquisition query once (at most a job or two is due) and counts the job rows it read. */
    private long rowsReadToAcquireJobs() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return new TransactionTemplate(transactionManager).execute(status -> {
            long before = TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L);
            AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(configuration.getJobExecutor()));
            assertThat(acquired.getJobIdBatches()).as("jobs due").hasSizeLessThanOrEqualTo(2);
            return TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L) - before;
        });
    }

    /** Imports the roster of these organisations (the whole roster, as HR does) and their positions' templates. */
    private void join(GeneratedOrganisation... organisations) {
        unitImport.importCsv(GeneratedOrganisation.unitCsv(organisations));
        employeeImport.importCsv(GeneratedOrganisation.employeeCsv(organisations));
        for (GeneratedOrganisation o : organisations) {
            for (String position : o.positions()) {
                if (templates.versions(position).isEmpty()) {
                    templates.saveNewVersion(position, GeneratedOrganisation.templateFor(position), "uji");
                }
            }
        }
    }

    /** Starts a cycle for the organisation and runs its jobs until every employee is at the first task. */
    private Cost measure(GeneratedOrganisation organisation) throws InterruptedException {
        TableStatistics.waitForPublication();
        Map<String, Long> readBefore = TableStatistics.read(jdbc);
        Map<String, Long> writtenBefore = TableStatistics.written(jdbc);

        engine.getIdentityService().setAuthentication(organisation.hrAdmin(), List.of("admin-bkpsdm", "pegawai"));
        try {
            String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey(AppraisalCycleProcess.PROCESS_ID).latestVersion().singleResult().getId();
            engine.getFormService().submitStartForm(definitionId, Map.of("cycleName", "Siklus uji biaya " + organisation.instansi(),
                    "year", LocalDate.now().getYear(), "unitCode", organisation.instansi(), "periodLength", "QUARTERLY",
                    "reminderDelay", "P7D", "escalationDelay", "P14D"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        long driverReads = runMessageJobs();

        TableStatistics.waitForPublication();
        Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), readBefore);
        read.merge(JOB_TABLE, -driverReads, Long::sum);
        Map<String, Long> written = TableStatistics.difference(TableStatistics.written(jdbc), writtenBefore);
        int employees = organisation.employees().size();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_DraftTargets")
                .taskAssigneeIn(organisation.nips().toArray(String[]::new)).count()).as("every employee at the first task")
                .isEqualTo(employees);
        return Cost.of(organisation.instansi(), employees, read, written);
    }

    /**
     * Executes the due message jobs until none is left, as the job executor would. The rows this driver's own job
     * query reads are counted (pg_stat_xact_user_tables, in the query's transaction) and returned, to be taken off.
     */
    private long runMessageJobs() {
        ManagementService management = engine.getManagementService();
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        long[] driverReads = {0};
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = transaction.execute(status -> {
                long before = TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L);
                List<Job> due = management.createJobQuery().executable().messages().list();
                driverReads[0] += TableStatistics.readInThisTransaction(jdbc).getOrDefault(JOB_TABLE, 0L) - before;
                return due;
            });
            if (jobs.isEmpty()) {
                return driverReads[0];
            }
            assertThat(jobs).as("every job the engine makes has a due date, which the acquisition's index orders")
                    .allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    /** Tables whose rows per employee grew by more than the tolerance and by more than the noise. */
    private static List<String> growth(Map<String, Double> small, Map<String, Double> large) {
        List<String> grown = new ArrayList<>();
        large.forEach((table, perEmployee) -> {
            double before = small.getOrDefault(table, 0.0);
            if (perEmployee - before > NOISE_PER_EMPLOYEE && perEmployee > before * TOLERANCE) {
                grown.add(String.format(Locale.ROOT, "%s %.1f → %.1f", table, before, perEmployee));
            }
        });
        return grown;
    }

    /** Rows read and written per employee of the cycle, per table. */
    record Cost(String organisation, int employees, Map<String, Double> read, Map<String, Double> written) {

        static Cost of(String organisation, int employees, Map<String, Long> read, Map<String, Long> written) {
            return new Cost(organisation, employees, perEmployee(read, employees), perEmployee(written, employees));
        }

        private static Map<String, Double> perEmployee(Map<String, Long> counts, int employees) {
            Map<String, Double> result = new TreeMap<>();
            counts.forEach((table, count) -> {
                if (count > 0) {
                    result.put(table, count / (double) employees);
                }
            });
            return result;
        }

        double total(Map<String, Double> perTable) {
            return perTable.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        String report() {
            return String.format(Locale.ROOT, "cycle start cost, %s (%d employees): rows read per employee %.1f [%s]; written %.1f [%s]",
                    organisation, employees, total(read), top(read), total(written), top(written));
        }

        private static String top(Map<String, Double> perTable) {
            return perTable.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
        }
    }
}

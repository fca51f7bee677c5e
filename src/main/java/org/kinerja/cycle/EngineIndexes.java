package org.kinerja.cycle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.kinerja.shared.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes Camunda's schema does not have and Kinerja's load needs, created once the engine has created or updated its
 * tables (Flyway runs before that, so they cannot be migrations).
 *
 * <ul>
 *   <li>{@value #JOB_DUEDATE} on {@code ACT_RU_JOB(DUEDATE_)}: the job executor asks about once a second for the jobs
 *       due now. Without an index PostgreSQL answers by reading the whole job table, and every open human task keeps
 *       two timers there (its reminder and its escalation): at 10,000 employees every acquisition read 20,000 and
 *       more rows, so each job cost more the larger the organisation. The engine is configured
 *       ({@code application.yml}) to give every job a due date and to acquire the oldest due first
 *       ({@code DUEDATE_ <= now order by DUEDATE_}), which this index answers in order, reading the due jobs only,
 *       whatever the plan: with {@code DUEDATE_ is null or DUEDATE_ <= now} in no order, PostgreSQL's generic plan
 *       for the prepared statement read the table from its start until 8 rows matched, through every timer ahead of
 *       the newest jobs (46,000 timers: 46,008 rows read per acquisition; with the order and the index, 8).</li>
 *   <li>{@value #TASK_PARENT} on {@code ACT_RU_TASK(PARENT_TASK_ID_)}: completing a task looks for its subtasks
 *       ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), which read every open task of the organisation
 *       for each completion (measured by {@code WholeCycleBenchmark}: about 600 task rows per completion at 300
 *       employees).</li>
 *   <li>{@value #JOB_LOCKED} on {@code ACT_RU_JOB(LOCK_EXP_TIME_)}, on PostgreSQL only for the locked jobs
 *       ({@code where LOCK_OWNER_ is not null}): the same acquisition skips an exclusive job while another job of its
 *       process instance is locked ({@code not exists (select ... where J2.LOCK_OWNER_ is not null and
 *       J2.LOCK_EXP_TIME_ >= now ...)}). When many jobs are due at once (a batch of 100 appraisals started, a wave of
 *       merges), PostgreSQL evaluates that as a hashed subplan and built the hash by reading the whole job table, every
 *       timer of every open task, for each acquisition: {@code WholeCycleBenchmark} at 2,000 employees read 3,386 job
 *       rows per employee start. With the index the hash is built from the locked jobs alone (2,000 due jobs among
 *       8,000 timers: 8.2 ms, 10,001 rows read; with the index 0.2 ms).</li>
 * </ul>
 *
 * <p>{@code create index if not exists} works on PostgreSQL and H2; nodes of a cluster starting at once may race, and
 * the loser only logs.
 *
 * <p>Jobs made before every job had a due date (by an earlier release) would never be acquired by a query for
 * {@code DUEDATE_ <= now}: at start they are given the current time as their due date, once (the statement finds
 * none afterwards).
 */
@Component
class EngineIndexes extends AbstractCamundaConfiguration {

    static final String JOB_DUEDATE = "KINERJA_IDX_JOB_DUEDATE";
    static final String TASK_PARENT = "KINERJA_IDX_TASK_PARENT";
    static final String JOB_LOCKED = "KINERJA_IDX_JOB_LOCKED";
    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
    /** Name, table and columns, and the predicate of a partial index where the database has them (PostgreSQL). */
    private static final String[][] INDEXES = {{JOB_DUEDATE, "ACT_RU_JOB (DUEDATE_)", ""},
            {TASK_PARENT, "ACT_RU_TASK (PARENT_TASK_ID_)", ""}, {JOB_LOCKED, "ACT_RU_JOB (LOCK_EXP_TIME_)", " where LOCK_OWNER_ is not null"}};

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDataSource();
        for (String[] index : INDEXES) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                boolean partial = Database.isPostgres(connection);
                statement.execute("create index if not exists " + index[0] + " on " + index[1] + (partial ? index[2] : ""));
            } catch (SQLException e) {
                LOG.warn("Indeks {} pada {} tidak dibuat ({}); mesin tetap berjalan, hanya lebih lambat.", index[0], index[1],
                        e.getMessage());
            }
        }
        int dated = dateUndatedJobs(dataSource);
        if (dated > 0) {
            LOG.info("{} job tanpa tanggal jatuh tempo diberi tanggal sekarang, agar job executor mengambilnya", dated);
        }
    }

    /** Gives the jobs without a due date the current time as theirs; returns how many there were. */
    static int dateUndatedJobs(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("update ACT_RU_JOB set DUEDATE_ = ? where DUEDATE_ is null")) {
            connection.setAutoCommit(true);
            statement.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Job tanpa tanggal jatuh tempo tidak dapat diberi tanggal: " + e.getMessage(), e);
        }
    }
}

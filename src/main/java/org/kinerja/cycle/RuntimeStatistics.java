package org.kinerja.cycle;

import java.util.List;
import org.kinerja.shared.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes PostgreSQL's statistics of the tables a cycle's start fills, while it fills them.
 *
 * <p>A start begins with the engine's runtime tables nearly empty (the previous cycle's processes have ended), and their
 * statistics say so. The engine's statements are prepared once per connection; after five executions PostgreSQL keeps
 * one generic plan for them, made for a nearly empty table (a sequential scan), and keeps it until the table is
 * analyzed again. Autovacuum does that, but about once a minute at best and later under load; meanwhile every start
 * reads {@code ACT_RU_EXECUTION} whole (CycleStartBenchmark, 2,000 employees, statistics refreshed just before the
 * start: 4,055 sequential scans of {@code ACT_RU_EXECUTION}, all before the first autoanalyze, 1,364 rows read per
 * employee start; WholeCycleBenchmark at 10,000: 4,065).
 *
 * <p>So after batches {@value #FIRST}, 4, 16, 64, … of the start (the runtime tables then hold some hundreds,
 * thousands, tens of thousands of rows) have committed, the runtime tables are analyzed: a sample of each, in a
 * transaction of its own (its lock on the tables lasts the ANALYZE alone), a few times per cycle, which also drops the
 * cached plans. H2 plans each statement anew and needs nothing.
 */
@Component
class RuntimeStatistics {

    static final int FIRST = 1;
    static final List<String> TABLES = List.of("act_ru_execution", "act_ru_variable", "act_ru_task", "act_ru_job",
            "act_ru_identitylink", "act_ru_event_subscr", "act_ru_authorization", "appraisal", "skp_indicator");
    private static final Logger log = LoggerFactory.getLogger(RuntimeStatistics.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Boolean postgres;

    RuntimeStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the batch with this index (0-based) refreshes the statistics: 1, 4, 16, 64, … */
    static boolean refreshes(int batch) {
        if (batch < FIRST) {
            return false;
        }
        int b = batch;
        while (b % 4 == 0) {
            b /= 4;
        }
        return b == 1;
    }

    /**
     * After the batch with this index started its processes: when it is one of those that refresh, the statistics are
     * refreshed once its transaction has committed (so that the sample sees its rows); at once when there is none.
     */
    void afterBatch(int batch) {
        if (!refreshes(batch)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refresh(batch);
                }
            });
        } else {
            refresh(batch);
        }
    }

    private void refresh(int batch) {
        try {
            if (!isPostgres()) {
                return;
            }
            long started = System.nanoTime();
            ownTransaction.executeWithoutResult(status -> jdbc.execute("analyze " + String.join(", ", TABLES)));
            log.info("Statistik tabel runtime diperbarui setelah batch {} ({} ms)", batch, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            // the batch has committed; stale statistics cost time, not correctness
            log.warn("Statistik tabel runtime tidak dapat diperbarui setelah batch {}: {}", batch, e.getMessage());
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) Database::isPostgres));
            postgres = known;
        }
        return known;
    }
}

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
 * Keeps PostgreSQL's statistics of the tables a cycle's start fills from nearly empty up with the start.
 *
 * <p>The engine's statements (and Kinerja's) are prepared once per connection; after five executions PostgreSQL keeps
 * one generic plan per statement, made for the table's size at that moment, until the table is analyzed again. A start
 * begins on nearly empty runtime tables (the previous cycle's processes have ended), so the plans made in its first
 * seconds read {@code ACT_RU_EXECUTION} whole, and keep doing so while the start fills it, until autovacuum analyzes the
 * table (at best a minute later, later under load). CycleStartBenchmark at 2,000 employees, statistics refreshed just
 * before the start: 4,055 sequential scans of {@code ACT_RU_EXECUTION}, all before the first autoanalyze, 1,387 of its
 * rows read per employee start. Kinerja's own tables that the start fills ({@code appraisal}, {@code appraisal_peer},
 * {@code skp_indicator}) have the same problem in an organisation's first cycle: the "is there one already" lookup of
 * each employee's appraisal read the table whole (7,469 rows read per employee start at 2,000, autoanalyze late).
 *
 * <p>The same holds for the tables a later phase fills in a first cycle (progress reports, ratings, merged results):
 * {@code progress_report} was read whole while young (1,608 rows per employee in the progress phase at 2,000).
 *
 * <p>So after each start batch has committed, and after every {@value #WRITES_PER_CHECK}th of those rows Kinerja writes
 * (appraisals prepared by the job executor once the batches have created the processes, reports, ratings, results),
 * each table's live row count
 * is compared with the count its statistics were made from; the tables that have grown {@value #GROWTH}-fold (from at
 * least {@value #MIN_ROWS} rows) are analyzed (a sample of each, milliseconds), in a transaction of their own, by one
 * caller at a time (an advisory lock; the others skip it): about log2(rows) times per table and cycle, each dropping
 * the cached plans of that table. Rows read per employee start, CycleStartBenchmark at 2,000 on one day (figures move
 * with the moment autovacuum comes): engine tables analyzed together when {@code ACT_RU_EXECUTION} had grown fourfold
 * 8,162 ({@code appraisal} 7,469); Kinerja's tables in that same refresh 5,102 (analyzed at a few hundred rows, a few
 * pages that PostgreSQL rightly reads whole, their plans kept reading them whole as they grew); each table on its own
 * count, checked after the prepares too, 4,646 ({@code act_ge_bytearray}, the serialized variables, 3,488); with
 * {@code act_ge_bytearray} 1,236; refreshing at each doubling rather than fourfold 667 ({@code act_ru_jobdef} 170,
 * {@code appraisal} 151, {@code act_ru_execution} 62). Planning every execution anew
 * ({@code plan_cache_mode = force_custom_plan}) fixed the start as well, but doubled PostgreSQL's CPU per task in every
 * later phase. H2 plans each statement anew and needs nothing.
 */
@Component
public class RuntimeStatistics {

    static final int GROWTH = 2;
    /** Rows written between two checks, per node (appraisals prepared, progress reports, ratings, results). */
    static final int WRITES_PER_CHECK = 100;
    static final long MIN_ROWS = 100;
    static final List<String> TABLES = List.of("act_ru_execution", "act_ru_variable", "act_ru_task", "act_ru_job",
            "act_ru_identitylink", "act_ru_event_subscr", "act_ge_bytearray", "appraisal", "appraisal_peer", "skp_indicator",
            "progress_report", "progress_realisation", "rating_submission", "rating_score", "appraisal_result", "appraisal_result_value",
            // one in-app notification per task assignment, each checked first by its key ("sent already?"): read whole
            // while young, 638 rows per employee start at 2,000 in one run; the mail rows follow them
            "notification", "mail_outbox", "mail_digest_item");
    /** The advisory lock of the refresh (any number, the same on every node). */
    static final long LOCK = 0x4B494E45524A41L;
    private static final Logger log = LoggerFactory.getLogger(RuntimeStatistics.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Boolean postgres;
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    RuntimeStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether statistics made from {@code analyzed} rows (-1: never analyzed) are stale for a table of {@code live} rows. */
    static boolean stale(long live, double analyzed) {
        return live >= GROWTH * Math.max(analyzed, MIN_ROWS);
    }

    /** After a start batch: once its transaction has committed (so that its rows count), refresh when stale. */
    void afterBatch() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    refreshIfStale();
                }
            });
        } else {
            refreshIfStale();
        }
    }

    /**
     * After Kinerja wrote an appraisal's row of one of {@link #TABLES} (an appraisal prepared by the job executor once
     * the start batches have created the processes, a progress report, a rating, a merged result): every
     * {@value #WRITES_PER_CHECK}th time on this node, the same check as {@link #afterBatch()}, after the commit.
     */
    public void afterRowsWritten() {
        if (written.incrementAndGet() % WRITES_PER_CHECK == 0) {
            afterBatch();
        }
    }

    void refreshIfStale() {
        try {
            if (!isPostgres()) {
                return;
            }
            ownTransaction.executeWithoutResult(status -> {
                List<String> stale = new java.util.ArrayList<>();
                StringBuilder counts = new StringBuilder();
                jdbc.query("select c.relname, c.reltuples, coalesce(s.n_live_tup, 0) from pg_class c"
                        + " left join pg_stat_user_tables s on s.relid = c.oid"
                        + " where c.relkind = 'r' and c.relnamespace = to_regnamespace(current_schema()) and c.relname = any (?)",
                        rs -> {
                            long live = rs.getLong(3);
                            double analyzed = rs.getDouble(2);
                            if (stale(live, analyzed)) {
                                stale.add(rs.getString(1));
                                counts.append(counts.isEmpty() ? "" : ", ").append(rs.getString(1)).append(' ').append(Math.round(Math.max(analyzed, 0)))
                                        .append(" → ").append(live);
                            }
                        }, (Object) TABLES.toArray(String[]::new));
                if (stale.isEmpty() || !Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                    return;
                }
                long started = System.nanoTime();
                jdbc.execute("analyze " + String.join(", ", stale));
                log.info("Statistik tabel diperbarui (baris: statistik lama → sekarang): {}; {} ms", counts,
                        (System.nanoTime() - started) / 1_000_000);
            });
        } catch (RuntimeException e) {
            // the batch has committed; stale statistics cost time, not correctness
            log.warn("Statistik tabel runtime tidak dapat diperbarui: {}", e.getMessage());
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

package org.kinerja.cycle;

import java.util.List;
import java.util.Map;
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
 * Keeps PostgreSQL's statistics of the engine's runtime tables up with a cycle's start, which fills them from nearly
 * empty.
 *
 * <p>The engine's statements are prepared once per connection; after five executions PostgreSQL keeps one generic plan
 * per statement, made for the table's size at that moment, until the table is analyzed again. A start begins on
 * nearly empty runtime tables (the previous cycle's processes have ended), so the plans made in its first seconds read
 * {@code ACT_RU_EXECUTION} whole, and keep doing so while the start fills it, until autovacuum analyzes the table (at
 * best a minute later, later under load). CycleStartBenchmark at 2,000 employees, statistics refreshed just before the
 * start: 4,055 sequential scans of {@code ACT_RU_EXECUTION}, all before the first autoanalyze, 1,387 of its rows read
 * per employee start.
 *
 * <p>So after each start batch has committed, the live row count of {@code ACT_RU_EXECUTION} is compared with the count
 * its statistics were made from; when it has grown {@value #GROWTH}-fold (from at least {@value #MIN_ROWS} rows), the
 * runtime tables are analyzed (a sample of each), in a transaction of their own, by one batch at a time (an advisory
 * lock; the others skip it): a handful of times per cycle whatever its size, each dropping the cached plans. Planning
 * every execution anew ({@code plan_cache_mode = force_custom_plan}) fixed the start as well, but doubled PostgreSQL's
 * CPU per task in every later phase. Kinerja's own tables are left to autovacuum: analyzing them while they held a few
 * hundred rows made plans that read them whole. H2 plans each statement anew and needs nothing.
 */
@Component
class RuntimeStatistics {

    static final int GROWTH = 4;
    static final long MIN_ROWS = 100;
    static final List<String> TABLES = List.of("act_ru_execution", "act_ru_variable", "act_ru_task", "act_ru_job",
            "act_ru_identitylink", "act_ru_event_subscr");
    /** The advisory lock of the refresh (any number, the same on every node). */
    static final long LOCK = 0x4B494E45524A41L;
    private static final Logger log = LoggerFactory.getLogger(RuntimeStatistics.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Boolean postgres;

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

    void refreshIfStale() {
        try {
            if (!isPostgres()) {
                return;
            }
            ownTransaction.executeWithoutResult(status -> {
                Map<String, Object> sizes = jdbc.queryForMap("select c.reltuples as analyzed, coalesce(s.n_live_tup, 0) as live"
                        + " from pg_class c left join pg_stat_user_tables s on s.relid = c.oid where c.oid = 'act_ru_execution'::regclass");
                long live = ((Number) sizes.get("live")).longValue();
                double analyzed = ((Number) sizes.get("analyzed")).doubleValue();
                if (!stale(live, analyzed) || !Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK))) {
                    return;
                }
                long started = System.nanoTime();
                jdbc.execute("analyze " + String.join(", ", TABLES));
                log.info("Statistik tabel runtime diperbarui: {} eksekusi (statistik lama dari {}), {} ms", live, Math.round(analyzed),
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

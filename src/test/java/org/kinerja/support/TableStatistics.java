package org.kinerja.support;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL's row counters per table of the current database (pg_stat_user_tables), for the cost test and the
 * benchmark: rows read (sequential and through an index) and written. The counters of other sessions are published
 * when they are idle, within {@value #PUBLISH_DELAY_MILLIS} ms; {@link #readInThisTransaction} counts what the
 * current transaction read so far (pg_stat_xact_user_tables), to take a test's own queries off.
 */
public final class TableStatistics {

    /** PostgreSQL publishes an idle session's table statistics within 10 s. */
    public static final long PUBLISH_DELAY_MILLIS = 11_000;

    private static final String READ = "coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)";
    private static final String WRITTEN = "coalesce(n_tup_ins, 0) + coalesce(n_tup_upd, 0) + coalesce(n_tup_del, 0)";

    private TableStatistics() {
    }

    public static Map<String, Long> read(JdbcTemplate jdbc) {
        return counters(jdbc, READ, "pg_stat_user_tables");
    }

    public static Map<String, Long> written(JdbcTemplate jdbc) {
        return counters(jdbc, WRITTEN, "pg_stat_user_tables");
    }

    /** Rows the current transaction read so far, per table; call it inside the transaction to be measured. */
    public static Map<String, Long> readInThisTransaction(JdbcTemplate jdbc) {
        return counters(jdbc, READ, "pg_stat_xact_user_tables");
    }

    /** Rows the current transaction wrote so far, per table; call it inside the transaction to be measured. */
    public static Map<String, Long> writtenInThisTransaction(JdbcTemplate jdbc) {
        return counters(jdbc, WRITTEN, "pg_stat_xact_user_tables");
    }

    public static Map<String, Long> difference(Map<String, Long> after, Map<String, Long> before) {
        Map<String, Long> result = new TreeMap<>();
        after.forEach((table, count) -> result.put(table, count - before.getOrDefault(table, 0L)));
        return result;
    }

    /** Waits until the other sessions' counters are published. */
    public static void waitForPublication() throws InterruptedException {
        Thread.sleep(PUBLISH_DELAY_MILLIS);
    }

    private static Map<String, Long> counters(JdbcTemplate jdbc, String expression, String view) {
        Map<String, Long> rows = new TreeMap<>();
        jdbc.query("select relname, " + expression + " from " + view, (java.sql.ResultSet r) -> {
            rows.put(r.getString(1), r.getLong(2));
        });
        return rows;
    }
}

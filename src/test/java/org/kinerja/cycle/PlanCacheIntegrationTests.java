package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kinerja.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A statement the engine prepares again and again must not keep a plan made while its table was empty. A cycle starts
 * on nearly empty runtime tables; PostgreSQL settles on one generic plan per prepared statement and connection after
 * five executions and keeps it until the table is analyzed again, so that a sequential scan chosen for an empty table
 * went on reading the whole table while the start filled it (2,000 employees: 4,055 scans of ACT_RU_EXECUTION before
 * the first autoanalyze). The application's connections plan each execution for the sizes of the moment
 * ({@code plan_cache_mode = force_custom_plan}, set by the pool on every new connection).
 */
class PlanCacheIntegrationTests extends PostgresApplicationTest {

    static final int ROWS = 20_000;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldPlanEachExecutionForTheTablesSizeOfTheMoment() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
                assertThat(mode.next()).isTrue();
                assertThat(mode.getString(1)).isEqualTo("force_custom_plan");
            }
            statement.execute("drop table if exists plan_cache_probe");
            statement.execute("create table plan_cache_probe (id bigint primary key, process_instance varchar(64) not null)");
            statement.execute("create index ix_plan_cache_probe on plan_cache_probe (process_instance)");
            statement.execute("analyze plan_cache_probe"); // as before a start: the statistics say "empty"
            try (PreparedStatement lookup = connection.prepareStatement("select id from plan_cache_probe where process_instance = ?")) {
                for (int i = 0; i < 10; i++) { // prepared on the server, past the point where a generic plan is chosen
                    lookup.setString(1, "pi-" + i);
                    lookup.executeQuery().close();
                }
                statement.execute("insert into plan_cache_probe select g, 'pi-' || g from generate_series(1, " + ROWS + ") g");
                connection.setAutoCommit(false);
                long before = rowsRead(statement);
                lookup.setString(1, "pi-12345");
                try (ResultSet found = lookup.executeQuery()) {
                    assertThat(found.next()).isTrue();
                    assertThat(found.getLong(1)).isEqualTo(12_345L);
                }
                assertThat(rowsRead(statement) - before).as("rows of a %,d-row table read by one lookup of an indexed column,"
                        + " statistics taken while it was empty", ROWS).isLessThanOrEqualTo(5);
                connection.rollback();
                connection.setAutoCommit(true);
            } finally {
                statement.execute("drop table plan_cache_probe");
            }
        }
    }

    private static long rowsRead(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0)"
                + " from pg_stat_xact_user_tables where relname = 'plan_cache_probe'")) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}

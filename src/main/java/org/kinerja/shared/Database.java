package org.kinerja.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Which database Kinerja runs on. PostgreSQL is production (and every node of a cluster); the embedded H2 is the
 * zero-setup default of one node. A few things only PostgreSQL has (partial indexes, ANALYZE, bucket4j's store).
 */
public final class Database {

    private Database() {
    }

    /** Whether this connection is to PostgreSQL. */
    public static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /**
     * Whether this data source is PostgreSQL, asked of one connection.
     *
     * @throws IllegalStateException when no connection can be had
     */
    public static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return isPostgres(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Jenis basis data tidak dapat diketahui: " + e.getMessage(), e);
        }
    }
}

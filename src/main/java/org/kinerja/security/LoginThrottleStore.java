package org.kinerja.security;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.kinerja.security.LoginDelays.Counter;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The login throttle's tables (migration {@code V11__login_throttle.sql}): {@code login_throttle} holds one counter per
 * account and client address plus one per address (account {@code ''}), {@code login_failure} the
 * append-only list of failed logins. The counters live in the database, not in memory, so that every node of a cluster
 * sees the same ones.
 *
 * <p>Called from {@link LoginThrottleInterceptor} inside the engine command's transaction (the same connection), so a
 * failure's counters and its row commit together with Camunda's own bookkeeping of it.
 */
@Component
class LoginThrottleStore {

    /** The account of an address's own counter, which counts the failures of every account from that address. */
    static final String EVERY_ACCOUNT = "";
    private static final String UNIQUE_VIOLATION = "23505"; // PostgreSQL and H2 alike

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;

    LoginThrottleStore(JdbcTemplate jdbcTemplate) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /**
     * The counter of {@code account} from {@code address} and the address's own counter (key {@link #EVERY_ACCOUNT}), as
     * far as they exist: one read by primary key.
     */
    Map<String, Counter> find(String account, String address) {
        return jdbc.sql("""
                        select account_id, failures, window_start, blocked_until from login_throttle
                        where client_address = ? and account_id in (?, ?)""")
                .params(address, account, EVERY_ACCOUNT)
                .query((rs, row) -> Map.entry(rs.getString("account_id"), counter(rs)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Counts one more failure on the counter of {@code account} from {@code address}: locks it, computes its next state
     * from the previous one (null if there is none) and writes it. Two nodes counting the first failure of the same
     * counter at once cannot both insert it; the second one then counts on the row of the first.
     */
    Counter countFailure(String account, String address, UnaryOperator<Counter> next) {
        for (int attempt = 1; ; attempt++) {
            Counter previous = jdbc.sql("""
                            select failures, window_start, blocked_until from login_throttle
                            where client_address = ? and account_id = ? for update""")
                    .params(address, account)
                    .query((rs, row) -> counter(rs))
                    .optional().orElse(null);
            Counter counter = next.apply(previous);
            if (previous != null) {
                jdbc.sql("""
                                update login_throttle set failures = ?, window_start = ?, blocked_until = ?
                                where client_address = ? and account_id = ?""")
                        .params(counter.failures(), utc(counter.windowStart()), utc(counter.blockedUntil()), address, account)
                        .update();
                return counter;
            }
            if (insertUnlessPresent(account, address, counter)) {
                return counter;
            }
            if (attempt == 3) {
                throw new IllegalStateException("Penghitung kegagalan masuk tidak dapat ditulis.");
            }
        }
    }

    /** Inserts a counter in a savepoint, so that a concurrent insert of the same key does not abort the transaction. */
    private boolean insertUnlessPresent(String account, String address, Counter counter) {
        return Boolean.TRUE.equals(jdbcTemplate.execute((ConnectionCallback<Boolean>) connection -> {
            Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into login_throttle (client_address, account_id, failures, window_start, blocked_until)
                    values (?, ?, ?, ?, ?)""")) {
                insert.setString(1, address);
                insert.setString(2, account);
                insert.setInt(3, counter.failures());
                insert.setObject(4, utc(counter.windowStart()));
                insert.setObject(5, utc(counter.blockedUntil()));
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
                return false;
            }
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
            return true;
        }));
    }

    /** Forgets the failures of {@code account} from {@code address} (a correct password). */
    void reset(String account, String address) {
        jdbc.sql("delete from login_throttle where client_address = ? and account_id = ?").params(address, account).update();
    }

    void append(FailedLogin failure) {
        jdbc.sql("""
                        insert into login_failure (failed_at, account_id, client_address, channel, account_failures,
                            address_failures) values (?, ?, ?, ?, ?, ?)""")
                .params(utc(failure.failedAt()), failure.account(), failure.address(), failure.channel(),
                        failure.accountFailures(), failure.addressFailures())
                .update();
    }

    /** Failed logins at or after {@code since}, newest first, at most {@code limit}. */
    List<FailedLogin> failuresSince(Instant since, int limit) {
        return jdbc.sql("""
                        select failed_at, account_id, client_address, channel, account_failures, address_failures
                        from login_failure where failed_at >= ? order by failed_at desc, id desc fetch first ? rows only""")
                .params(utc(since), limit)
                .query((rs, row) -> new FailedLogin(instant(rs, "failed_at"), rs.getString("account_id"),
                        rs.getString("client_address"), rs.getString("channel"), rs.getInt("account_failures"),
                        rs.getInt("address_failures")))
                .list();
    }

    /** Deletes the failed logins before {@code before}: one statement, so several nodes may run it at once. */
    int deleteFailuresBefore(Instant before) {
        return jdbc.sql("delete from login_failure where failed_at < ?").params(utc(before)).update();
    }

    /** Deletes the counters whose window started before {@code windowStartBefore} and that block nothing after {@code now}. */
    int deleteCountersBefore(Instant windowStartBefore, Instant now) {
        return jdbc.sql("delete from login_throttle where window_start < ? and blocked_until <= ?")
                .params(utc(windowStartBefore), utc(now)).update();
    }

    private static Counter counter(ResultSet rs) throws SQLException {
        return new Counter(rs.getInt("failures"), instant(rs, "window_start"), instant(rs, "blocked_until"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

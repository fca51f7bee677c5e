package org.kinerja.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.kinerja.shared.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits survey submissions per client address (a token bucket each), so that nobody floods a unit's IKM. Behind a
 * reverse proxy, set {@code server.forward-headers-strategy=native} so that the address is the citizen's, not the
 * proxy's.
 *
 * <p>On PostgreSQL the buckets live in the table {@code survey_rate_bucket} (bucket4j's PostgreSQL store, one row per
 * address, locked while a submission takes its token), so the limit holds for the whole cluster whichever node a
 * submission reaches. A bucket expires once it would be full again, and {@link #removeExpired()} deletes those rows.
 * On the embedded H2, which is one node by nature, the buckets stay in a bounded cache in memory.
 */
@Component
class SurveyRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(SurveyRateLimiter.class);
    static final String TABLE = "survey_rate_bucket";
    /** Rows deleted per statement by {@link #removeExpired()}. */
    private static final int REMOVE_BATCH = 1000;
    /** Longest key kept: an IPv6 address with a zone fits; anything longer is cut (the column is 64). */
    private static final int MAX_KEY = 64;

    private final Predicate<String> limiter;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> shared;

    SurveyRateLimiter(FeedbackSettings settings, DataSource dataSource) {
        int perTenMinutes = settings.survey().submissionsPer10Minutes();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(perTenMinutes).refillGreedy(perTenMinutes, Duration.ofMinutes(10)).build())
                .build();
        if (Database.isPostgres(dataSource)) {
            shared = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE).idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                    .build();
            limiter = address -> shared.builder().build(key(address), () -> configuration).tryConsume(1);
        } else {
            shared = null;
            Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofHours(1)).build();
            limiter = address -> local.get(key(address), key -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                    .tryConsume(1);
        }
    }

    /** Takes one submission's token for this address; false when the address has used up its submissions for now. */
    boolean tryAcquire(String clientAddress) {
        return limiter.test(clientAddress);
    }

    /**
     * Every 10 minutes: deletes the buckets that are full again, as if never used. Each node may run it at the same
     * time: a row locked by a submission is skipped and deleted next time.
     */
    @Scheduled(initialDelay = 10, fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
    void removeExpired() {
        if (shared == null) {
            return;
        }
        try {
            int removed;
            int total = 0;
            do {
                removed = shared.removeExpired(REMOVE_BATCH);
                total += removed;
            } while (removed == REMOVE_BATCH);
            if (total > 0) {
                log.debug("{} batas kiriman survei yang sudah penuh kembali dihapus", total);
            }
        } catch (RuntimeException e) {
            log.warn("Batas kiriman survei yang kedaluwarsa tidak dapat dihapus, dicoba lagi nanti: {}", e.toString());
        }
    }

    private static String key(String address) {
        String key = address == null ? "" : address;
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }
}

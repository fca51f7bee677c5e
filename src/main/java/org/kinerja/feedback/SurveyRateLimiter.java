package org.kinerja.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Limits survey submissions per client address (a token bucket each, in a bounded cache), so that nobody floods a
 * unit's IKM. Behind a reverse proxy, set {@code server.forward-headers-strategy=native} so that the address is the
 * citizen's, not the proxy's.
 */
@Component
class SurveyRateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(1)).build();
    private final int perTenMinutes;

    SurveyRateLimiter(FeedbackSettings settings) {
        this.perTenMinutes = settings.survey().submissionsPer10Minutes();
    }

    boolean tryAcquire(String clientAddress) {
        return buckets.get(clientAddress, address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perTenMinutes).refillGreedy(perTenMinutes, Duration.ofMinutes(10)).build())
                .build()).tryConsume(1);
    }
}

package org.kinerja.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed logins slow down the next attempts ({@code kinerja.login.*}); see {@link LoginThrottle}.
 *
 * @param freeFailures failures of one account from one address within the {@code window} that cost no wait (3)
 * @param firstDelay the wait after the first failure beyond the free ones; it doubles with each further failure (1 s)
 * @param maxDelay the cap of every wait: nobody ever waits longer than this after a failure (60 s)
 * @param window a counter counts the failures from its first one for this long, then starts again at zero (15 min)
 * @param addressLimit failures from one address, whatever the accounts, within the {@code window} before that address
 *        waits too (password spraying); beyond it the waits double from {@code firstDelay} up to {@code maxDelay} (50)
 * @param retention how long failed logins stay listed ({@code GET /api/security/failed-logins}) before the daily
 *        clean-up deletes them (90 days)
 */
@ConfigurationProperties(prefix = "kinerja.login")
record LoginThrottleSettings(
        @DefaultValue("3") int freeFailures,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("15m") Duration window,
        @DefaultValue("50") int addressLimit,
        @DefaultValue("90d") Duration retention) {

    LoginThrottleSettings {
        if (freeFailures < 0) {
            throw new IllegalArgumentException("kinerja.login.free-failures tidak boleh negatif");
        }
        if (firstDelay == null || firstDelay.compareTo(Duration.ofMillis(1)) < 0) {
            throw new IllegalArgumentException("kinerja.login.first-delay harus minimal 1 ms");
        }
        if (maxDelay == null || maxDelay.compareTo(firstDelay) < 0 || maxDelay.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("kinerja.login.max-delay harus antara first-delay dan 1 hari");
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("kinerja.login.window harus lebih dari nol");
        }
        if (addressLimit < 1) {
            throw new IllegalArgumentException("kinerja.login.address-limit harus minimal 1");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("kinerja.login.retention harus lebih dari nol");
        }
    }

    /** The production defaults. */
    static LoginThrottleSettings defaults() {
        return new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15), 50,
                Duration.ofDays(90));
    }
}

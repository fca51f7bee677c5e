package org.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * The arithmetic of the login throttle on a clock: how a counter of failures grows, how long the next attempt waits,
 * and that no wait ever exceeds {@link LoginThrottleSettings#maxDelay()}.
 *
 * <p>A counter counts the failures from its first one ({@code windowStart}) for {@link LoginThrottleSettings#window()};
 * a failure after that starts it again at one. The first {@code free} failures cost no wait; the next one waits
 * {@link LoginThrottleSettings#firstDelay()}, and each further one twice as long as the one before, up to the cap.
 */
final class LoginDelays {

    /**
     * Failures of one account from one address, or of one address whatever the account.
     *
     * @param failures failures since {@code windowStart}, this one included
     * @param windowStart the first failure of this count
     * @param blockedUntil until when the next attempt is refused without checking its password
     */
    record Counter(int failures, Instant windowStart, Instant blockedUntil) {

        Counter {
            Objects.requireNonNull(windowStart, "windowStart");
            Objects.requireNonNull(blockedUntil, "blockedUntil");
        }
    }

    private final LoginThrottleSettings settings;
    private final Clock clock;

    LoginDelays(LoginThrottleSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    Instant now() {
        return clock.instant();
    }

    LoginThrottleSettings settings() {
        return settings;
    }

    /**
     * The wait after the {@code failures}-th failure of a count whose first {@code free} failures cost none: zero up to
     * {@code free}, then {@code firstDelay}, doubling with each failure, never more than {@code maxDelay}.
     */
    Duration delay(int failures, int free) {
        long beyondFree = (long) failures - free;
        if (beyondFree <= 0) {
            return Duration.ZERO;
        }
        Duration delay = settings.firstDelay();
        // At most log2(maxDelay / firstDelay) doublings (27 with the widest settings), so nothing overflows.
        for (long i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return min(delay, settings.maxDelay());
    }

    /** The account's counter (for one address) after one more failure now. */
    Counter afterAccountFailure(Counter previous) {
        return afterFailure(previous, settings.freeFailures());
    }

    /** The address's counter (all accounts) after one more failure now. */
    Counter afterAddressFailure(Counter previous) {
        return afterFailure(previous, settings.addressLimit());
    }

    private Counter afterFailure(Counter previous, int free) {
        Instant now = now();
        boolean fresh = previous == null || !now.isBefore(previous.windowStart().plus(settings.window()));
        int failures = fresh ? 1 : (previous.failures() == Integer.MAX_VALUE ? Integer.MAX_VALUE : previous.failures() + 1);
        Instant windowStart = fresh ? now : previous.windowStart();
        return new Counter(failures, windowStart, now.plus(delay(failures, free)));
    }

    /**
     * How long an attempt must still wait: the longest wait of the counters that apply to it, never more than
     * {@code maxDelay} (even if a counter was written with a larger cap or by a node whose clock runs ahead); empty if
     * it may go ahead.
     */
    Optional<Duration> waitFor(Collection<Counter> counters) {
        Instant now = now();
        return counters.stream()
                .filter(counter -> counter.blockedUntil().isAfter(now))
                .map(counter -> min(Duration.between(now, counter.blockedUntil()), settings.maxDelay()))
                .max(Duration::compareTo);
    }

    /** A wait in whole seconds for {@code Retry-After} and the message, rounded up, at least 1. */
    static long seconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kinerja.security.LoginDelays.Counter;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The throttle's arithmetic on a clock that only the test moves. */
class LoginDelaysTests {

    static final Instant START = Instant.parse("2026-11-30T01:00:00Z");

    final MovableClock clock = new MovableClock(START);
    final LoginDelays delays = new LoginDelays(LoginThrottleSettings.defaults(), clock);

    @Test
    void shouldWaitNothingForTheFirstThreeFailuresThenDoubleFromOneSecondUpToSixtySeconds() {
        List<Long> waits = new ArrayList<>();
        for (int failures = 1; failures <= 12; failures++) {
            waits.add(delays.delay(failures, 3).toSeconds());
        }
        assertThat(waits).containsExactly(0L, 0L, 0L, 1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L);
    }

    @Test
    void shouldNeverOverflowNorExceedTheCapHoweverManyFailures() {
        assertThat(delays.delay(Integer.MAX_VALUE, 3)).isEqualTo(Duration.ofSeconds(60));
        assertThat(delays.delay(Integer.MAX_VALUE, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(delays.delay(0, 3)).isZero();
        assertThat(delays.delay(-5, 3)).isZero();
        LoginDelays widest = new LoginDelays(new LoginThrottleSettings(0, Duration.ofMillis(1), Duration.ofDays(1),
                Duration.ofMinutes(15), 1, Duration.ofDays(1)), clock);
        assertThat(widest.delay(Integer.MAX_VALUE, 0)).isEqualTo(Duration.ofDays(1));
        assertThat(widest.delay(28, 0)).isEqualTo(Duration.ofDays(1));
        assertThat(widest.delay(27, 0)).isEqualTo(Duration.ofMillis(1L << 26));
    }

    @Test
    void shouldCountFailuresWithinTheWindowAndBlockFromTheFourth() {
        Counter counter = null;
        for (int i = 0; i < 3; i++) {
            counter = delays.afterAccountFailure(counter);
            assertThat(delays.waitFor(List.of(counter))).isEmpty();
        }
        clock.advance(Duration.ofMinutes(1));
        counter = delays.afterAccountFailure(counter);
        assertThat(counter.failures()).isEqualTo(4);
        assertThat(counter.windowStart()).isEqualTo(START);
        assertThat(counter.blockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(1)).plusSeconds(1));
        assertThat(delays.waitFor(List.of(counter))).contains(Duration.ofSeconds(1));

        clock.advance(Duration.ofMillis(400));
        assertThat(delays.waitFor(List.of(counter))).contains(Duration.ofMillis(600));
        assertThat(LoginDelays.seconds(Duration.ofMillis(600))).isEqualTo(1);
        clock.advance(Duration.ofMillis(600));
        assertThat(delays.waitFor(List.of(counter))).as("the wait is over at blockedUntil").isEmpty();
    }

    @Test
    void shouldStartAgainAtOneOnceTheWindowIsOver() {
        Counter counter = null;
        for (int i = 0; i < 10; i++) {
            counter = delays.afterAccountFailure(counter);
            clock.advance(Duration.ofSeconds(60));
        }
        assertThat(counter.failures()).isEqualTo(10);
        clock.advance(Duration.ofMinutes(15));
        Counter fresh = delays.afterAccountFailure(counter);
        assertThat(fresh.failures()).isEqualTo(1);
        assertThat(fresh.windowStart()).isEqualTo(clock.instant());
        assertThat(fresh.blockedUntil()).isEqualTo(clock.instant());
    }

    @Test
    void shouldLetAnAddressFailFiftyTimesBeforeItWaits() {
        Counter address = null;
        for (int i = 0; i < 50; i++) {
            address = delays.afterAddressFailure(address);
        }
        assertThat(delays.waitFor(List.of(address))).isEmpty();
        address = delays.afterAddressFailure(address);
        assertThat(delays.waitFor(List.of(address))).contains(Duration.ofSeconds(1));
    }

    @Test
    void shouldWaitForTheLongestCounterButNeverLongerThanTheCap() {
        Instant now = clock.instant();
        Counter account = new Counter(5, now, now.plusSeconds(2));
        Counter address = new Counter(60, now, now.plusSeconds(30));
        assertThat(delays.waitFor(List.of(account, address))).contains(Duration.ofSeconds(30));
        // Written with a larger cap, or by a node whose clock runs ahead: still at most 60 s.
        Counter skewed = new Counter(9, now, now.plus(Duration.ofHours(5)));
        assertThat(delays.waitFor(List.of(skewed))).contains(Duration.ofSeconds(60));
        assertThat(delays.waitFor(List.of())).isEqualTo(Optional.empty());
    }

    @Test
    void shouldNeverLetTheCountOverflow() {
        Counter full = new Counter(Integer.MAX_VALUE, clock.instant(), clock.instant());
        Counter next = delays.afterAccountFailure(full);
        assertThat(next.failures()).isEqualTo(Integer.MAX_VALUE);
        assertThat(Duration.between(clock.instant(), next.blockedUntil())).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldRoundWaitsUpToWholeSeconds() {
        assertThat(LoginDelays.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(LoginDelays.seconds(Duration.ofSeconds(60))).isEqualTo(60);
        assertThat(LoginDelays.seconds(Duration.ofMillis(59_001))).isEqualTo(60);
        assertThat(LoginDelays.seconds(Duration.ZERO)).isEqualTo(1);
    }

    @Test
    void shouldBindTheProductionDefaultsWhenNothingIsSet() {
        LoginThrottleSettings bound = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("kinerja.login", LoginThrottleSettings.class);
        assertThat(bound).isEqualTo(LoginThrottleSettings.defaults());
    }

    @Test
    void shouldRefuseSettingsThatCouldLockForLongOrNeverWait() {
        assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ZERO, Duration.ofSeconds(60), Duration.ofMinutes(15), 50,
                Duration.ofDays(90))).hasMessageContaining("first-delay");
        assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofDays(2), Duration.ofMinutes(15),
                50, Duration.ofDays(90))).hasMessageContaining("max-delay");
        assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofMinutes(15),
                50, Duration.ofDays(90))).hasMessageContaining("max-delay");
        assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ZERO, 50,
                Duration.ofDays(90))).hasMessageContaining("window");
        assertThatThrownBy(() -> new LoginThrottleSettings(3, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(15),
                0, Duration.ofDays(90))).hasMessageContaining("address-limit");
    }
}

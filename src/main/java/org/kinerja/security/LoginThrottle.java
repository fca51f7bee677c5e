package org.kinerja.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kinerja.security.LoginDelays.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses passwords, without ever locking an account's owner out (Camunda's own lock-out is turned
 * off in {@code application.yml}). Every login of every door (HTTP Basic on {@code /engine-rest} and {@code /api},
 * Kinerja's page {@code /masuk}, the webapps' login) ends in Camunda's {@code checkPassword}, where
 * {@link LoginThrottleInterceptor} calls this.
 *
 * <ul>
 *   <li>Failures are counted per account <em>and client address</em>: an attacker's failures from one address never
 *       make the owner wait at another. The first {@link LoginThrottleSettings#freeFailures()} cost nothing, then the
 *       waits double from {@link LoginThrottleSettings#firstDelay()} up to {@link LoginThrottleSettings#maxDelay()}.</li>
 *   <li>Failures are also counted per address, whatever the account (password spraying): beyond
 *       {@link LoginThrottleSettings#addressLimit()} within the window, the whole address waits, capped the same way.</li>
 *   <li>While a counter that applies waits, the attempt is refused ({@link LoginRefusal}, 429 with {@code Retry-After})
 *       <em>without checking its password</em>, so that waiting attempts tell an attacker nothing and cost the owner
 *       nothing. A refused attempt is not counted.</li>
 *   <li>A correct password forgets the failures of its account from its address (not the address's own counter).</li>
 *   <li>Each failure is logged as one WARN line and stored in {@code login_failure} (never the password), listed to
 *       admins by {@code GET /api/security/failed-logins} and deleted after {@link LoginThrottleSettings#retention()}.</li>
 * </ul>
 *
 * <p>The success path costs one read by primary key and writes nothing unless there were failures to forget.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final LoginThrottleStore store;
    private final LoginThrottleSettings settings;
    private volatile LoginDelays delays;

    LoginThrottle(LoginThrottleStore store, LoginThrottleSettings settings, Optional<Clock> clock) {
        this.store = store;
        this.settings = settings;
        this.delays = new LoginDelays(settings, clock.orElse(Clock.systemUTC()));
    }

    /**
     * Before the password is checked: the counters that apply to this attempt.
     *
     * @throws LoginRefusal while the account waits at this address, or the address waits
     */
    Map<String, Counter> check(LoginAttempt attempt) {
        Map<String, Counter> counters = store.find(attempt.hasAccount() ? attempt.account() : LoginThrottleStore.EVERY_ACCOUNT,
                attempt.address());
        Optional<Duration> wait = delays.waitFor(counters.values());
        if (wait.isPresent()) {
            log.debug("Percobaan masuk akun '{}' dari alamat {} ditolak tanpa memeriksa kata sandi: tunggu {}", attempt.account(),
                    attempt.address(), wait.get());
            throw new LoginRefusal(LoginDelays.seconds(wait.get()));
        }
        return counters;
    }

    /** The password was correct: forgets the account's failures from this address, if there were any. */
    void succeeded(LoginAttempt attempt, Map<String, Counter> counters) {
        if (attempt.hasAccount() && counters.containsKey(attempt.account())) {
            store.reset(attempt.account(), attempt.address());
        }
    }

    /** The password was wrong (or the account does not exist): counts, stores and logs the failure. */
    void failed(LoginAttempt attempt) {
        LoginDelays rules = delays;
        Counter account = attempt.hasAccount()
                ? store.countFailure(attempt.account(), attempt.address(), rules::afterAccountFailure)
                : null;
        Counter address = store.countFailure(LoginThrottleStore.EVERY_ACCOUNT, attempt.address(), rules::afterAddressFailure);
        Instant at = rules.now();
        FailedLogin failure = new FailedLogin(at, attempt.account(), attempt.address(), attempt.channel(),
                account == null ? 0 : account.failures(), address.failures());
        store.append(failure);
        long wait = rules.waitFor(account == null ? List.of(address) : List.of(account, address))
                .map(LoginDelays::seconds).orElse(0L);
        log.warn("Gagal masuk: akun '{}' dari alamat {} lewat {}; kegagalan ke-{} akun ini dari alamat ini dan ke-{} dari "
                        + "alamat ini dalam {} menit; percobaan berikutnya akun ini dari alamat ini menunggu {} detik",
                failure.account(), failure.address(), failure.channel(), failure.accountFailures(), failure.addressFailures(),
                settings.window().toMinutes(), wait);
    }

    /** Failed logins at or after {@code since}, newest first, at most {@code limit}. */
    List<FailedLogin> failuresSince(Instant since, int limit) {
        return store.failuresSince(since, limit);
    }

    /**
     * Every night at 02:17 WIB: deletes the failed logins older than the retention, and the counters that are over.
     * Single DELETE statements, so every node of a cluster may run it at the same time.
     */
    @Scheduled(cron = "0 17 2 * * *", zone = "Asia/Jakarta")
    void cleanUp() {
        Instant now = delays.now();
        int failures = store.deleteFailuresBefore(now.minus(settings.retention()));
        int counters = store.deleteCountersBefore(now.minus(settings.window()), now);
        log.info("Pembersihan catatan gagal masuk: {} catatan lebih tua dari {} hari dan {} penghitung usang dihapus", failures,
                settings.retention().toDays(), counters);
    }

    Instant now() {
        return delays.now();
    }

    /**
     * For the integration tests, which share one running application: they move this clock instead of sleeping until a
     * wait is over.
     */
    void useClock(Clock clock) {
        this.delays = new LoginDelays(settings, clock);
    }
}

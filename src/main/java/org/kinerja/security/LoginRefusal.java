package org.kinerja.security;

import org.kinerja.shared.Rejection;

/**
 * A login attempt refused without checking its password, because its account failed too often from its address, or
 * its address failed too often (429, with {@code Retry-After}). See {@link LoginThrottle}.
 */
class LoginRefusal extends Rejection {

    /** The request attribute that carries the refusal to {@link LoginRefusalFilter} when a JAX-RS resource caught it. */
    static final String REQUEST_ATTRIBUTE = LoginRefusal.class.getName();

    private final long retryAfterSeconds;

    LoginRefusal(long retryAfterSeconds) {
        super(Kind.TOO_MANY_REQUESTS, message(retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds until the next attempt may be checked, for {@code Retry-After}. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static String message(long seconds) {
        return "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam " + seconds + " detik.";
    }

    /** The refusal in the cause chain of {@code t}, or null. */
    static LoginRefusal findIn(Throwable t) {
        return Rejection.find(t) instanceof LoginRefusal refusal ? refusal : null;
    }
}

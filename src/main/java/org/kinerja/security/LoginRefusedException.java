package org.kinerja.security;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * How the engine's {@code checkPassword} reports a {@link LoginRefusal} to its caller. A {@link BadUserRequestException},
 * because the engine logs those at DEBUG: any other exception leaving a command is logged at ERROR with its whole stack
 * trace (ENGINE-16004), which an attacker could fill the log with. The refusal itself is the cause
 * ({@link org.kinerja.shared.Rejection#find(Throwable)} finds it).
 */
class LoginRefusedException extends BadUserRequestException {

    LoginRefusedException(LoginRefusal refusal) {
        super(refusal.getMessage(), refusal);
    }

    LoginRefusal refusal() {
        return (LoginRefusal) getCause();
    }
}

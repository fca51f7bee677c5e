package org.kinerja.security;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.kinerja.security.LoginDelays.Counter;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place every login meets: Camunda's {@link CheckPassword} command, whichever door called
 * {@code IdentityService.checkPassword}. Runs inside the command's context and transaction (registered after the
 * engine's own interceptors by {@link LoginThrottleEngineSetup}), so the throttle's reads and writes share the command's
 * connection.
 *
 * <p>Only the account is read from the command; the attempted password is never read, stored or logged here.
 */
class LoginThrottleInterceptor extends CommandInterceptor {

    /**
     * Camunda counts failures in {@code ACT_ID_USER.ATTEMPTS_} and locks an account for good once they reach
     * {@code login-max-attempts}, which {@code application.yml} sets to {@link Integer#MAX_VALUE}. So that no number of
     * failures can ever get there, the count is set back to zero whenever a failure finds it this high.
     */
    static final int ENGINE_ATTEMPTS_RESET = 1000;
    private static final Field USER_ID = userIdField();

    private final LoginThrottle throttle;

    LoginThrottleInterceptor(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CheckPassword check)) {
            return next.execute(command);
        }
        String userId = userId(check);
        LoginAttempt attempt = LoginAttempt.current(userId);
        Map<String, Counter> counters;
        try {
            counters = throttle.check(attempt);
        } catch (LoginRefusal refusal) {
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(LoginRefusal.REQUEST_ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
            }
            throw new LoginRefusedException(refusal);
        }
        T result = next.execute(command);
        if (Boolean.TRUE.equals(result)) {
            throttle.succeeded(attempt, counters);
        } else {
            throttle.failed(attempt);
            keepEngineCountLow(userId);
        }
        return result;
    }

    private static void keepEngineCountLow(String userId) {
        CommandContext context = Context.getCommandContext();
        if (context == null || userId == null) {
            return;
        }
        // Loaded by the check itself: no query. Absent with an identity provider that keeps no count (e.g. LDAP).
        UserEntity user = context.getDbEntityManager().getCachedEntity(UserEntity.class, userId);
        if (user != null && user.getAttempts() >= ENGINE_ATTEMPTS_RESET) {
            context.getIdentityInfoManager().updateUserLock(user, 0, null);
        }
    }

    private static String userId(CheckPassword check) {
        try {
            return (String) USER_ID.get(check);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field userIdField() {
        try {
            Field field = CheckPassword.class.getDeclaredField("userId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's CheckPassword has no field userId any more; update LoginThrottleInterceptor", e);
        }
    }
}

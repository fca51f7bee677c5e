package org.kinerja.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * A {@link LoginRefusal} in Spring Security (Kinerja's API and pages). An {@link AccountStatusException}, so that the
 * authentication manager stops at once instead of asking its other providers, which would check the password again.
 */
class LoginRefusedAuthenticationException extends AccountStatusException {

    private final transient LoginRefusal refusal;

    LoginRefusedAuthenticationException(LoginRefusal refusal) {
        super(refusal.getMessage(), refusal);
        this.refusal = refusal;
    }

    LoginRefusal refusal() {
        return refusal;
    }
}

package org.kinerja.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks logins against Camunda's identity store, so that one account (the NIP and its password) works in Tasklist,
 * on {@code /engine-rest} and on Kinerja's API. The user's Camunda groups become their authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    CamundaIdentityAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || credentials == null || !checkPassword(userId, credentials.toString())) {
            throw new BadCredentialsException("NIP/nama pengguna atau kata sandi salah.");
        }
        List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    /** Camunda's check, throttled by {@link LoginThrottle}: a refusal becomes an authentication failure with a wait. */
    private boolean checkPassword(String userId, String password) {
        try {
            return identityService.checkPassword(userId, password);
        } catch (RuntimeException e) {
            LoginRefusal refusal = LoginRefusal.findIn(e);
            if (refusal != null) {
                throw new LoginRefusedAuthenticationException(refusal);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package org.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * One login for Tasklist and Kinerja's own pages: both live in the same servlet context and so share the HTTP
 * session. Whoever signed in to Tasklist is signed in on Kinerja's pages (the Camunda webapp's {@link Authentications}
 * in the session become a Spring Security authentication), and a sign-in on Kinerja's login page also signs in to
 * Tasklist, so a link from a task form to the calibration board needs no second login.
 */
final class CamundaWebappSession {

    private CamundaWebappSession() {
    }

    /** The user signed in to the Camunda webapps for this engine, as a Spring Security authentication. */
    static Optional<Authentication> current(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        if (all == null || !(all.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
        List<GrantedAuthority> authorities = groups.stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities));
    }

    /** Signs the (already authenticated) user in to the Camunda webapps in this session too. */
    static void signIn(HttpServletRequest request, ProcessEngine engine, String userId) {
        UserAuthentication user = AuthenticationUtil.createAuthentication(engine, userId);
        if (user == null) {
            return;
        }
        HttpSession session = request.getSession(true);
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        all.addOrReplace(user);
        AuthenticationUtil.updateSession(session, all);
    }
}

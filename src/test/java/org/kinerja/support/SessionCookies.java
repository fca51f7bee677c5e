package org.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Sessions live in the database (Spring Session JDBC) and are found by their cookie, as on a cluster: MockMvc tests
 * carry the cookie a response set, not a {@code MockHttpSession}.
 */
public final class SessionCookies {

    /** Spring Session's cookie. */
    public static final String NAME = "SESSION";
    /** Where the Camunda webapps keep who signed in ({@code AuthenticationUtil}). */
    static final String CAMUNDA_AUTHENTICATIONS = "authenticatedUser";

    private SessionCookies() {
    }

    /** The session cookie that this response set (a sign-in sets a new one). */
    public static Cookie of(MvcResult result) {
        Cookie cookie = result.getResponse().getCookie(NAME);
        assertThat(cookie).as("session cookie %s set by %s", NAME, result.getRequest().getRequestURI()).isNotNull();
        return new Cookie(NAME, cookie.getValue());
    }

    /** A new session in which {@code userId} is signed in to the Camunda webapps, as Tasklist's login leaves it. */
    public static <S extends Session> Cookie tasklist(SessionRepository<S> sessions, ProcessEngine engine, String userId) {
        S session = sessions.createSession();
        Authentications authentications = new Authentications();
        authentications.addOrReplace(AuthenticationUtil.createAuthentication(engine, userId));
        session.setAttribute(CAMUNDA_AUTHENTICATIONS, authentications);
        sessions.save(session);
        return new Cookie(NAME, Base64.getEncoder().encodeToString(session.getId().getBytes(StandardCharsets.UTF_8)));
    }

    /** Who is signed in to the Camunda webapps in the cookie's session (none: empty authentications). */
    public static Authentications camunda(SessionRepository<? extends Session> sessions, Cookie cookie) {
        String id = new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        Session session = sessions.findById(id);
        assertThat(session).as("session %s in the database", id).isNotNull();
        Authentications authentications = session.getAttribute(CAMUNDA_AUTHENTICATIONS);
        return authentications == null ? new Authentications() : authentications;
    }
}

package org.kinerja.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who tries to log in from where: the account as typed, the client address of the current HTTP request and the way
 * in. Spring's {@link RequestContextHolder} knows the request on every servlet path (Kinerja's, {@code /engine-rest}
 * and the Camunda webapps); behind a reverse proxy {@code server.forward-headers-strategy=native} makes
 * {@link HttpServletRequest#getRemoteAddr()} the real client's address. A check outside any request (Java code, a job)
 * comes from {@value #LOCAL}.
 *
 * @param account the account as typed, without control characters, at most {@value #MAX_ACCOUNT} characters; empty if
 *        none was given
 * @param address the client address, at most {@value #MAX_ADDRESS} characters
 * @param channel the way in, see {@link FailedLogin#channel()}
 */
record LoginAttempt(String account, String address, String channel) {

    static final String LOCAL = "lokal";
    static final int MAX_ACCOUNT = 64;
    static final int MAX_ADDRESS = 64;
    static final int MAX_CHANNEL = 20;
    private static final String LOGIN_PATH = "/camunda/api/admin/auth/user/";

    /** Whether an account was given at all (a blank one counts only against its address). */
    boolean hasAccount() {
        return !account.isEmpty();
    }

    static LoginAttempt current(String userId) {
        String account = clean(userId, MAX_ACCOUNT);
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = clean(request.getRemoteAddr(), MAX_ADDRESS);
            return new LoginAttempt(account, address.isEmpty() ? "tidak-diketahui" : address, channel(request));
        }
        return new LoginAttempt(account, LOCAL, "java");
    }

    private static String channel(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/engine-rest/")) {
            return "engine-rest";
        }
        if (path.startsWith(LOGIN_PATH) && path.contains("/login/")) {
            // /camunda/api/admin/auth/user/{engine}/login/{app}: the app is tasklist, cockpit, admin or welcome.
            String app = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^a-z]", "");
            return app.isEmpty() ? "webapp" : clean(app, MAX_CHANNEL);
        }
        if (path.startsWith("/camunda/")) {
            return "webapp";
        }
        if (path.equals("/masuk")) {
            return "masuk";
        }
        if (path.startsWith("/api/")) {
            return "api";
        }
        if (path.startsWith("/actuator/")) {
            return "actuator";
        }
        return "lain";
    }

    /**
     * The text without control characters (no forged log lines), at most {@code max} characters. The account is typed by
     * whoever tries, so it is never trusted.
     */
    static String clean(String text, int max) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length() && clean.length() < max; i++) {
            char c = text.charAt(i);
            clean.append(Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? '?' : c);
        }
        if (!clean.isEmpty() && Character.isHighSurrogate(clean.charAt(clean.length() - 1))) {
            clean.setLength(clean.length() - 1);
        }
        return clean.toString();
    }
}

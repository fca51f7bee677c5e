package org.kinerja.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, every request that needs it fails, many of them before Spring MVC is reached (the
 * session is read from the database by the first filters). This filter, in front of all others, answers such a failure
 * with 503 and {@code Retry-After} in Bahasa Indonesia, as a problem document or a small page, instead of a server
 * error: the client is told to try again, and the node recovers by itself when the database is back.
 */
@Component
class DatabaseUnavailableFilter extends OncePerRequestFilter implements Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    /** Before Spring Session's filter ({@code Integer.MIN_VALUE + 50}), which reads the session from the database. */
    static final int ORDER = Integer.MIN_VALUE + 40;

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseOutage.isCause(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Basis data tidak dapat dihubungi: {} {} dijawab 503 ({})", request.getMethod(), request.getRequestURI(), e.toString());
            answer(request, response);
        }
    }

    static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean page = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !ErrorAnswers.isMachinePath(request);
        if (page) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + DatabaseOutage.TITLE
                    + " · Kinerja</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body "
                    + "style=\"font-family:sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem\"><h1>" + DatabaseOutage.TITLE
                    + "</h1><p>" + DatabaseOutage.DETAIL + "</p></body></html>");
        } else {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + DatabaseOutage.TITLE + "\",\"status\":503,\"detail\":\""
                    + DatabaseOutage.DETAIL + "\"}");
        }
    }
}

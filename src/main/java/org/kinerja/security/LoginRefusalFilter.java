package org.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a {@link LoginRefusal} on the Camunda doors with 429, {@code Retry-After} and the message, in Camunda's error
 * format ({@code {"type": ..., "message": ...}}, whose {@code message} Tasklist shows on its login page):
 *
 * <ul>
 *   <li>HTTP Basic on {@code /engine-rest}: the refusal leaves {@code ProcessEngineAuthenticationFilter} as an
 *       exception, answered here;</li>
 *   <li>the webapps' login ({@code /camunda/api/admin/auth/user/{engine}/login/{app}}) and {@code identity/verify}: a
 *       JAX-RS exception mapper has already turned it into a 400 with the message; its status becomes 429.</li>
 * </ul>
 */
class LoginRefusalFilter extends OncePerRequestFilter {

    private final ObjectMapper objectMapper;

    LoginRefusalFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, new RefusalStatus(request, response));
        } catch (IOException | ServletException | RuntimeException e) {
            LoginRefusal refusal = LoginRefusal.findIn(e);
            if (refusal == null) {
                refusal = (LoginRefusal) request.getAttribute(LoginRefusal.REQUEST_ATTRIBUTE);
            }
            if (refusal == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", LoginRefusedException.class.getSimpleName());
            body.put("message", refusal.getMessage());
            objectMapper.writeValue(response.getOutputStream(), body);
        }
    }

    /** Turns the error status of a response to a refused login into 429 with {@code Retry-After}. */
    private static final class RefusalStatus extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RefusalStatus(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(refused(status));
        }

        @Override
        public void sendError(int status) throws IOException {
            super.sendError(refused(status));
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            super.sendError(refused(status), message);
        }

        private int refused(int status) {
            if (status >= 400 && request.getAttribute(LoginRefusal.REQUEST_ATTRIBUTE) instanceof LoginRefusal refusal) {
                setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
                return 429;
            }
            return status;
        }
    }
}

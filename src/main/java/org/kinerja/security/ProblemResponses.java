package org.kinerja.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401, 403 and 429 (a throttled login, see {@link LoginThrottle}) answers as problem documents in Bahasa Indonesia. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (e instanceof LoginRefusedAuthenticationException refused) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.refusal().retryAfterSeconds()));
            write(response, HttpStatus.TOO_MANY_REQUESTS, "Terlalu banyak percobaan masuk", refused.getMessage());
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + SecurityConfig.REALM + "\", charset=\"UTF-8\"");
        String detail = request.getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "Silakan masuk: kirim NIP (atau nama pengguna) dan kata sandi dengan HTTP Basic."
                : "NIP/nama pengguna atau kata sandi salah.";
        write(response, HttpStatus.UNAUTHORIZED, "Belum masuk", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Akses ditolak", "Akun Anda tidak berwenang untuk permintaan ini.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}

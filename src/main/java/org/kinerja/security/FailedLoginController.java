package org.kinerja.security;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/security/failed-logins?since=…}: the failed logins since a moment, newest first, at most
 * {@value #MAX_ROWS} (for {@code camunda-admin} only, see {@link SecurityConfig}).
 */
@RestController
class FailedLoginController {

    static final int MAX_ROWS = 500;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final LoginThrottle throttle;

    FailedLoginController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    /**
     * @param since a moment ({@code 2026-11-28T08:00:00+07:00}, {@code 2026-11-28T01:00:00Z}), a local time in WIB
     *        ({@code 2026-11-28T08:00}) or a day (from its start in WIB: {@code 2026-11-28}); without it, the last 24 hours
     */
    @GetMapping("/api/security/failed-logins")
    ResponseEntity<?> failedLogins(@RequestParam(name = "since", required = false) String since) {
        Instant from = since == null || since.isBlank() ? throttle.now().minus(Duration.ofDays(1)) : parse(since.trim());
        if (from == null) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Parameter 'since' harus berupa "
                    + "waktu ISO-8601 (mis. 2026-11-28T08:00:00+07:00), waktu WIB (mis. 2026-11-28T08:00) atau tanggal "
                    + "(mis. 2026-11-28, sejak awal hari WIB).");
            problem.setTitle("Nilai tidak sah");
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        List<FailedLogin> rows = throttle.failuresSince(from, MAX_ROWS + 1);
        boolean truncated = rows.size() > MAX_ROWS;
        return ResponseEntity.ok(new FailedLogins(from, MAX_ROWS, truncated, truncated ? rows.subList(0, MAX_ROWS) : rows));
    }

    /**
     * @param since the moment the list starts at
     * @param limit at most this many failures are listed
     * @param truncated there were more failures since then than listed (the oldest are left out)
     * @param failures newest first
     */
    record FailedLogins(Instant since, int limit, boolean truncated, List<FailedLogin> failures) {
    }

    private static Instant parse(String since) {
        try {
            return OffsetDateTime.parse(since).toInstant();
        } catch (DateTimeException notAnOffsetTime) {
            try {
                return LocalDateTime.parse(since).atZone(WIB).toInstant();
            } catch (DateTimeException notALocalTime) {
                try {
                    return LocalDate.parse(since).atStartOfDay(WIB).toInstant();
                } catch (DateTimeException notADay) {
                    return null;
                }
            }
        }
    }
}

package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.Rejection;
import org.kinerja.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The login throttle on PostgreSQL over real HTTP, on every door: HTTP Basic on {@code /engine-rest} and {@code /api},
 * the Tasklist login and Kinerja's page {@code /masuk}. Requests come from different client addresses through
 * {@code X-Forwarded-For} (the test profile trusts it from 127.0.0.1, as behind a reverse proxy). The throttle's clock
 * stands still and is moved by the test, so waits are exact and nothing sleeps.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String ADMIN_PASSWORD = "Rahasia-Uji-2026!";
    static final String WRONG = "Tebakan-Salah-5f3a91";
    static final String RIZKI = "198709032010011002"; // staff
    static final String NURUL = "199002142014022003"; // staff
    static final String RATNA = "198304182008012002"; // HR admin
    static final String WAIT_MESSAGE = "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam %d detik.";
    /** The test's client addresses: documentation ranges (RFC 5737), used by no other test. */
    static final String TEST_ADDRESSES = "client_address like '203.0.113.%' or client_address like '198.51.100.%' "
            + "or client_address like '192.0.2.%'";

    enum Door { ENGINE_REST, API, TASKLIST, PAGE }

    @LocalServerPort
    int port;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    MovableClock clock;

    @BeforeEach
    void demoOrganisationAndAStillClock() throws Exception {
        unitImport.importCsv(new ClassPathResource("demo/unit.csv").getContentAsByteArray());
        employeeImport.importCsv(new ClassPathResource("demo/pegawai.csv").getContentAsByteArray());
        clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        throttle.useClock(clock);
    }

    @AfterEach
    void systemClockAndNoCountersLeft() {
        throttle.useClock(Clock.systemUTC());
        jdbc.update("delete from login_throttle where " + TEST_ADDRESSES);
    }

    @Test
    void shouldSlowTheAttackersAddressWhileTheOwnerLogsInAtOnceFromAnother() {
        Client attacker = new Client("203.0.113.10");
        List<Long> waits = new ArrayList<>();
        Door[] doors = Door.values();
        for (int i = 0; i < 15; i++) {
            Door door = doors[i % doors.length];
            Outcome outcome = attacker.login(door, RIZKI, WRONG);
            if (outcome.refused()) {
                // The clock stands still: only a failure beyond the first three makes the next attempt wait.
                assertThat(i).as("attempt %d refused", i + 1).isGreaterThanOrEqualTo(4);
                waits.add(outcome.retryAfter());
                clock.advance(Duration.ofSeconds(outcome.retryAfter()));
                outcome = attacker.login(door, RIZKI, WRONG);
            } else {
                assertThat(i).as("attempt %d not refused", i + 1).isLessThan(4);
            }
            assertThat(outcome.failed()).as("attempt %d through %s is checked and fails", i + 1, door).isTrue();
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L, 60L, 60L, 60L);
        assertThat(counter(RIZKI, "203.0.113.10")).as("each wrong password counted once, whatever the door").isEqualTo(15);

        // From the attacker's address every door now refuses, even the right password, without checking it.
        HttpResponse<String> engineRest = attacker.engineRest(RIZKI, PASSWORD);
        assertThat(engineRest.statusCode()).isEqualTo(429);
        assertThat(engineRest.headers().firstValue("Retry-After")).contains("60");
        assertThat(field(engineRest, "message")).isEqualTo(WAIT_MESSAGE.formatted(60));
        HttpResponse<String> api = attacker.api("/api/notifications", RIZKI, PASSWORD);
        assertThat(api.statusCode()).isEqualTo(429);
        assertThat(api.headers().firstValue("Retry-After")).contains("60");
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(field(api, "detail")).isEqualTo(WAIT_MESSAGE.formatted(60));
        HttpResponse<String> tasklist = attacker.tasklistLogin(RIZKI, PASSWORD);
        assertThat(tasklist.statusCode()).isEqualTo(429);
        assertThat(tasklist.headers().firstValue("Retry-After")).contains("60");
        assertThat(field(tasklist, "message")).isEqualTo(WAIT_MESSAGE.formatted(60));
        HttpResponse<String> page = attacker.pageLogin(RIZKI, PASSWORD);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/masuk?tunggu=60"));
        HttpResponse<String> pageShown = attacker.get(URI.create(page.headers().firstValue("Location").orElseThrow()).getPath()
                + "?tunggu=60", null, null);
        assertThat(pageShown.body()).contains(WAIT_MESSAGE.formatted(60));
        assertThat(counter(RIZKI, "203.0.113.10")).as("refused attempts are not counted").isEqualTo(15);

        // Camunda's own lock-out is off: its count does not lock the account, and nothing waits in its table.
        assertEngineDoesNotLock(RIZKI);

        // The owner, from another address, gets in at once through every door.
        Client owner = new Client("198.51.100.10");
        assertThat(owner.engineRest(RIZKI, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(owner.api("/api/notifications", RIZKI, PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> ownerTasklist = owner.tasklistLogin(RIZKI, PASSWORD);
        assertThat(ownerTasklist.statusCode()).isEqualTo(200);
        assertThat(ownerTasklist.body()).contains("\"userId\":\"" + RIZKI + "\"");
        HttpResponse<String> ownerPage = owner.pageLogin(RIZKI, PASSWORD);
        assertThat(ownerPage.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/beranda"));

        // Once the wait is over, the right password works from the attacker's address too, and forgets its failures.
        clock.advance(Duration.ofSeconds(59));
        assertThat(attacker.engineRest(RIZKI, PASSWORD).statusCode()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(attacker.engineRest(RIZKI, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(counter(RIZKI, "203.0.113.10")).isNull();
        assertThat(attacker.login(Door.ENGINE_REST, RIZKI, WRONG).failed()).isTrue();
        assertThat(attacker.engineRest(RIZKI, PASSWORD).statusCode()).as("one failure after a success costs no wait")
                .isEqualTo(200);
    }

    @Test
    void shouldNeverLockTheTechnicalAdminInCamunda() {
        Client attacker = new Client("203.0.113.20");
        int attemptsBefore = engineAttempts("admin");
        int failures = 0;
        while (failures < 12) {
            Outcome outcome = attacker.login(Door.ENGINE_REST, "admin", WRONG);
            if (outcome.refused()) {
                clock.advance(Duration.ofSeconds(outcome.retryAfter()));
            } else {
                assertThat(outcome.failed()).isTrue();
                failures++;
            }
        }
        assertEngineDoesNotLock("admin");
        assertThat(engineAttempts("admin")).as("Camunda still counts, but never locks").isEqualTo(attemptsBefore + 12);
        Client admin = new Client("198.51.100.20");
        assertThat(admin.engineRest("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(admin.tasklistLogin("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(engineAttempts("admin")).isZero();
    }

    @Test
    void shouldOpenAnAccountThatCamundasOldSettingsLockedForGood() {
        // As the default settings left an account after 10 failures: locked until an admin unlocked it.
        jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 10, LOCK_EXP_TIME_ = null where ID_ = ?", NURUL);
        Client owner = new Client("198.51.100.30");
        assertThat(owner.engineRest(NURUL, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(engineAttempts(NURUL)).isZero();
    }

    @Test
    void shouldKeepCamundasCountFarFromItsLockWhateverTheNumberOfFailures() {
        // One failure short of Camunda's lock (login-max-attempts 2147483647), e.g. after years of attacks.
        jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 2147483646, LOCK_EXP_TIME_ = null where ID_ = ?", NURUL);
        Client attacker = new Client("203.0.113.30");
        assertThat(attacker.login(Door.ENGINE_REST, NURUL, WRONG).failed()).isTrue();
        assertThat(engineAttempts(NURUL)).as("set back by the throttle").isZero();
        assertEngineDoesNotLock(NURUL);
        assertThat(new Client("198.51.100.31").engineRest(NURUL, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldMakeAnAddressThatTriesManyAccountsWait() {
        Client sprayer = new Client("203.0.113.40");
        for (int i = 1; i <= 51; i++) {
            Outcome outcome = sprayer.login(Door.ENGINE_REST, "uji" + i, WRONG);
            assertThat(outcome.failed()).as("failure %d from the address", i).isTrue();
        }
        assertThat(counter(LoginThrottleStore.EVERY_ACCOUNT, "203.0.113.40")).isEqualTo(51);

        // Beyond 50 failures the whole address waits, even with an account it never tried and the right password.
        HttpResponse<String> refused = sprayer.engineRest(RATNA, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(sprayer.api("/api/notifications", RATNA, PASSWORD).statusCode()).isEqualTo(429);
        assertThat(new Client("198.51.100.40").engineRest(RATNA, PASSWORD).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(1));
        assertThat(sprayer.engineRest(RATNA, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(sprayer.login(Door.ENGINE_REST, "uji52", WRONG).failed()).isTrue();
        HttpResponse<String> longer = sprayer.engineRest(RATNA, PASSWORD);
        assertThat(longer.statusCode()).isEqualTo(429);
        assertThat(longer.headers().firstValue("Retry-After")).contains("2");
    }

    @Test
    void shouldListFailuresToTheAdminOnlyAndNeverStoreOrLogThePassword(CapturedOutput output) throws Exception {
        Instant since = clock.instant();
        Client guesser = new Client("192.0.2.7");
        for (Door door : List.of(Door.ENGINE_REST, Door.API, Door.PAGE)) {
            assertThat(guesser.login(door, NURUL, WRONG).failed()).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(guesser.login(Door.TASKLIST, "bukan-akun", WRONG).failed()).isTrue();

        Client admin = new Client("198.51.100.50");
        HttpResponse<String> list = admin.api("/api/security/failed-logins?since=" + since, "admin", ADMIN_PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(list.body());
        assertThat(body.get("limit").asInt()).isEqualTo(500);
        assertThat(body.get("truncated").asBoolean()).isFalse();
        List<String> rows = new ArrayList<>();
        Instant previous = Instant.MAX;
        for (JsonNode failure : body.get("failures")) {
            Instant at = Instant.parse(failure.get("failedAt").asText());
            assertThat(at).as("newest first").isBeforeOrEqualTo(previous).isAfterOrEqualTo(since);
            previous = at;
            if (failure.get("address").asText().equals("192.0.2.7")) {
                rows.add(failure.get("account").asText() + " " + failure.get("channel").asText() + " "
                        + failure.get("accountFailures").asInt() + " " + failure.get("addressFailures").asInt());
            }
        }
        assertThat(rows).containsExactly("bukan-akun tasklist 1 4", NURUL + " masuk 3 3", NURUL + " api 2 2",
                NURUL + " engine-rest 1 1");
        assertThat(list.body()).doesNotContain(WRONG);

        HttpResponse<String> byEmployee = admin.api("/api/security/failed-logins", RIZKI, PASSWORD);
        assertThat(byEmployee.statusCode()).isEqualTo(403);
        assertThat(field(byEmployee, "title")).isEqualTo("Akses ditolak");
        assertThat(admin.api("/api/security/failed-logins", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> badSince = admin.api("/api/security/failed-logins?since=kemarin", "admin", ADMIN_PASSWORD);
        assertThat(badSince.statusCode()).isEqualTo(400);
        assertThat(badSince.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(field(badSince, "detail")).startsWith("Parameter 'since' harus berupa");
        HttpResponse<String> byDay = admin.api("/api/security/failed-logins?since=2020-01-01", "admin", ADMIN_PASSWORD);
        assertThat(byDay.statusCode()).isEqualTo(200);
        assertThat(byDay.body()).contains("192.0.2.7");

        // Neither the tables nor the log ever hold the attempted password.
        List<String> stored = jdbc.queryForList("select t::text from login_failure t union all select t::text from login_throttle t",
                String.class);
        assertThat(stored).anySatisfy(row -> assertThat(row).contains(NURUL)).noneSatisfy(row -> assertThat(row).contains(WRONG));
        assertThat(output.getAll()).doesNotContain(WRONG);
        // One WARN line per failure, without a stack trace.
        List<String> lines = output.getAll().lines().filter(line -> line.contains("Gagal masuk: akun '" + NURUL + "' dari alamat 192.0.2.7"))
                .toList();
        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).contains("WARN"));
        assertThat(lines.get(2)).contains("lewat masuk; kegagalan ke-3 akun ini dari alamat ini dan ke-3 dari alamat ini");
        String afterLast = output.getAll().substring(output.getAll().indexOf(lines.get(2)) + lines.get(2).length());
        assertThat(afterLast.lines().skip(1).findFirst().orElse("")).doesNotStartWith("\tat ");
    }

    @Test
    void shouldThrottleTheEngineRestPasswordCheckForOtherAccountsToo() {
        // POST /engine-rest/identity/verify lets a logged-in user test any account's password: the same throttle.
        Client colleague = new Client("203.0.113.50");
        String body = "{\"username\":\"" + NURUL + "\",\"password\":\"" + WRONG + "\"}";
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> verify = colleague.postJson("/engine-rest/identity/verify", body, RIZKI, PASSWORD);
            assertThat(verify.statusCode()).isEqualTo(200);
            assertThat(verify.body()).contains("\"authenticated\":false");
        }
        HttpResponse<String> refused = colleague.postJson("/engine-rest/identity/verify", body, RIZKI, PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("1");
        assertThat(field(refused, "message")).isEqualTo(WAIT_MESSAGE.formatted(1));
        assertThat(counter(NURUL, "203.0.113.50")).isEqualTo(4);
        assertThat(new Client("198.51.100.50").engineRest(NURUL, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseTheJavaApiWithARejectionOutsideAnyRequest() {
        try {
            for (int i = 0; i < 4; i++) {
                assertThat(identity.checkPassword(RATNA, WRONG)).isFalse();
            }
            assertThat(counter(RATNA, LoginAttempt.LOCAL)).isEqualTo(4);
            Throwable refused = catchThrowable(() -> identity.checkPassword(RATNA, PASSWORD));
            Rejection rejection = Rejection.find(refused);
            assertThat(rejection).isNotNull();
            assertThat(rejection.kind()).isEqualTo(Rejection.Kind.TOO_MANY_REQUESTS);
            assertThat(rejection.getMessage()).isEqualTo(WAIT_MESSAGE.formatted(1));
            assertThat(new Client("198.51.100.60").engineRest(RATNA, PASSWORD).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(1));
            assertThat(identity.checkPassword(RATNA, PASSWORD)).isTrue();
            assertThat(counter(RATNA, LoginAttempt.LOCAL)).isNull();
        } finally {
            jdbc.update("delete from login_throttle where client_address = ?", LoginAttempt.LOCAL);
        }
    }

    @Test
    void shouldDeleteFailedLoginsAfterTheRetention() {
        Client guesser = new Client("192.0.2.8");
        assertThat(guesser.login(Door.ENGINE_REST, RIZKI, WRONG).failed()).isTrue();
        clock.advance(Duration.ofDays(89));
        assertThat(guesser.login(Door.ENGINE_REST, RATNA, WRONG).failed()).isTrue();
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        throttle.cleanUp();
        assertThat(jdbc.queryForList("select account_id from login_failure where client_address = '192.0.2.8'", String.class))
                .containsExactly(RATNA);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where client_address = '192.0.2.8'", Integer.class))
                .as("counters whose window is over").isZero();
    }

    private Integer counter(String account, String address) {
        return jdbc.query("select failures from login_throttle where client_address = ? and account_id = ?",
                (rs, row) -> rs.getInt(1), address, account).stream().findFirst().orElse(null);
    }

    private int engineAttempts(String userId) {
        return jdbc.queryForObject("select coalesce(ATTEMPTS_, 0) from ACT_ID_USER where ID_ = ?", Integer.class, userId);
    }

    /** Camunda locks at login-max-attempts or while LOCK_EXP_TIME_ lies ahead; neither may ever happen. */
    private void assertEngineDoesNotLock(String userId) {
        Map<String, Object> user = jdbc.queryForMap("select ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", userId);
        assertThat(((Number) user.get("ATTEMPTS_")).intValue()).isLessThan(Integer.MAX_VALUE);
        Date lockExpires = (Date) user.get("LOCK_EXP_TIME_");
        // Camunda compares with its own clock, the JVM's.
        assertThat(lockExpires == null || !lockExpires.after(new Date())).as("lock expiration %s not ahead", lockExpires).isTrue();
    }

    private String field(HttpResponse<String> response, String name) {
        try {
            return json.readTree(response.body()).get(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basicAuthorization(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    /** What a login attempt came to. */
    record Outcome(int status, long retryAfter, boolean refused, boolean failed) {
    }

    /** A client at one address (through {@code X-Forwarded-For}), with its own cookies. */
    final class Client {

        private final String address;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Client(String address) {
            this.address = address;
        }

        Outcome login(Door door, String user, String password) {
            return switch (door) {
                case ENGINE_REST -> basic(engineRest(user, password));
                case API -> basic(api("/api/notifications", user, password));
                case TASKLIST -> basic(new Client(address).tasklistLogin(user, password));
                case PAGE -> {
                    HttpResponse<String> page = new Client(address).pageLogin(user, password);
                    String location = page.headers().firstValue("Location").orElse("");
                    Matcher wait = Pattern.compile("/masuk\\?tunggu=([0-9]+)$").matcher(location);
                    assertThat(page.statusCode()).isEqualTo(302);
                    yield wait.find() ? new Outcome(302, Long.parseLong(wait.group(1)), true, false)
                            : new Outcome(302, 0, false, location.endsWith("/masuk?gagal"));
                }
            };
        }

        private Outcome basic(HttpResponse<String> response) {
            long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
            if (response.statusCode() == 429) {
                assertThat(retryAfter).isBetween(1L, 60L);
            }
            return new Outcome(response.statusCode(), retryAfter, response.statusCode() == 429, response.statusCode() == 401);
        }

        HttpResponse<String> engineRest(String user, String password) {
            return get("/engine-rest/task?maxResults=1", user, password);
        }

        HttpResponse<String> api(String path, String user, String password) {
            return get(path, user, password);
        }

        HttpResponse<String> postJson(String path, String body, String user, String password) {
            return send(request(path).header("Content-Type", "application/json").header("Authorization", basicAuthorization(user, password))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        HttpResponse<String> get(String path, String user, String password) {
            HttpRequest.Builder request = request(path).header("Accept", "application/json, text/html;q=0.9, */*;q=0.8").GET();
            if (user != null) {
                request.header("Authorization", basicAuthorization(user, password));
            }
            return send(request.build());
        }

        /** As the Tasklist page does it: fetch the CSRF cookie, then post the login form. */
        HttpResponse<String> tasklistLogin(String user, String password) {
            get("/camunda/app/tasklist/default/", null, null);
            return send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", user, "password", password)))).build());
        }

        /** As a browser on Kinerja's page {@code /masuk}: the form with its CSRF token. */
        HttpResponse<String> pageLogin(String user, String password) {
            HttpResponse<String> page = get("/masuk", null, null);
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).as("CSRF token on /masuk").isTrue();
            return send(request("/masuk").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("pengguna", user, "sandi", password,
                            "_csrf", token.group(1))))).build());
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-Forwarded-For", address);
        }

        private String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElseThrow(() -> new IllegalStateException("no cookie " + name));
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

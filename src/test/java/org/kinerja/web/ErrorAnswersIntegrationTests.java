package org.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.feedback.SurveyService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No English "Whitelabel Error Page" anywhere, on the real server (the error dispatch does not happen in MockMvc): the
 * API answers problem JSON in Bahasa Indonesia, pages the Indonesian error page, and an expired survey form says so.
 */
class ErrorAnswersIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    SurveyService survey;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldAnswerAnUnknownApiPathWithIndonesianProblemJson() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/notifications/tidak/ada")).header("Authorization",
                basic(ProcessTestSupport.STAFF_ONE)).header("Accept", "text/html").GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Tidak ditemukan\"", "Alamat yang diminta tidak ada");
    }

    @Test
    void shouldExplainMalformedJsonInIndonesian() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/service-tickets")).header("Authorization",
                basic(ProcessTestSupport.HR_ADMIN)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"ticketNumber\": ")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"title\":\"Isi permintaan tidak sah\"", "Isi permintaan bukan JSON yang sah (baris 1");
    }

    @Test
    void shouldAnswerAnExpiredSurveyFormWithAPageThatLeadsBackToTheSurvey() throws Exception {
        String ticket = survey.registerTicket(new SurveyService.TicketRequest("GALAT/" + System.nanoTime(), "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, Instant.now()), "loket").ticketNumber();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/survei")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("tiket=" + ticket.replace("/", "%2F") + "&u1=4")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(response.body()).contains("<html lang=\"id\"", "<header class=\"bar\">", "Sesi formulir kedaluwarsa",
                "Sesi formulir sudah kedaluwarsa. Muat ulang halaman, lalu isi dan kirim lagi.",
                "href=\"/survei?tiket=" + ticket + "\"").doesNotContain("Whitelabel", "Forbidden");
    }

    @Test
    void shouldAnswerAnUnknownPageOfASignedInUserWithTheIndonesianErrorPage() throws Exception {
        signIn(ProcessTestSupport.HR_ADMIN);
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/laporan/tidak-ada")).header("Accept", "text/html").GET());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<title>Tidak ditemukan · Kinerja</title>", "Alamat yang diminta tidak ada")
                .doesNotContain("Whitelabel");
        HttpResponse<String> error = send(HttpRequest.newBuilder(uri("/error")).GET());
        assertThat(error.statusCode()).isEqualTo(404);
        assertThat(error.body()).contains("Tidak ditemukan");
    }

    @Test
    void shouldServeTheSiteIconWithoutALogin() throws Exception {
        HttpResponse<byte[]> icon = client.send(HttpRequest.newBuilder(uri("/favicon.ico")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("icon"));
        assertThat(icon.body()).isEqualTo(new org.springframework.core.io.ClassPathResource("static/favicon.ico")
                .getContentAsByteArray());
    }

    @Test
    void shouldRefuseAStaffMemberAnHrPageWithTheIndonesianForbiddenPage() throws Exception {
        signIn(ProcessTestSupport.STAFF_ONE);
        for (String page : List.of("/laporan/ikm", "/kalibrasi/1")) {
            HttpResponse<String> refused = send(HttpRequest.newBuilder(uri(page)).header("Accept", "text/html").GET());
            assertThat(refused.statusCode()).as(page).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).as(page).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).as(page).contains("Akses ditolak", "Akun Anda tidak berwenang untuk permintaan ini.")
                    .doesNotContain("Whitelabel", "\"status\"");
        }
    }

    private void signIn(String user) throws Exception {
        String login = send(HttpRequest.newBuilder(uri("/masuk")).GET()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/masuk")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("pengguna=" + user + "&sandi=" + PASSWORD.replace("!", "%21")
                        + "&_csrf=" + token.group(1))));
        assertThat(signedIn.statusCode()).isIn(200, 302);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}

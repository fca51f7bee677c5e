package org.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.support.ClusterNode;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresTestServer;

/**
 * Two nodes of the packaged application on one PostgreSQL, as an operator runs them: what one node knows, the other
 * knows too. A sign-in (Tasklist's and Kinerja's page login) made on one node is valid on the other, and outlives the
 * node that made it being killed; the survey's rate limit per address holds across both; each node has its own name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIntegrationTests {

    static final String DATABASE = "cluster_nodes";
    static final String ADMIN_PASSWORD = "Kluster-Uji-2026!";
    static final int SURVEY_LIMIT = 3;
    static final ObjectMapper JSON = new ObjectMapper();

    ClusterNode a;
    ClusterNode b;

    @BeforeAll
    void startTwoNodes() {
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.createDatabase(DATABASE);
        Map<String, String> properties = Map.of("kinerja.survey.submissions-per-10-minutes", Integer.toString(SURVEY_LIMIT));
        a = new ClusterNode("node-a", postgres.jdbcUrl(DATABASE), ADMIN_PASSWORD, properties);
        b = new ClusterNode("node-b", postgres.jdbcUrl(DATABASE), ADMIN_PASSWORD, properties);
        // The first node creates the schemas; the second starts on them (as the README tells operators).
        a.start().awaitReady();
        b.start().awaitReady();
    }

    @AfterAll
    void stopNodes() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void shouldKeepATasklistSignInValidOnTheOtherNode() {
        Http onA = new Http(a.port());
        HttpResponse<String> login = onA.webappLogin("tasklist", "admin", ADMIN_PASSWORD);
        assertThat(login.statusCode()).as("Tasklist login on node A: %s", login.body()).isEqualTo(200);
        assertThat(WebappSessions.signedInUser(onA)).isEqualTo("admin");

        Http onB = onA.onPort(b.port());
        assertThat(WebappSessions.signedInUser(onB)).as("the same browser on node B").isEqualTo("admin");
        HttpResponse<String> tasks = onB.webappGet("/camunda/api/engine/engine/default/task/count");
        assertThat(tasks.statusCode()).as("Tasklist's task count on node B, CSRF token from node A: %s", tasks.body()).isEqualTo(200);
        assertThat(WebappSessions.signedInUser(new Http(b.port()))).as("another browser on node B").isNull();
    }

    @Test
    void shouldKeepAKinerjaPageSignInValidOnTheOtherNode() {
        Http onA = new Http(a.port());
        HttpResponse<String> login = onA.pageLogin("admin", ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/beranda");

        HttpResponse<String> home = onA.onPort(b.port()).get("/beranda", null, null);
        assertThat(home.statusCode()).as("/beranda on node B after signing in on node A").isEqualTo(200);
        assertThat(home.body()).contains("admin");
        assertThat(new Http(b.port()).get("/beranda", null, null).statusCode()).as("/beranda on B without the session")
                .isEqualTo(302);
        assertThat(WebappSessions.signedInUser(onA.onPort(b.port()))).as("the page login signs in to Tasklist too, on every node")
                .isEqualTo("admin");
    }

    @Test
    void shouldKeepSessionsWhenTheNodeThatMadeThemIsKilled() {
        Http onA = new Http(a.port());
        assertThat(onA.webappLogin("tasklist", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        a.kill();
        assertThat(a.isAlive()).isFalse();
        assertThat(WebappSessions.signedInUser(onA.onPort(b.port()))).as("node B, after node A was killed").isEqualTo("admin");
        a.start().awaitReady();
        assertThat(WebappSessions.signedInUser(onA)).as("node A again, restarted").isEqualTo("admin");
    }

    @Test
    void shouldLimitSurveySubmissionsPerAddressAcrossTheCluster() {
        Http onA = new Http(a.port());
        Http onB = onA.onPort(b.port());
        String token = csrfToken(onA);
        int[] statuses = new int[SURVEY_LIMIT + 2];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = submitSurvey(i % 2 == 0 ? onA : onB, token);
        }
        for (int i = 0; i < SURVEY_LIMIT; i++) {
            assertThat(statuses[i]).as("submission %d (alternating nodes), within the limit: refused for its unknown ticket only", i + 1)
                    .isNotEqualTo(429).isBetween(400, 499);
        }
        assertThat(statuses[SURVEY_LIMIT]).as("the next submission, on node B").isEqualTo(429);
        assertThat(statuses[SURVEY_LIMIT + 1]).as("and the one after, on node A").isEqualTo(429);
    }

    @Test
    void shouldNameEachNodeInItsInfo() throws Exception {
        for (ClusterNode node : new ClusterNode[] {a, b}) {
            HttpResponse<String> info = new Http(node.port()).get("/actuator/info", "admin", ADMIN_PASSWORD);
            assertThat(info.statusCode()).isEqualTo(200);
            JsonNode details = JSON.readTree(info.body()).path("node");
            assertThat(details.path("name").asText()).isEqualTo(node.name());
            assertThat(details.path("jobLockOwner").asText()).startsWith(node.name() + "/");
        }
    }

    /** The session's CSRF token, from the login page (every form of Kinerja's pages and the survey take it). */
    private static String csrfToken(Http http) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(http.get("/masuk", null, null).body());
        assertThat(token.find()).as("CSRF token on /masuk").isTrue();
        return token.group(1);
    }

    private static int submitSurvey(Http http, String token) {
        StringBuilder form = new StringBuilder("tiket=TIDAK-ADA-1&_csrf=").append(URLEncoder.encode(token, StandardCharsets.UTF_8));
        for (int element = 1; element <= 9; element++) {
            form.append("&u").append(element).append("=4");
        }
        return http.send("POST", "/survei", "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.UTF_8),
                null, null).statusCode();
    }
}

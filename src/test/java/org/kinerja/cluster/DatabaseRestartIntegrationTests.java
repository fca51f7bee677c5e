package org.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.support.ClusterNode;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresTestServer;

/**
 * PostgreSQL goes away in the middle of work and comes back: the node recovers by itself, without a restart. While
 * the database is away, readiness and health say so (503) and liveness does not (200); after, they are UP again. Jobs
 * that fell due during the outage run after it, no data is lost (a session made before it is still valid), and there is
 * no incident.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseRestartIntegrationTests {

    static final String ADMIN_PASSWORD = "Pulih-Uji-2026!";
    static final int INSTANCES = 5;
    static final Duration OUTAGE = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    /** A process that waits 15 s on a timer, then goes on in an asynchronous job: both are jobs of the job executor. */
    static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                id="Definitions_RestartProbe" targetNamespace="http://kinerja.org/test">
              <bpmn:process id="RestartProbe" name="Uji pemulihan basis data" isExecutable="true" camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartEvent_Probe" />
                <bpmn:sequenceFlow id="Flow_ToWait" sourceRef="StartEvent_Probe" targetRef="Event_Wait" />
                <bpmn:intermediateCatchEvent id="Event_Wait">
                  <bpmn:timerEventDefinition><bpmn:timeDuration>PT15S</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>
                <bpmn:sequenceFlow id="Flow_ToAsync" sourceRef="Event_Wait" targetRef="Event_Async" />
                <bpmn:intermediateThrowEvent id="Event_Async" camunda:asyncBefore="true" />
                <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="Event_Async" targetRef="EndEvent_Probe" />
                <bpmn:endEvent id="EndEvent_Probe" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    PostgresTestServer postgres;
    ClusterNode node;

    @BeforeAll
    void startNodeOnItsOwnDatabase() {
        postgres = PostgresTestServer.startPrivate();
        node = new ClusterNode("node-pulih", postgres.jdbcUrl(PostgresTestServer.DATABASE), ADMIN_PASSWORD, Map.of());
        node.start().awaitReady();
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void shouldRecoverByItselfWhenTheDatabaseComesBack() throws Exception {
        Http admin = new Http(node.port());
        assertThat(admin.webappLogin("cockpit", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
        HttpResponse<String> deployed = admin.postMultipart("/engine-rest/deployment/create", "data", "RestartProbe.bpmn",
                PROBE.getBytes(StandardCharsets.UTF_8), "admin", ADMIN_PASSWORD);
        assertThat(deployed.statusCode()).as("deployment: %s", deployed.body()).isEqualTo(200);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            HttpResponse<String> instance = admin.postJson("/engine-rest/process-definition/key/RestartProbe/start", "{}", "admin",
                    ADMIN_PASSWORD);
            assertThat(instance.statusCode()).as("start: %s", instance.body()).isEqualTo(200);
            started.add(JSON.readTree(instance.body()).path("id").asText());
        }
        long pid = node.pid();

        postgres.stopServer();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        HttpClient client = HttpClient.newHttpClient();
        awaitTrue("readiness 503 while the database is away", Duration.ofSeconds(30), () -> node.readiness(client) == 503);
        Http probe = new Http(node.port());
        HttpResponse<String> health = probe.get("/actuator/health", null, null);
        assertThat(health.statusCode()).as("health while the database is away: %s", health.body()).isEqualTo(503);
        assertThat(health.body()).contains("DOWN");
        assertThat(status(probe, "/actuator/health/liveness")).as("liveness while the database is away").isEqualTo(200);
        HttpResponse<String> page = admin.get("/beranda", null, null);
        assertThat(page.statusCode()).as("a signed-in person's request while the database is away: %s", page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(page.body()).contains("Basis data tidak dapat dihubungi");
        while (System.nanoTime() < outageEnds) {
            Thread.sleep(1000);
        }
        assertThat(node.isAlive()).as("the node survived the outage").isTrue();

        postgres.startServer();
        awaitTrue("readiness UP again, without a restart", Duration.ofSeconds(90), () -> node.readiness(client) == 200);
        assertThat(status(admin, "/actuator/health")).isEqualTo(200);
        assertThat(node.pid()).as("the same JVM").isEqualTo(pid);

        assertThat(WebappSessions.signedInUser(admin)).as("the session made before the outage").isEqualTo("admin");
        awaitTrue("every probe ended: the timers and async jobs that fell due in the outage ran after it", Duration.ofMinutes(3),
                () -> count(admin, "/engine-rest/history/process-instance/count?processDefinitionKey=RestartProbe&finished=true")
                        == INSTANCES);
        assertThat(count(admin, "/engine-rest/process-instance/count?processDefinitionKey=RestartProbe")).isZero();
        assertThat(count(admin, "/engine-rest/incident/count")).as("incidents").isZero();
        for (String id : started) {
            HttpResponse<String> history = admin.get("/engine-rest/history/process-instance/" + id, "admin", ADMIN_PASSWORD);
            assertThat(JSON.readTree(history.body()).path("state").asText()).as("instance %s: %s", id, history.body()).isEqualTo("COMPLETED");
            assertThat(count(admin, "/engine-rest/history/activity-instance/count?processInstanceId=" + id + "&activityId=EndEvent_Probe"))
                    .as("instance %s reached its end event once", id).isEqualTo(1);
        }
    }

    private static int status(Http http, String path) {
        return http.get(path, null, null).statusCode();
    }

    private static long count(Http http, String path) {
        HttpResponse<String> answer = http.get(path, "admin", ADMIN_PASSWORD);
        if (answer.statusCode() != 200) {
            return -1;
        }
        try {
            return JSON.readTree(answer.body()).path("count").asLong(-1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, timeout).isLessThan(deadline);
            Thread.sleep(500);
        }
    }
}

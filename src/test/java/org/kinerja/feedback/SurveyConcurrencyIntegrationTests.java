package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.Rejection;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two answers for one ticket at the same moment, on PostgreSQL: exactly one is stored, the other gets 409. */
class SurveyConcurrencyIntegrationTests extends PostgresApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    SurveyService survey;
    @Autowired
    ServiceTicketRepository tickets;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldLetTheUniqueConstraintRefuseTheSecondAnswerThatPassedTheCheck() throws Exception {
        String number = ticket();
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = threads.submit(() -> tx.executeWithoutResult(status -> {
                survey.respond(number, IkmCalculatorTests.all(4), null);
                firstStored.countDown();
                await(commitFirst);
            }));
            assertThat(firstStored.await(30, TimeUnit.SECONDS)).as("first answer inserted, not yet committed").isTrue();
            Future<Throwable> second = threads.submit(() -> {
                try {
                    survey.respond(number, IkmCalculatorTests.all(3), null);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            waitUntilABackendWaitsForALock();
            commitFirst.countDown();
            first.get(30, TimeUnit.SECONDS);
            assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOfSatisfying(Rejection.class, e -> {
                assertThat(e.kind()).isEqualTo(Rejection.Kind.CONFLICT);
                assertThat(e.getMessage()).contains("sudah diisi");
            });
        } finally {
            commitFirst.countDown();
            threads.shutdownNow();
        }
        assertThat(answersFor(number)).isEqualTo(1);
    }

    @Test
    void shouldAnswerTwoParallelSubmissionsOfThePageWithOneThanksAndOne409() throws Exception {
        for (int round = 0; round < 5; round++) {
            String number = ticket();
            Citizen a = new Citizen(number);
            Citizen b = new Citizen(number);
            CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(a::submit);
            CompletableFuture<HttpResponse<String>> second = CompletableFuture.supplyAsync(b::submit);
            List<HttpResponse<String>> both = List.of(first.get(60, TimeUnit.SECONDS), second.get(60, TimeUnit.SECONDS));
            assertThat(both.stream().map(HttpResponse::statusCode).sorted().toList()).as("round %d", round).containsExactly(200, 409);
            assertThat(both.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow().body()).contains("sudah diisi");
            assertThat(answersFor(number)).isEqualTo(1);
        }
    }

    private void waitUntilABackendWaitsForALock() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Integer waiting = jdbc.queryForObject("select count(*) from pg_stat_activity where datname = current_database() "
                    + "and wait_event_type = 'Lock'", Integer.class);
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the second answer never waited for the first one's row");
    }

    private long answersFor(String number) {
        long ticketId = tickets.findByTicketNumber(number).orElseThrow().getId();
        return responses.findAll().stream().filter(r -> r.getTicketId() == ticketId).count();
    }

    private String ticket() {
        return survey.registerTicket(new SurveyService.TicketRequest("PARALEL-" + System.nanoTime(), "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, Instant.now()), "loket").ticketNumber();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One citizen's browser with the survey page of the ticket open. */
    private final class Citizen {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String number;
        private final String token;

        Citizen(String number) throws IOException, InterruptedException {
            this.number = number;
            String page = client.send(HttpRequest.newBuilder(URI.create(base() + "/survei?tiket=" + number)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).as("CSRF token on the survey page").isTrue();
            this.token = csrf.group(1);
        }

        HttpResponse<String> submit() {
            List<String> fields = new ArrayList<>(List.of("tiket=" + URLEncoder.encode(number, StandardCharsets.UTF_8), "_csrf=" + token));
            IntStream.rangeClosed(1, 9).forEach(i -> fields.add("u" + i + "=4"));
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base() + "/survei"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields.stream().collect(Collectors.joining("&")))).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

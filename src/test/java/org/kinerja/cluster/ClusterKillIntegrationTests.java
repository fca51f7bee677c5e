package org.kinerja.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.support.BoardBounds;
import org.kinerja.support.ClusterCycle;
import org.kinerja.support.ClusterNode;
import org.kinerja.support.CycleForms;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresTestServer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Two nodes of the packaged application on one PostgreSQL run a whole cycle, driven through both (requests alternate
 * between the nodes), while one node or the other is killed with {@code kill -9} at seeded moments and started again:
 *
 * <ul>
 *   <li>{@code start}: while the cycle starts its appraisals (batch jobs);</li>
 *   <li>{@code merge}: in the middle of the supervisors' and peers' reviews, whose last one merges the feedback;</li>
 *   <li>{@code publication}: right after the committee confirms the calibration (decision PDF, outcome starts);</li>
 *   <li>{@code mail}: in the middle of the outcomes, while the notifications go out.</li>
 * </ul>
 *
 * After each trial: the cycle ended; every employee has exactly one appraisal and outcome process, one result, one
 * outcome and at most one certificate; no once-only task ran twice; the committee's calibration changes are all there,
 * once; every outbox row was sent, once, with a unique Message-ID at the SMTP sink; no incident (or, if a retry in
 * Cockpit clears it, nothing doubled after the retry).
 *
 * <p>In {@code mvn verify}: one trial of {@value #DEFAULT_EMPLOYEES} employees and 3 kills ({@code start}, {@code merge},
 * {@code publication}). With {@code -Pfaults}: {@code kinerja.faults.trials} trials (20) of {@code kinerja.faults.employees}
 * (1,000) with all four kill points; {@code kinerja.faults.seed} sets the seeds, and {@code kinerja.faults.replay} runs again the one trial whose seed it
 * names (each trial prints its seed).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterKillIntegrationTests {

    static final int DEFAULT_EMPLOYEES = 50;
    static final int EMPLOYEES = Integer.getInteger("kinerja.faults.employees", DEFAULT_EMPLOYEES);
    static final int TRIALS = Integer.getInteger("kinerja.faults.trials", 1);
    static final long SEED = Long.getLong("kinerja.faults.seed", 20261129L);
    /** A trial's printed seed: runs that one trial again, alone. */
    static final Long REPLAY = Long.getLong("kinerja.faults.replay");
    static final List<String> KILL_POINTS = List.of(System.getProperty("kinerja.faults.kill-points", "start,merge,publication")
            .split(","));
    static final String ADMIN_PASSWORD = "Kluster-Uji-2026!";
    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final Duration PHASE_TIMEOUT = Duration.ofMinutes(Long.getLong("kinerja.faults.timeout-minutes", 20));
    /** Once-only user tasks: at most one per process instance (targets are always approved at once here). */
    static final List<String> ONCE_ONLY = List.of("Task_DraftTargets", "Task_ApproveTargets", "Task_SelfAssessment",
            "Task_ReviewBySupervisor", "Task_SetOrganisationRating", "Task_CalibrateResults", "Task_ViewResult");
    static final int CALIBRATION_CHANGES = 3;

    GreenMail smtp;
    final List<String> report = new ArrayList<>();

    @BeforeAll
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
        report.forEach(System.out::println);
    }

    @Test
    void shouldLoseAndDoubleNothingWhenNodesAreKilledMidCycle() throws Exception {
        if (REPLAY != null) {
            trial(1, REPLAY);
            return;
        }
        for (int trial = 1; trial <= TRIALS; trial++) {
            trial(trial, SEED + trial);
        }
    }

    private void trial(int trial, long seed) throws Exception {
        Random random = new Random(seed);
        String database = "cluster_kill_" + trial;
        PostgresTestServer postgres = PostgresTestServer.get();
        postgres.createDatabase(database);
        smtp.purgeEmailFromAllMailboxes();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("kinerja.identity.initial-password", PASSWORD);
        properties.put("kinerja.mail.enabled", "true");
        properties.put("kinerja.mail.task-assignment", "PER_TASK");
        properties.put("kinerja.mail.dispatch-interval", "2s");
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", Integer.toString(smtp.getSmtp().getPort()));
        // A killed node's locked jobs are free again after this (production: 5 minutes); jobs here take seconds.
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", "30000");
        properties.put("kinerja.mail.retry-cycle", "R5/PT5S");
        properties.put("camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle", "R5/PT5S");
        ClusterNode a = new ClusterNode("node-a", postgres.jdbcUrl(database), ADMIN_PASSWORD, properties);
        ClusterNode b = new ClusterNode("node-b", postgres.jdbcUrl(database), ADMIN_PASSWORD, properties);
        List<ClusterNode> nodes = List.of(a, b);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(postgres.jdbcUrl(database), PostgresTestServer.USER,
                PostgresTestServer.PASSWORD));
        Chaos chaos = new Chaos(nodes, random);
        GeneratedOrganisation org = GeneratedOrganisation.generate("KLUSTER", EMPLOYEES, 0, Math.max(1, EMPLOYEES / 25 / 8), 23);
        long started = System.nanoTime();
        try (ClusterCycle cycle = new ClusterCycle(nodes, org, ADMIN_PASSWORD, PASSWORD, PHASE_TIMEOUT)) {
            a.start().awaitReady();
            b.start().awaitReady();
            cycle.prepare();

            cycle.startCycle("Siklus uji kluster " + trial);
            if (KILL_POINTS.contains("start")) {
                chaos.killAfter("start", random.nextInt(3000));
            }
            cycle.awaitIdle();
            assertThat(cycle.count("/engine-rest/task/count?processDefinitionKey=EmployeeAppraisalProcess&taskDefinitionKey=Task_DraftTargets"))
                    .as("every employee at the first task").isEqualTo(EMPLOYEES);
            chaos.awaitRestarts();

            cycle.completeAll(Set.of("Task_DraftTargets", "Task_ApproveTargets"), done -> { });
            cycle.completeAll(Set.of("Task_ReportProgress", "Task_GiveProgressFeedback"), done -> { });
            cycle.completeAll(Set.of("Task_SelfAssessment"), done -> { });
            int mergeKillAt = 1 + random.nextInt(EMPLOYEES);
            cycle.completeAll(Set.of("Task_RatePeer", "Task_ReviewBySupervisor"), done -> {
                if (done == mergeKillAt && KILL_POINTS.contains("merge")) {
                    chaos.killAfter("merge", 0);
                }
            });
            chaos.awaitRestarts();

            cycle.completeAll(Set.of("Task_SetOrganisationRating"), done -> { });
            long cycleId = jdbc.queryForObject("select id from appraisal_cycle order by id desc limit 1", Long.class);
            Map<Long, String> changed = calibrate(cycle, org, cycleId, random);
            cycle.completeAll(Set.of("Task_CalibrateResults"), done -> { });
            if (KILL_POINTS.contains("publication")) {
                chaos.killAfter("publication", random.nextInt(2000));
            }
            int mailKillAt = 1 + random.nextInt(EMPLOYEES);
            cycle.completeAll(Set.of("Task_ViewResult", "Task_DraftCoachingPlan", "Task_AcknowledgeCoachingPlan",
                    "Task_ReviewCoachingProgress", "Task_ReviewSanction"), done -> {
                if (done == mailKillAt && KILL_POINTS.contains("mail")) {
                    chaos.killAfter("mail", 0);
                }
            });
            chaos.awaitRestarts();
            assertThat(chaos.kills).as("one kill at each kill point asked for").hasSize(KILL_POINTS.size());
            awaitMail(jdbc);

            int incidents = (int) cycle.count("/engine-rest/incident/count");
            if (incidents > 0) {
                retryIncidents(cycle, jdbc);
            }
            Verdict verdict = verify(cycle, jdbc, cycleId, changed);
            report.add(String.format(Locale.ROOT, "[faults] trial %d seed %d: %d employees, kills %s, %.0f s; requests redirected %d, "
                            + "answers lost %d, 409 resent %d; results %d, outcomes %d, certificates max %d, changes %d of %d, mails %d of %d outbox rows "
                            + "(%d unique Message-IDs), tasks doubled %d, incidents %d (retried), lost 0, doubled 0",
                    trial, seed, EMPLOYEES, chaos.kills, (System.nanoTime() - started) / 1e9, cycle.requestsRedirected(),
                    cycle.answersLost(), cycle.conflicts(), verdict.results, verdict.outcomes, verdict.maxCertificates, verdict.changes, changed.size(),
                    verdict.mails, verdict.outbox, verdict.messageIds, verdict.doubledTasks, incidents));
            System.out.println(report.get(report.size() - 1));
        } finally {
            chaos.awaitRestarts();
            a.close();
            b.close();
        }
    }

    /**
     * The committee member signs in on one node and makes {@value #CALIBRATION_CHANGES} changes on the board, each
     * through the other node than the last. Returns the employees changed and their new predikat.
     */
    private Map<Long, String> calibrate(ClusterCycle cycle, GeneratedOrganisation org, long cycleId, Random random) throws Exception {
        String member = org.employees().stream().filter(e -> e[6].contains("tim-penilai")).map(e -> e[0]).findFirst().orElseThrow();
        Http[] browser = new Http[1];
        HttpResponse<String> signedIn = cycle.call(h -> {
            browser[0] = new Http(port(h)); // a browser of its own: the session cookie (the cycle's requests keep none)
            return browser[0].pageLogin(member, PASSWORD);
        });
        assertThat(signedIn.statusCode()).as("committee member signs in").isEqualTo(302);
        String page = cycle.call(h -> browser[0].onPort(port(h)).get("/kalibrasi/" + cycleId, null, null)).body();
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("CSRF token on the board").isTrue();
        JsonNode board = CycleForms.read(cycle.call(h -> browser[0].onPort(port(h)).get("/kalibrasi/" + cycleId + "/data?ukuran=200", null,
                null)).body());
        // changes that keep every bound of the curve met, so that the committee can still confirm the calibration
        BoardBounds bounds = BoardBounds.of(board);
        List<JsonNode> candidates = new ArrayList<>();
        board.path("rows").forEach(row -> {
            if (!row.path("nip").asText().equals(member)) {
                candidates.add(row);
            }
        });
        java.util.Collections.shuffle(candidates, random);
        Map<Long, String> changed = new LinkedHashMap<>();
        for (JsonNode row : candidates) {
            if (changed.size() == CALIBRATION_CHANGES) {
                break;
            }
            String from = row.path("finalPredikat").asText();
            String to = List.of("BAIK", "BUTUH_PERBAIKAN", "SANGAT_BAIK", "KURANG").stream().filter(p -> !p.equals(from))
                    .filter(p -> bounds.allows(from, p)).findFirst().orElse(null);
            if (to == null) {
                continue;
            }
            bounds.move(from, to);
            long employee = row.path("employeeId").asLong();
            String body = "{\"employeeId\":" + employee + ",\"predikat\":\"" + to + "\",\"reason\":\"Perubahan uji kluster untuk pegawai "
                    + row.path("nip").asText() + ".\"}";
            HttpResponse<String> answer = cycle.call(h -> browser[0].onPort(port(h)).sendWithHeader("POST", "/kalibrasi/" + cycleId
                    + "/perubahan", "application/json", body, "X-CSRF-TOKEN", token.group(1)));
            assertThat(answer.statusCode()).as("change for %s: %s", employee, answer.body()).isEqualTo(200);
            changed.put(employee, to);
        }
        assertThat(changed).as("calibration changes made").hasSize(CALIBRATION_CHANGES);
        return changed;
    }

    private static int port(Http http) {
        return http.port();
    }

    /** Every outbox row sent (the nodes deliver in batches); the sink is read after. */
    private void awaitMail(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + PHASE_TIMEOUT.toNanos();
        while (jdbc.queryForObject("select count(*) from mail_outbox where status <> 'SENT'", Long.class) > 0) {
            assertThat(System.nanoTime()).as("every mail sent within %s", PHASE_TIMEOUT).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** As an operator retries an incident in Cockpit: one more retry for each failed job, then wait. */
    private void retryIncidents(ClusterCycle cycle, JdbcTemplate jdbc) throws Exception {
        JsonNode failed = CycleForms.read(cycle.call(h -> h.get("/engine-rest/job?withException=true&noRetriesLeft=true", "admin",
                ADMIN_PASSWORD)).body());
        for (JsonNode job : failed) {
            HttpResponse<String> retried = cycle.call(h -> h.put("/engine-rest/job/" + job.path("id").asText() + "/retries",
                    "{\"retries\":1}", "admin", ADMIN_PASSWORD));
            assertThat(retried.statusCode()).isEqualTo(204);
        }
        cycle.awaitIdle();
        awaitMail(jdbc);
        assertThat(cycle.count("/engine-rest/incident/count")).as("incidents after a retry").isZero();
    }

    record Verdict(long results, long outcomes, long maxCertificates, long changes, long mails, long outbox, long messageIds,
            long doubledTasks) {
    }

    private Verdict verify(ClusterCycle cycle, JdbcTemplate jdbc, long cycleId, Map<Long, String> changed) throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where id_ = ? and end_time_ is not null", Long.class,
                cycle.cycleInstanceId())).as("the cycle reached its end").isEqualTo(1);
        for (String process : List.of("EmployeeAppraisalProcess", "AppraisalOutcomeProcess")) {
            assertThat(jdbc.queryForObject("select count(distinct business_key_) from act_hi_procinst where proc_def_key_ = ?", Long.class,
                    process)).as("%s per employee", process).isEqualTo(EMPLOYEES);
            assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ?", Long.class, process))
                    .as("%s started once per employee", process).isEqualTo(EMPLOYEES);
            assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = ? and end_time_ is not null",
                    Long.class, process)).as("%s ended", process).isEqualTo(EMPLOYEES);
        }
        long results = jdbc.queryForObject("select count(*) from (select a.id from appraisal a join appraisal_result r on r.appraisal_id = a.id"
                + " where a.cycle_id = ? group by a.id having count(*) = 1) one", Long.class, cycleId);
        assertThat(results).as("one result per employee").isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from appraisal_result r join appraisal a on a.id = r.appraisal_id where a.cycle_id = ?",
                Long.class, cycleId)).as("results in all").isEqualTo(EMPLOYEES);
        long outcomes = jdbc.queryForObject("select count(*) from (select o.employee_id from appraisal_outcome o where o.cycle_id = ?"
                + " group by o.employee_id having count(*) = 1) one", Long.class, cycleId);
        assertThat(outcomes).as("one outcome per employee").isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from appraisal_outcome where cycle_id = ?", Long.class, cycleId))
                .as("outcomes in all").isEqualTo(EMPLOYEES);
        long maxCertificates = jdbc.queryForObject("select coalesce(max(n), 0) from (select count(*) n from outcome_certificate c join "
                + "appraisal_outcome o on o.id = c.outcome_id where o.cycle_id = ? group by o.employee_id) per", Long.class, cycleId);
        assertThat(maxCertificates).as("at most one certificate per employee").isLessThanOrEqualTo(1L);
        long doubledTasks = jdbc.queryForObject("select count(*) from (select proc_inst_id_, task_def_key_ from act_hi_taskinst where "
                + "task_def_key_ in ('" + String.join("','", ONCE_ONLY) + "') group by proc_inst_id_, task_def_key_ having count(*) > 1) d",
                Long.class);
        assertThat(doubledTasks).as("once-only tasks that ran twice").isZero();
        assertThat(jdbc.queryForObject("select count(*) from (select proc_inst_id_ from act_hi_taskinst where task_def_key_ = "
                + "'Task_ReportProgress' group by proc_inst_id_ having count(*) <> 3) d", Long.class)).as("appraisals without exactly 3 "
                + "progress reports").isZero();
        long changes = jdbc.queryForObject("select count(*) from calibration_change c join calibration k on k.id = c.calibration_id "
                + "where k.cycle_id = ?", Long.class, cycleId);
        assertThat(changes).as("calibration changes, each once").isEqualTo(changed.size());
        changed.forEach((employee, predikat) -> assertThat(jdbc.queryForObject("select e.final_predikat from calibration_entry e join "
                + "calibration k on k.id = e.calibration_id where k.cycle_id = ? and e.employee_id = ?", String.class, cycleId, employee))
                .as("final predikat of %s", employee).isEqualTo(predikat));
        assertThat(cycle.count("/engine-rest/incident/count")).as("incidents").isZero();
        long outbox = jdbc.queryForObject("select count(*) from mail_outbox", Long.class);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT'", Long.class)).isEqualTo(outbox);
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> ids = new HashSet<>();
        for (MimeMessage message : received) {
            ids.add(message.getMessageID());
        }
        assertThat(received).as("one mail at the sink per outbox row").hasSize((int) outbox);
        assertThat(ids).as("unique Message-IDs").hasSize(received.length);
        return new Verdict(results, outcomes, maxCertificates, changes, received.length, outbox, ids.size(), doubledTasks);
    }

    /** Kills a node with {@code kill -9} and starts it again in the background; never both nodes at once. */
    static final class Chaos {

        private final List<ClusterNode> nodes;
        private final Random random;
        final List<String> kills = new ArrayList<>();
        private CompletableFuture<Void> restart = CompletableFuture.completedFuture(null);

        Chaos(List<ClusterNode> nodes, Random random) {
            this.nodes = nodes;
            this.random = random;
        }

        /**
         * Kills a node chosen at random after the delay. A node still restarting from the last kill is waited for first:
         * a kill point that came while it restarted (the mail right after publication) was skipped before, silently.
         */
        synchronized void killAfter(String point, long delayMillis) {
            restart.join();
            ClusterNode victim = nodes.get(random.nextInt(nodes.size()));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            victim.kill();
            kills.add(point + ":" + victim.name() + "+" + delayMillis + "ms");
            restart = CompletableFuture.runAsync(() -> {
                victim.start().awaitReady();
            });
        }

        void awaitRestarts() {
            restart.join();
        }
    }
}

package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.kinerja.support.MachineFigures.jvmCpuNanos;
import static org.kinerja.support.MachineFigures.loadAverage;
import static org.kinerja.support.MachineFigures.postgresCpuNanos;
import static org.kinerja.support.MachineFigures.seconds;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.notification.MailSettings;
import org.kinerja.support.JobFailures;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cost of one outbox email, from a waiting {@code mail_outbox} row to the SMTP server's acceptance, on PostgreSQL
 * with the real job executor and dispatcher: per-mail delivery ({@code kinerja.mail.batch-size=1}: one
 * {@code MailDeliveryProcess} instance, one job and one SMTP connection per mail, as before batches) against batched
 * delivery (the default, 50). The SMTP server is a local sink (GreenMail, in this JVM). A benchmark, not a timed test:
 * it prints its figures and asserts only correctness (every row sent exactly once: one message per row at the sink,
 * each with the row's own Message-ID; no failed job, no incident).
 *
 * <pre>mvn -B -Pbenchmark verify -Dit.test=MailDeliveryBenchmark -Dkinerja.benchmark.mails=10000</pre>
 *
 * <p>System properties: {@code kinerja.benchmark.mails} (default 10000, per mode), {@code kinerja.benchmark.batch-sizes}
 * (default {@code 1,50}: the modes, in order), {@code kinerja.benchmark.timeout-minutes} (default 30 per mode).
 *
 * <p>The rows are inserted, and the tables analyzed, while the dispatcher pauses (mail off), before the clock starts (as
 * events would have queued them); what is measured is the dispatcher putting them into batches and starting the
 * processes, and the jobs sending them. The database is the
 * throwaway {@link PostgresTestServer} ({@code fsync=off}, {@code synchronous_commit=off}): commits, one per mail for
 * the {@code SENT} mark, cost less than on a durable server. It runs on its own database and engine name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=true",
        "camunda.bpm.process-engine-name=" + MailDeliveryBenchmark.ENGINE,
        "kinerja.admin.password=Beban-Uji-2026!",
        "kinerja.mail.enabled=true",
        "kinerja.mail.dispatch-interval=1s",
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
@DirtiesContext
class MailDeliveryBenchmark {

    static final String DATABASE = "bench_mail";
    static final String ENGINE = "mailBench";
    static final int MAILS = Integer.getInteger("kinerja.benchmark.mails", 10_000);
    static final String BATCH_SIZES = System.getProperty("kinerja.benchmark.batch-sizes", "1,50");
    static final long TIMEOUT_MINUTES = Long.getLong("kinerja.benchmark.timeout-minutes", 30);
    static final int RECIPIENTS = 100;
    static final String DELIVERY_PROCESS = "MailDeliveryProcess";
    /** The threads doing the application's share: job executor pool, its acquisition, the dispatcher's scheduler. */
    static final List<String> APPLICATION_THREADS = List.of("camundaTaskExecutor", "JobExecutor", "scheduling");

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    MailSettings settings;

    private final JobFailures jobFailures = new JobFailures();
    private final Map<String, Long> observerReads = new TreeMap<>();

    @DynamicPropertySource
    static void databaseAndSmtp(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeEach
    void countJobExecutionFailures() {
        jobFailures.start();
    }

    @AfterEach
    void restoreFailureLogging() {
        jobFailures.stop();
    }

    @Test
    void deliversEveryQueuedMailExactlyOncePerMailAndBatched() throws Exception {
        assertThat(MAILS).as("kinerja.benchmark.mails").isBetween(1, 1_000_000);
        log("Kinerja mail-delivery benchmark: %d mails per mode, batch sizes %s, PostgreSQL %s (fsync %s), %d CPUs, load %s",
                MAILS, BATCH_SIZES, jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Result> results = new ArrayList<>();
        for (String size : BATCH_SIZES.split(",")) {
            results.add(run(Integer.parseInt(size.strip())));
        }

        String line = "=".repeat(100);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "KINERJA MAIL-DELIVERY BENCHMARK (PostgreSQL %s, fsync %s; SMTP sink GreenMail in the same JVM)%n",
                jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class));
        System.out.printf(Locale.ROOT, "  mails per mode                           %d (to %d addresses)%n", MAILS, RECIPIENTS);
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "  --- batch size %d%s%n", r.batchSize, r.batchSize == 1 ? " (per-mail delivery, as before batches)" : "");
            System.out.printf(Locale.ROOT, "  all sent after                           %.1f s: %.0f mails/s%n", r.seconds, MAILS / r.seconds);
            System.out.printf(Locale.ROOT, "  process instances / jobs per mail        %.3f / %.3f (%d instances, %d job executions)%n",
                    r.instances / (double) MAILS, r.jobs / (double) MAILS, r.instances, r.jobs);
            System.out.printf(Locale.ROOT, "  table rows read per mail                 %.1f: %s%n", r.read / (double) MAILS, r.readTop);
            System.out.printf(Locale.ROOT, "  table rows written per mail              %.1f: %s%n", r.written / (double) MAILS, r.writtenTop);
            System.out.printf(Locale.ROOT, "  CPU ms per mail                          application threads %.2f, whole JVM (incl. the SMTP sink) %.2f, "
                    + "PostgreSQL %.2f%n", r.appCpuNanos / 1e6 / MAILS, r.jvmCpuNanos / 1e6 / MAILS, r.postgresCpuNanos / 1e6 / MAILS);
            System.out.printf(Locale.ROOT, "  failed job executions / incidents        %d / %d%n", r.failures, r.incidents);
        }
        System.out.printf(Locale.ROOT, "  machine load (1/5/15 min)                %s, %d CPUs%n", loadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(line);
    }

    private Result run(int batchSize) throws Exception {
        settings.setBatchSize(batchSize);
        smtp.purgeEmailFromAllMailboxes();
        observerReads.clear();
        String run = "BENCH:" + batchSize + ":" + System.nanoTime() + ":";
        // The dispatcher pauses while the rows are queued and the counters settle: the clock starts when it resumes.
        settings.setEnabled(false);
        List<Long> ids = queue(run);
        // Planner statistics as a production database has them (autovacuum would take a while on a fresh one).
        jdbc.execute("analyze");
        TableStatistics.waitForPublication();
        Map<String, Long> readBefore = TableStatistics.read(jdbc);
        Map<String, Long> writtenBefore = TableStatistics.written(jdbc);
        long[] historyBefore = observed(this::history);
        long instancesBefore = historyBefore[0];
        long jobsBefore = historyBefore[1];
        long failuresBefore = historyBefore[2];
        int executionFailuresBefore = jobFailures.count();
        long appCpuBefore = applicationCpu();
        long jvmCpuBefore = jvmCpuNanos();
        long postgresCpuBefore = postgresCpuNanos(jdbc);
        settings.setEnabled(true);
        log("batch size %d: %d rows queued (ids %d..%d); waiting for the dispatcher and the job executor...", batchSize, ids.size(),
                ids.get(0), ids.get(ids.size() - 1));
        long start = System.nanoTime();
        long deadline = start + TIMEOUT_MINUTES * 60_000_000_000L;
        long first = ids.get(0);
        long last = ids.get(ids.size() - 1);
        long nextProgress = 0;
        while (true) {
            long[] progress = observed(() -> new long[] {
                    jdbc.queryForObject("select count(*) from mail_outbox where id between ? and ? and status = 'SENT'", Long.class, first, last),
                    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DELIVERY_PROCESS).count()});
            if (progress[0] == ids.size() && progress[1] == 0) {
                break;
            }
            if (System.nanoTime() > nextProgress) {
                log("%7.1f s  sent %6d/%d  delivery instances running %d  failed job executions %d", seconds(start), progress[0], ids.size(),
                        progress[1], jobFailures.count() - executionFailuresBefore);
                nextProgress = System.nanoTime() + 5_000_000_000L;
            }
            if (jobFailures.count() > executionFailuresBefore) {
                fail("A job failed (first: %s)", jobFailures.first());
            }
            if (System.nanoTime() > deadline) {
                fail("Timeout: after %d min %d of %d mails sent", TIMEOUT_MINUTES, progress[0], ids.size());
            }
            Thread.sleep(200);
        }
        double seconds = seconds(start);
        long appCpu = applicationCpu() - appCpuBefore;
        long jvmCpu = jvmCpuNanos() - jvmCpuBefore;
        long postgresCpu = postgresCpuNanos(jdbc) - postgresCpuBefore;

        // Correctness: every row exactly once at the sink, with its own Message-ID; nothing failed.
        List<String> received = Arrays.stream(smtp.getReceivedMessages()).map(MailDeliveryBenchmark::messageId).toList();
        Set<String> expected = ids.stream().map(id -> "<kinerja-mail-" + id + "@kinerja.local>").collect(Collectors.toSet());
        assertThat(received).as("one message per row").hasSize(ids.size());
        assertThat(new HashSet<>(received)).as("each row's own Message-ID, none twice").isEqualTo(expected);
        assertThat(observed(() -> jdbc.queryForObject("select count(*) from mail_outbox where id between ? and ? and (status <> 'SENT' "
                + "or attempts <> 1)", Long.class, first, last))).as("rows not sent, or sent in more than one attempt").isZero();
        long[] historyAfter = observed(this::history);
        long failures = historyAfter[2] - failuresBefore;
        long incidents = observed(() -> engine.getRuntimeService().createIncidentQuery().count());
        assertThat(jobFailures.count() - executionFailuresBefore).as("failed job executions").isZero();
        assertThat(failures).as("failed job executions (history)").isZero();
        assertThat(incidents).as("incidents").isZero();
        assertThat(observed(() -> engine.getManagementService().createJobQuery().withException().count())).as("jobs with an exception")
                .isZero();

        long instances = historyAfter[0] - instancesBefore;
        long jobs = historyAfter[1] - jobsBefore;
        TableStatistics.waitForPublication();
        Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), readBefore);
        observerReads.forEach((table, rows) -> read.merge(table, -rows, Long::sum));
        Map<String, Long> written = TableStatistics.difference(TableStatistics.written(jdbc), writtenBefore);
        log("batch size %d: %d mails in %.1f s", batchSize, ids.size(), seconds);
        return new Result(batchSize, seconds, instances, jobs, total(read), top(read), total(written), top(written), appCpu, jvmCpu,
                postgresCpu, failures, incidents);
    }

    /** The rows, as the notifications would have queued them (one rendered body for all, each its own key and address). */
    private List<Long> queue(String run) {
        String text = "Kinerja · Hasil penilaian kinerja\n\nYth. Pegawai Beban,\n\nHasil penilaian Anda sudah diumumkan.\n\n--\n"
                + "Pesan ini dikirim otomatis oleh Kinerja. Jangan membalas email ini.\n";
        String html = "<!DOCTYPE html><html lang=\"id\"><body><p>Yth. Pegawai Beban,</p><p>Hasil penilaian Anda sudah diumumkan.</p>"
                + "<p>Pesan ini dikirim otomatis oleh Kinerja. Jangan membalas email ini.</p></body></html>";
        Timestamp now = Timestamp.from(Instant.now());
        for (int from = 0; from < MAILS; from += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(MAILS, from + 1000); i++) {
                rows.add(new Object[] {run + i, "it-" + i, "Pegawai Beban " + i, "pegawai" + (i % RECIPIENTS) + "@bench.example",
                        "Hasil penilaian kinerja", text, html, now});
            }
            jdbc.batchUpdate("insert into mail_outbox (dedupe_key, kind, recipient_id, recipient_name, email, subject, body_text, "
                    + "body_html, status, attempts, created_at) values (?, 'RESULTS_PUBLISHED', ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)", rows);
        }
        return jdbc.queryForList("select id from mail_outbox where dedupe_key like ? order by id", Long.class, run + "%");
    }

    /** Delivery instances started, successful and failed job executions, so far (history). */
    private long[] history() {
        return new long[] {engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DELIVERY_PROCESS).count(),
                engine.getHistoryService().createHistoricJobLogQuery().successLog().count(),
                engine.getHistoryService().createHistoricJobLogQuery().failureLog().count()};
    }

    /** Runs the benchmark's own queries in one transaction and counts the rows they read, to take them off the figures. */
    private <T> T observed(java.util.function.Supplier<T> queries) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            Map<String, Long> before = TableStatistics.readInThisTransaction(jdbc);
            T result = queries.get();
            TableStatistics.difference(TableStatistics.readInThisTransaction(jdbc), before)
                    .forEach((table, rows) -> observerReads.merge(table, rows, Long::sum));
            return result;
        });
    }

    private record Result(int batchSize, double seconds, long instances, long jobs, long read, String readTop, long written,
            String writtenTop, long appCpuNanos, long jvmCpuNanos, long postgresCpuNanos, long failures, long incidents) {
    }

    private static long total(Map<String, Long> counters) {
        return counters.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String top(Map<String, Long> counters) {
        return counters.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(7).map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.2f", e.getValue() / (double) MAILS))
                .collect(Collectors.joining(", "));
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU time of the application's threads alive now (job executor, its acquisition, the scheduler), in ns. */
    private static long applicationCpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && APPLICATION_THREADS.stream().anyMatch(info.getThreadName()::startsWith)) {
                sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }
}

package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.MachineFigures.loadAverage;
import static org.kinerja.support.MachineFigures.seconds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kinerja.calibration.CalibrationCommands;
import org.kinerja.organization.EmployeeImportReport;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Calibration of a large group on PostgreSQL: the proposal ({@code Task_ProposeDistribution}), the board's first page
 * and a filtered page over real HTTP as a committee member, the board's aggregate query, and the decision PDF
 * ({@code penetapan.pdf}) streamed to an HTTP client. A benchmark, not a timed test: it prints its figures, each target
 * with MET or MISSED, and asserts only correctness (page sizes, totals equal to N, every employee in the PDF).
 *
 * <pre>mvn -B -Pbenchmark verify -Dit.test=CalibrationAtScaleBenchmark -Dkinerja.benchmark.employees=10000</pre>
 *
 * <p>Setting up is cheap: the organisation is imported through the services (with its identity sync, so the committee
 * member and the HR admin can log in), then the scored cycle, its appraisals, their merged results and the rated
 * calibration are inserted with JDBC batches. No appraisal process is driven.
 *
 * <p>Targets (issue 12) for 10,000 employees: board first page within 1 s (p95), proposal within 10 s, PDF within 30 s.
 * The throwaway PostgreSQL runs with {@code fsync=off}; the database share is a lower bound.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "kinerja.admin.password=Beban-Uji-2026!",
        "kinerja.identity.initial-password=" + CalibrationAtScaleBenchmark.PASSWORD,
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
class CalibrationAtScaleBenchmark {

    static final String DATABASE = "bench_calibration";
    static final String PASSWORD = "Kalibrasi-Uji-2026!";
    static final int EMPLOYEES = Integer.getInteger("kinerja.benchmark.employees", 10_000);
    static final int REQUESTS = Integer.getInteger("kinerja.benchmark.requests", 20);
    static final String INSTANSI = "KALIB";
    static final double BOARD_TARGET_SECONDS = 1.0;
    static final double PROPOSAL_TARGET_SECONDS = 10.0;
    static final double PDF_TARGET_SECONDS = 30.0;
    static final Pattern NIP = Pattern.compile("\\b\\d{18}\\b");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
    }

    @Test
    void calibrationOfALargeGroup() throws Exception {
        assertThat(EMPLOYEES).as("kinerja.benchmark.employees").isBetween(20, 9_000_000);
        log("Kinerja calibration-at-scale benchmark: %d employees, PostgreSQL %s (fsync %s), load %s, JVM max heap %d MiB, %d CPUs",
                EMPLOYEES, jdbc.queryForObject("show server_version", String.class), jdbc.queryForObject("show fsync", String.class),
                loadAverage(), Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());

        // 1. Set-up: the organisation through the services, the scored cycle and the rated calibration with JDBC batches.
        GeneratedOrganisation org = GeneratedOrganisation.generate(INSTANSI, EMPLOYEES);
        long t = System.nanoTime();
        unitImport.importCsv(org.unitCsv());
        EmployeeImportReport imported = employeeImport.importCsv(org.employeeCsv());
        assertThat(imported.created()).isEqualTo(EMPLOYEES);
        double importSeconds = seconds(t);
        t = System.nanoTime();
        long cycleId = scoredCycle();
        long calibrationId = ratedCalibration(cycleId, org.hrAdmin());
        double setupSeconds = seconds(t);
        String committee = org.employees().stream().filter(e -> e[6].contains("tim-penilai")).map(e -> e[0]).findFirst().orElseThrow();
        log("set-up: organisation imported (with identity sync) in %.1f s; cycle %d with %d scored appraisals and a rated calibration "
                + "inserted in %.1f s; committee member %s", importSeconds, cycleId, EMPLOYEES, setupSeconds, committee);

        // 2. The proposal (after the set-up's counters are published, so they are not counted).
        TableStatistics.waitForPublication();
        Map<String, Long> readBefore = TableStatistics.read(jdbc);
        Map<String, Long> writtenBefore = TableStatistics.written(jdbc);
        t = System.nanoTime();
        int proposed = CalibrationCommands.propose(context, cycleId);
        double proposalSeconds = seconds(t);
        assertThat(proposed).isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select count(*) from calibration_entry where calibration_id = ?", Integer.class, calibrationId))
                .isEqualTo(EMPLOYEES);
        assertThat(jdbc.queryForObject("select status from calibration where id = ?", String.class, calibrationId)).isEqualTo("CALIBRATING");
        jdbc.execute("analyze calibration_entry");
        TableStatistics.waitForPublication();
        String proposalRead = top(TableStatistics.difference(TableStatistics.read(jdbc), readBefore), 1, 4);
        String proposalWritten = top(TableStatistics.difference(TableStatistics.written(jdbc), writtenBefore), 1, 4);
        int moved = jdbc.queryForObject("select count(*) from calibration_entry where calibration_id = ? "
                + "and proposed_predikat <> matrix_predikat and proposal_reason is not null", Integer.class, calibrationId);
        assertThat(moved).as("employees the proposal moved down, each with its reason").isPositive();
        log("proposal: %.2f s for %d employees (%d moved down); rows read %s; written %s", proposalSeconds, proposed, moved, proposalRead,
                proposalWritten);

        // 3. The board over HTTP as a committee member: the page, then the first page of rows and a filtered page.
        Session session = new Session(port);
        session.login(committee, PASSWORD);
        t = System.nanoTime();
        HttpResponse<String> page = session.get("/kalibrasi/" + cycleId);
        double pageSeconds = seconds(t);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("tabel-kalibrasi").contains("const canChange = true");

        String first = "/kalibrasi/" + cycleId + "/data?halaman=0&ukuran=50";
        for (int i = 0; i < 3; i++) {
            session.get(first); // warm-up
        }
        readBefore = TableStatistics.read(jdbc);
        double[] firstTimes = new double[REQUESTS];
        JsonNode board = null;
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            HttpResponse<String> response = session.get(first);
            firstTimes[i] = seconds(s);
            assertThat(response.statusCode()).isEqualTo(200);
            board = json.readTree(response.body());
        }
        TableStatistics.waitForPublication();
        Map<String, Long> firstRead = TableStatistics.difference(TableStatistics.read(jdbc), readBefore);
        assertThat(board.get("rows")).hasSize(50);
        assertThat(board.get("total").asInt()).isEqualTo(EMPLOYEES);
        assertThat(board.get("matching").asInt()).isEqualTo(EMPLOYEES);
        int countSum = 0;
        int proposedSum = 0;
        for (Predikat p : Predikat.values()) {
            countSum += board.get("counts").get(p.name()).asInt();
            proposedSum += board.get("proposedCounts").get(p.name()).asInt();
        }
        assertThat(countSum).isEqualTo(EMPLOYEES);
        assertThat(proposedSum).isEqualTo(EMPLOYEES);
        assertThat(board.get("violations")).isEmpty();
        List<Integer> ranks = new ArrayList<>();
        board.get("rows").forEach(r -> ranks.add(r.get("rank").asInt()));
        assertThat(ranks).isEqualTo(java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());

        // filtered: one seksi, final predikat BAIK, a name fragment ("Uji 1" matches the employees numbered 1, 10-19, 100-199, ...)
        String search = "uji 1";
        long unitId = jdbc.queryForObject("select unit_id from calibration_entry where calibration_id = ? and final_predikat = 'BAIK' "
                + "and lower(name) like ? group by unit_id order by count(*) desc, unit_id limit 1", Long.class, calibrationId,
                "%" + search + "%");
        String filtered = "/kalibrasi/" + cycleId + "/data?halaman=0&ukuran=50&unit=" + unitId + "&predikat=BAIK&cari="
                + URLEncoder.encode(search, StandardCharsets.UTF_8);
        int expected = jdbc.queryForObject("select count(*) from calibration_entry where calibration_id = ? and unit_id = ? "
                + "and final_predikat = 'BAIK' and lower(name) like ?", Integer.class, calibrationId, unitId, "%" + search + "%");
        session.get(filtered);
        readBefore = TableStatistics.read(jdbc);
        double[] filteredTimes = new double[REQUESTS];
        JsonNode filteredBoard = null;
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            HttpResponse<String> response = session.get(filtered);
            filteredTimes[i] = seconds(s);
            assertThat(response.statusCode()).isEqualTo(200);
            filteredBoard = json.readTree(response.body());
        }
        TableStatistics.waitForPublication();
        Map<String, Long> filteredRead = TableStatistics.difference(TableStatistics.read(jdbc), readBefore);
        assertThat(expected).as("the filter matches someone").isPositive();
        assertThat(filteredBoard.get("matching").asInt()).isEqualTo(expected);
        assertThat(filteredBoard.get("rows")).hasSize(Math.min(50, expected));
        filteredBoard.get("rows").forEach(r -> {
            assertThat(r.get("unitId").asLong()).isEqualTo(unitId);
            assertThat(r.get("finalPredikat").asText()).isEqualTo("BAIK");
            assertThat(r.get("name").asText().toLowerCase(Locale.ROOT)).contains(search);
        });
        assertThat(filteredBoard.get("total").asInt()).isEqualTo(EMPLOYEES);

        // the last page
        int lastPage = (EMPLOYEES - 1) / 50;
        t = System.nanoTime();
        JsonNode last = json.readTree(session.get("/kalibrasi/" + cycleId + "/data?halaman=" + lastPage + "&ukuran=50").body());
        double lastSeconds = seconds(t);
        assertThat(last.get("rows")).hasSize(EMPLOYEES - lastPage * 50);
        assertThat(last.get("rows").get(last.get("rows").size() - 1).get("rank").asInt()).isEqualTo(EMPLOYEES);
        HttpResponse<String> bad = session.get("/kalibrasi/" + cycleId + "/data?ukuran=100000");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Parameter 'ukuran'");

        // the aggregate query alone, in the application
        double[] aggregateTimes = new double[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long s = System.nanoTime();
            assertThat(CalibrationCommands.aggregate(context, calibrationId)).isEqualTo(EMPLOYEES);
            aggregateTimes[i] = seconds(s);
        }
        String plan = jdbc.queryForList("explain (analyze, buffers) select final_predikat, proposed_predikat, count(*), "
                        + "sum(case when proposed_predikat <> matrix_predikat then 1 else 0 end) from calibration_entry "
                        + "where calibration_id = " + calibrationId + " group by final_predikat, proposed_predikat", String.class)
                .stream().map(String::trim).filter(l -> l.startsWith("->") || l.startsWith("HashAggregate") || l.startsWith("Execution"))
                .collect(Collectors.joining(" | "));

        // 4. Finalise and publish, then the decision PDF streamed over HTTP.
        CalibrationCommands.finalise(context, cycleId, committee);
        t = System.nanoTime();
        CalibrationCommands.publish(context, cycleId);
        double publishSeconds = seconds(t);
        Path pdf = Files.createTempFile("penetapan-", ".pdf");
        try {
            System.gc();
            long heapBefore = heapUsed();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            HeapSampler sampler = new HeapSampler();
            sampler.start();
            readBefore = TableStatistics.read(jdbc);
            t = System.nanoTime();
            HttpResponse<InputStream> response = session.stream("/kalibrasi/" + cycleId + "/penetapan.pdf");
            long firstByte = 0;
            long bytes = 0;
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(pdf)) {
                byte[] buffer = new byte[8192];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (bytes == 0 && n > 0) {
                        firstByte = System.nanoTime();
                    }
                    out.write(buffer, 0, n);
                    bytes += n;
                }
            }
            double pdfSeconds = seconds(t);
            double firstByteSeconds = (firstByte - t) / 1e9;
            sampler.stop();
            long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
            if (bytes > 64 * 1024) { // larger than the response buffer: sent as it is written, its length unknown in advance
                assertThat(response.headers().firstValue("Content-Length")).as("streamed").isEmpty();
            }
            TableStatistics.waitForPublication();
            Map<String, Long> pdfRead = TableStatistics.difference(TableStatistics.read(jdbc), readBefore);

            // correctness: every employee of the calibration, by NIP, exactly once in the table
            long t2 = System.nanoTime();
            PdfCount count = countRows(pdf, org.nips());
            double checkSeconds = seconds(t2);
            assertThat(count.missing()).as("employees missing from the PDF").isEmpty();
            assertThat(count.lastNumber()).as("the last row's number").isEqualTo(EMPLOYEES);

            // 5. Figures.
            String line = "=".repeat(110);
            print(line);
            print("KINERJA CALIBRATION-AT-SCALE BENCHMARK (PostgreSQL %s, fsync %s, load %s)", jdbc.queryForObject("show server_version",
                    String.class), jdbc.queryForObject("show fsync", String.class), loadAverage());
            print("  employees in the calibration             %d", EMPLOYEES);
            print("  set-up                                   import %.1f s, cycle + appraisals + results + calibration %.1f s",
                    importSeconds, setupSeconds);
            print("  proposal (Task_ProposeDistribution)      %.2f s, %d moved down  %s", proposalSeconds, moved,
                    verdict(proposalSeconds, PROPOSAL_TARGET_SECONDS));
            print("    rows read / written                    %s / %s", proposalRead, proposalWritten);
            print("  board page /kalibrasi/{id} (HTML)        %.3f s (once, after login)", pageSeconds);
            print("  board first page (50 rows), %d requests  p50 %.3f s, p95 %.3f s, max %.3f s  %s", REQUESTS, percentile(firstTimes, 50),
                    percentile(firstTimes, 95), percentile(firstTimes, 100), verdict(percentile(firstTimes, 95), BOARD_TARGET_SECONDS));
            print("    rows read per request                  %s", perRequest(firstRead));
            print("  board filtered (unit+predikat+cari)      p50 %.3f s, p95 %.3f s (%d matching)  %s", percentile(filteredTimes, 50),
                    percentile(filteredTimes, 95), expected, verdict(percentile(filteredTimes, 95), BOARD_TARGET_SECONDS));
            print("    rows read per request                  %s", perRequest(filteredRead));
            print("  board last page (halaman %d)            %.3f s", lastPage, lastSeconds);
            print("  aggregate query (in the application)     p50 %.4f s, p95 %.4f s", percentile(aggregateTimes, 50),
                    percentile(aggregateTimes, 95));
            print("    plan                                   %s", plan);
            print("  publish (decision frozen, no PDF stored) %.3f s", publishSeconds);
            print("  decision PDF over HTTP                   %.2f s, first byte after %.2f s, %d bytes (%.0f KiB), %d pages  %s",
                    pdfSeconds, firstByteSeconds, bytes, bytes / 1024.0, count.pages(), verdict(pdfSeconds, PDF_TARGET_SECONDS));
            print("    rows read                              %s", top(pdfRead, 1, 4));
            print("    JVM heap used before / peak / max      %d / %d / %d MiB (peak of the heap pools while streaming; "
                    + "sampled used max %d MiB)", heapBefore >> 20, heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    sampler.max() >> 20);
            print("    check (text of every page)             %.1f s: %d of %d NIPs found, last row number %d", checkSeconds,
                    EMPLOYEES - count.missing().size(), EMPLOYEES, count.lastNumber());
            print(line);
        } finally {
            Files.deleteIfExists(pdf);
        }
        lines.forEach(System.out::println);
    }

    /** A scored cycle of the whole instansi, one appraisal and one merged result per employee (deterministic scores). */
    private long scoredCycle() {
        long unitId = jdbc.queryForObject("select id from org_unit where code = ?", Long.class, INSTANSI);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into appraisal_cycle (name, cycle_year, unit_id, period_length, reminder_delay, escalation_delay, "
                + "supervisor_weight, peer_weight, self_weight, peer_minimum, citizen_minimum_responses, citizen_share, participant_count, "
                + "status, process_instance_id, opened_by, opened_at, scored_at) values (?, ?, ?, 'QUARTERLY', 'P7D', 'P14D', 60, 20, 20, 2, "
                + "30, 0.200, ?, 'SCORED', ?, 'benchmark', ?, ?)", "Siklus kalibrasi " + EMPLOYEES, LocalDate.now().getYear(), unitId,
                EMPLOYEES, "benchmark-" + System.nanoTime(), now, now);
        long cycleId = jdbc.queryForObject("select id from appraisal_cycle where unit_id = ?", Long.class, unitId);
        List<Long> employees = jdbc.queryForList("select e.id from org_employee e join org_unit u on u.id = e.unit_id "
                + "where u.code like ? order by e.id", Long.class, INSTANSI + "%");
        assertThat(employees).hasSize(EMPLOYEES);
        jdbc.batchUpdate("insert into appraisal (cycle_id, employee_id, process_instance_id, status, created_at, updated_at) "
                + "values (?, ?, ?, 'SCORED', ?, ?)", employees, 1000, (ps, id) -> {
                    ps.setLong(1, cycleId);
                    ps.setLong(2, id);
                    ps.setString(3, "benchmark-" + cycleId + "-" + id);
                    ps.setTimestamp(4, now);
                    ps.setTimestamp(5, now);
                });
        List<Long> appraisals = jdbc.queryForList("select id from appraisal where cycle_id = ? order by id", Long.class, cycleId);
        Random random = new Random(12);
        jdbc.batchUpdate("insert into appraisal_result (appraisal_id, work_result_score, proposed_work_rating, work_rating, "
                + "work_rating_overridden, behaviour_score, behaviour_rating, peer_count, peers_used, citizen_used, predikat, computed_at) "
                + "values (?, ?, ?, ?, false, ?, ?, 0, false, false, ?, ?)", appraisals, 1000, (ps, id) -> {
                    // most employees at BAIK or above, so the proposal has to move about a quarter of them down (with reasons)
                    BigDecimal work = BigDecimal.valueOf(76 + random.nextInt(4000) / 100.0).setScale(2, RoundingMode.HALF_UP);
                    BigDecimal behaviour = BigDecimal.valueOf(2.9 + random.nextInt(200) / 100.0).setScale(2, RoundingMode.HALF_UP);
                    String workRating = work.doubleValue() >= 110 ? "DI_ATAS_EKSPEKTASI" : work.doubleValue() >= 80 ? "SESUAI_EKSPEKTASI"
                            : "DI_BAWAH_EKSPEKTASI";
                    String behaviourRating = behaviour.doubleValue() >= 4.5 ? "DI_ATAS_EKSPEKTASI"
                            : behaviour.doubleValue() >= 3 ? "SESUAI_EKSPEKTASI" : "DI_BAWAH_EKSPEKTASI";
                    ps.setLong(1, id);
                    ps.setBigDecimal(2, work);
                    ps.setString(3, workRating);
                    ps.setString(4, workRating);
                    ps.setBigDecimal(5, behaviour);
                    ps.setString(6, behaviourRating);
                    ps.setString(7, matrix(workRating, behaviourRating).name());
                    ps.setTimestamp(8, now);
                });
        return cycleId;
    }

    /** The PermenPANRB 6/2022 matrix of the two ratings. */
    private static Predikat matrix(String work, String behaviour) {
        int w = List.of("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI").indexOf(work);
        int b = List.of("DI_ATAS_EKSPEKTASI", "SESUAI_EKSPEKTASI", "DI_BAWAH_EKSPEKTASI").indexOf(behaviour);
        Predikat[][] m = {
                {Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN},
                {Predikat.BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN},
                {Predikat.KURANG, Predikat.KURANG, Predikat.SANGAT_KURANG}};
        return m[w][b];
    }

    private long ratedCalibration(long cycleId, String hrAdmin) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into calibration (cycle_id, status, organisation_rating, rating_basis, rated_by, rated_at, created_at) "
                + "values (?, 'RATED', 'BAIK', 'Laporan Kinerja Instansi Pemerintah tahun berjalan (benchmark).', ?, ?, ?)", cycleId, hrAdmin,
                now, now);
        return jdbc.queryForObject("select id from calibration where cycle_id = ?", Long.class, cycleId);
    }

    private record PdfCount(int pages, Set<String> missing, int lastNumber) {
    }

    /** Reads the text of every page: which of the NIPs never appear, and the highest row number before a NIP. */
    private static PdfCount countRows(Path pdf, Set<String> nips) throws IOException {
        Set<String> missing = new HashSet<>(nips);
        int lastNumber = 0;
        PdfReader reader = new PdfReader(pdf.toString());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            Pattern numbered = Pattern.compile("(?m)^\\s*(\\d+)\\s+(\\d{18})\\b");
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                String text = extractor.getTextFromPage(page);
                Matcher m = NIP.matcher(text);
                while (m.find()) {
                    missing.remove(m.group());
                }
                Matcher row = numbered.matcher(text);
                while (row.find()) {
                    lastNumber = Math.max(lastNumber, Integer.parseInt(row.group(1)));
                }
            }
            return new PdfCount(reader.getNumberOfPages(), missing, lastNumber);
        } finally {
            reader.close();
        }
    }

    /** A browser-like session: the login form with its CSRF token, then the session cookie. */
    static final class Session {

        private final String base;
        private final HttpClient client;

        Session(int port) {
            this.base = "http://localhost:" + port;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        void login(String user, String password) throws Exception {
            String form = get("/masuk").body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
            assertThat(csrf.find()).as("CSRF token on the login form").isTrue();
            String body = "pengguna=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&sandi="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + "/masuk"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/beranda"));
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<InputStream> stream(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        }
    }

    /** Samples the heap in use every 20 ms while the PDF streams. */
    static final class HeapSampler {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong max = new AtomicLong();
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running.get()) {
                    max.accumulateAndGet(heapUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long max() {
            return max.get();
        }
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String verdict(double seconds, double target) {
        return seconds <= target ? String.format(Locale.ROOT, "target %.0f s: MET", target)
                : String.format(Locale.ROOT, "target %.0f s: MISSED by %.2f s", target, seconds - target);
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String perRequest(Map<String, Long> read) {
        long total = read.values().stream().mapToLong(Long::longValue).sum();
        return String.format(Locale.ROOT, "%.0f in total: %s", total / (double) REQUESTS, top(read, REQUESTS, 5));
    }

    private static String top(Map<String, Long> counters, int divisor, int limit) {
        return counters.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%.0f", e.getValue() / (double) divisor))
                .collect(Collectors.joining(", "));
    }

    private void log(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    private void print(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
    }

}

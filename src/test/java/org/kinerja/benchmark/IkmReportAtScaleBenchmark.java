package org.kinerja.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.support.MachineFigures.seconds;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportReport;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.GeneratedOrganisation;
import org.kinerja.support.PostgresTestServer;
import org.kinerja.support.TableStatistics;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * HR's IKM report over {@code kinerja.benchmark.responses} survey responses of one year (default 1,000,000), spread
 * over the service units (seksi) of an organisation of 2,000 employees (about 200 units) and over the year, each with
 * its service ticket, plus a tenth as many in the year before (the table keeps its history). The report is fetched
 * as HR sees it: {@code GET /api/reports/ikm?tahun=…&per=TAHUN|TRIWULAN|BULAN} and the CSV, over real HTTP as the HR
 * admin ({@code admin-bkpsdm}) with HTTP Basic. Prints p50/p95 per granularity, the table rows and index entries read
 * per request, and the plan of the report's statement (and, for comparison, its plan with index scans off); asserts only correctness: the report counts every response of the year once, and one
 * unit's IKM (the year, and one month) equals the value computed here straight from the table. Target (issue 12):
 * within 2 s.
 *
 * <pre>mvn -B -Pbenchmark verify -Dit.test=IkmReportAtScaleBenchmark -Dkinerja.benchmark.responses=1000000</pre>
 *
 * <p>The rows are written by the database itself ({@code insert … select … from generate_series}): tickets first,
 * then one response per ticket, with the same employee, unit and service time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "kinerja.admin.password=Beban-Uji-2026!",
        "kinerja.identity.initial-password=" + IkmReportAtScaleBenchmark.PASSWORD,
        "spring.main.banner-mode=off"})
@ActiveProfiles("postgres")
class IkmReportAtScaleBenchmark {

    static final String DATABASE = "benchikm";
    static final String PASSWORD = "Beban-Uji-2026!";
    static final int RESPONSES = Integer.getInteger("kinerja.benchmark.responses", 1_000_000);
    static final int REQUESTS = Integer.getInteger("kinerja.benchmark.requests", 20);
    static final int WARM_UP = 3;
    static final int YEAR = 2025;
    static final double TARGET_SECONDS = 2.0;
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> report = new ArrayList<>();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresTestServer.registerOwnDatabase(registry, DATABASE, "");
    }

    @Test
    void reportCountsEveryResponseOnce() throws Exception {
        assertThat(RESPONSES).as("kinerja.benchmark.responses").isBetween(1_000, 50_000_000);
        log("Kinerja IKM report benchmark: %d responses in %d, PostgreSQL %s", RESPONSES, YEAR,
                jdbc.queryForObject("show server_version", String.class));

        // 1. The organisation: ~200 seksi of 10 people.
        GeneratedOrganisation org = GeneratedOrganisation.generate("IKM", 2000, 0, 10, 10);
        unitImport.importCsv(org.unitCsv());
        EmployeeImportReport imported = employeeImport.importCsv(org.employeeCsv());
        assertThat(imported.created()).isEqualTo(2000);
        String hrAdmin = org.hrAdmin();

        // 2. Tickets and responses, written by the database: the year measured, and a tenth as many the year before.
        long t = System.nanoTime();
        insert(YEAR, RESPONSES, "B");
        insert(YEAR - 1, RESPONSES / 10, "A");
        double insertSeconds = seconds(t);
        t = System.nanoTime();
        jdbc.execute("vacuum analyze service_ticket");
        jdbc.execute("vacuum analyze survey_response");
        double vacuumSeconds = seconds(t);
        long units = jdbc.queryForObject("select count(distinct unit_id) from survey_response", Long.class);
        log("%d tickets and responses written in %.1f s (vacuum analyze %.1f s); %d units; survey_response %s, its indexes %s",
                count("survey_response"), insertSeconds, vacuumSeconds, units, size("pg_table_size('survey_response')"),
                size("pg_indexes_size('survey_response')"));

        // 3. Correctness, each granularity: every response of the year counted once; one unit as computed here.
        Map<String, Long> unitIds = jdbc.query("select code, id from org_unit", (java.sql.ResultSet r) -> {
            Map<String, Long> ids = new java.util.HashMap<>();
            while (r.next()) {
                ids.put(r.getString(1), r.getLong(2));
            }
            return ids;
        });
        String someUnit = jdbc.queryForObject("select u.code from org_unit u where u.id = (select unit_id from survey_response "
                + "order by id limit 1 offset " + (RESPONSES / 2) + ")", String.class);
        for (String per : List.of("TAHUN", "TRIWULAN", "BULAN")) {
            JsonNode rows = json.readTree(get("/api/reports/ikm?tahun=" + YEAR + "&per=" + per, hrAdmin).body()).get("rows");
            long all = 0;
            long units2 = 0;
            for (JsonNode row : rows) {
                if (row.get("unitCode").asText().equals("SEMUA")) {
                    all += row.get("responses").asLong();
                } else {
                    units2 += row.get("responses").asLong();
                }
            }
            assertThat(all).as(per + ": responses of the year (SEMUA rows)").isEqualTo(RESPONSES);
            assertThat(units2).as(per + ": responses of the year (unit rows)").isEqualTo(RESPONSES);
            int periods = per.equals("TAHUN") ? 1 : per.equals("TRIWULAN") ? 4 : 12;
            assertThat(rows).as(per + " rows").hasSize((int) (periods * (units + 1)));
        }
        JsonNode year = json.readTree(get("/api/reports/ikm?tahun=" + YEAR + "&per=TAHUN", hrAdmin).body()).get("rows");
        JsonNode unitYear = find(year, "Tahun " + YEAR, someUnit);
        assertIkm(unitYear, unitIds.get(someUnit), LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR + 1, 1, 1));
        JsonNode months = json.readTree(get("/api/reports/ikm?tahun=" + YEAR + "&per=BULAN", hrAdmin).body()).get("rows");
        assertIkm(find(months, "Juli " + YEAR, someUnit), unitIds.get(someUnit), LocalDate.of(YEAR, 7, 1), LocalDate.of(YEAR, 8, 1));
        String csv = get("/api/reports/ikm.csv?tahun=" + YEAR + "&per=BULAN", hrAdmin).body();
        assertThat(csv.lines().count()).isEqualTo(1 + 12 * (units + 1));

        // 4. The statements the report sends, and the plan of the first.
        explain(hrAdmin);

        // 5. Timings.
        report.add(String.format(Locale.ROOT, "  %-40s %9s %9s %9s %12s %14s", "request (" + REQUESTS + " after " + WARM_UP
                + " warm-up)", "p50 s", "p95 s", "max s", "rows read", "index entries"));
        double worst = 0;
        for (String per : List.of("TAHUN", "TRIWULAN", "BULAN")) {
            worst = Math.max(worst, measure("JSON per=" + per, "/api/reports/ikm?tahun=" + YEAR + "&per=" + per, hrAdmin));
        }
        worst = Math.max(worst, measure("CSV per=BULAN", "/api/reports/ikm.csv?tahun=" + YEAR + "&per=BULAN", hrAdmin));

        String line = "=".repeat(110);
        System.out.println(line);
        System.out.printf(Locale.ROOT, "KINERJA IKM REPORT AT SCALE (PostgreSQL %s)%n", jdbc.queryForObject("show server_version",
                String.class));
        System.out.printf(Locale.ROOT, "  survey responses %d in %d (+%d in %d), %d units; table %s, indexes %s%n", RESPONSES, YEAR,
                RESPONSES / 10, YEAR - 1, units, size("pg_table_size('survey_response')"), size("pg_indexes_size('survey_response')"));
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "  TARGET report within %.0f s (worst p95 %.3f s): %s%n", TARGET_SECONDS, worst,
                worst <= TARGET_SECONDS ? "MET" : String.format(Locale.ROOT, "MISSED by %.3f s", worst - TARGET_SECONDS));
        System.out.println(line);
    }

    /** {@code n} tickets of {@code year} with their responses, numbered {@code prefix-…}, over the seksi staff. */
    private void insert(int year, int n, String prefix) {
        Instant from = LocalDate.of(year, 1, 1).atStartOfDay(ZONE).toInstant();
        jdbc.execute("drop table if exists bench_staff");
        jdbc.execute("create temporary table bench_staff as select e.id, e.unit_id, row_number() over (order by e.id) - 1 as k "
                + "from org_employee e join org_unit u on u.id = e.unit_id where u.code like '%-S%'");
        long staff = jdbc.queryForObject("select count(*) from bench_staff", Long.class);
        // served from 08:00 to 16:00 local time, spread evenly over the 365 days
        jdbc.update("insert into service_ticket (ticket_number, service_type, employee_id, unit_id, served_at, registered_by, "
                + "created_at) select ? || '-' || g, 'Layanan ' || (g % 7), s.id, s.unit_id, t.at, 'benchmark', t.at "
                + "from generate_series(0, ? - 1) g join bench_staff s on s.k = g % ? "
                + "cross join lateral (select ?::timestamptz + (g::bigint * 365 / ?) * interval '1 day' "
                + "+ (g % 480) * interval '1 minute' + interval '1 hour' as at) t", prefix, n, staff, Timestamp.from(from), n);
        jdbc.update("insert into survey_response (ticket_id, employee_id, unit_id, served_at, a1, a2, a3, a4, a5, a6, a7, a8, a9, "
                + "submitted_at) select t.id, t.employee_id, t.unit_id, t.served_at, " + String.join(", ", java.util.Collections.nCopies(9,
                        "(array[1,2,2,3,3,3,4,4,4,4])[1 + floor(random() * 10)::int]"))
                + ", t.served_at + interval '2 hours' from service_ticket t where t.ticket_number like ? || '-%'", prefix);
        jdbc.execute("drop table bench_staff");
    }

    /** The IKM, element 1's NRR and the count of one unit's responses in [from, to), straight from the table. */
    private void assertIkm(JsonNode row, long unitId, LocalDate from, LocalDate to) {
        Map<String, Object> expected = jdbc.queryForMap("select count(*) as n, round(25.0 * sum(a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 "
                + "+ a9) / (9.0 * count(*)), 2) as ikm, round(avg(a1), 2) as nrr1 from survey_response where unit_id = ? "
                + "and served_at >= ? and served_at < ?", unitId, Timestamp.from(from.atStartOfDay(ZONE).toInstant()),
                Timestamp.from(to.atStartOfDay(ZONE).toInstant()));
        assertThat(row.get("responses").asLong()).isEqualTo(((Number) expected.get("n")).longValue());
        assertThat(row.get("ikm").decimalValue()).isEqualByComparingTo((BigDecimal) expected.get("ikm"));
        assertThat(row.get("nrr").get(0).get("nrr").decimalValue()).isEqualByComparingTo((BigDecimal) expected.get("nrr1"));
        log("unit %d %s..%s: %s responses, IKM %s (report) = %s (SQL)", unitId, from, to, row.get("responses"), row.get("ikm"),
                expected.get("ikm"));
    }

    private static JsonNode find(JsonNode rows, String period, String unitCode) {
        for (JsonNode row : rows) {
            if (row.get("period").asText().equals(period) && row.get("unitCode").asText().equals(unitCode)) {
                return row;
            }
        }
        throw new AssertionError("no row " + period + " " + unitCode);
    }

    /** Times the request; returns p95 in seconds. */
    private double measure(String what, String path, String user) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(get(path, user).statusCode()).isEqualTo(200);
        }
        TableStatistics.waitForPublication();
        Map<String, Long> before = TableStatistics.read(jdbc);
        long entriesBefore = indexEntriesRead();
        long[] nanos = new long[REQUESTS];
        for (int i = 0; i < REQUESTS; i++) {
            long t = System.nanoTime();
            HttpResponse<String> response = get(path, user);
            nanos[i] = System.nanoTime() - t;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        TableStatistics.waitForPublication();
        Map<String, Long> read = TableStatistics.difference(TableStatistics.read(jdbc), before);
        long rows = read.values().stream().mapToLong(Long::longValue).sum();
        long entries = (indexEntriesRead() - entriesBefore) / REQUESTS;
        String top = read.entrySet().stream().filter(e -> e.getValue() >= REQUESTS).sorted(Map.Entry.<String, Long>comparingByValue()
                .reversed()).limit(3).map(e -> e.getKey() + " " + e.getValue() / REQUESTS).collect(Collectors.joining(", "));
        Arrays.sort(nanos);
        double p95 = percentile(nanos, 95);
        report.add(String.format(Locale.ROOT, "  %-40s %9.3f %9.3f %9.3f %12d %14d  %s", what, percentile(nanos, 50), p95,
                nanos[nanos.length - 1] / 1e9, rows / REQUESTS, entries, top));
        log("%s: p50 %.3f s, p95 %.3f s", what, percentile(nanos, 50), p95);
        return p95;
    }

    /**
     * The SQL statements one BULAN report sends on survey_response (JdbcTemplate logs each at DEBUG, and its parameters
     * at TRACE), and PostgreSQL's plan of the first with its parameters written in: as the database runs it, and with
     * index scans switched off (a full scan of the table, as without ix_survey_response_served).
     */
    private void explain(String user) {
        List<ILoggingEvent> events = captured(() -> get("/api/reports/ikm?tahun=" + YEAR + "&per=BULAN", user),
                "org.springframework.jdbc.core.JdbcTemplate", "org.springframework.jdbc.core.StatementCreatorUtils");
        List<String> statements = new ArrayList<>();
        List<List<String>> parameters = new ArrayList<>();
        java.util.regex.Pattern statement = java.util.regex.Pattern.compile("(?s)Executing prepared SQL statement \\[(.*)]");
        java.util.regex.Pattern parameter = java.util.regex.Pattern.compile("parameter value \\[(.*?)], value class \\[(.*?)]");
        for (ILoggingEvent event : events) {
            java.util.regex.Matcher m = statement.matcher(event.getFormattedMessage());
            if (m.find()) {
                statements.add(m.group(1).replaceAll("\\s+", " ").trim());
                parameters.add(new ArrayList<>());
                continue;
            }
            m = parameter.matcher(event.getFormattedMessage());
            if (m.find() && !parameters.isEmpty()) {
                String type = m.group(2);
                parameters.get(parameters.size() - 1).add(type.contains("Time") || type.contains("Instant")
                        ? "'" + m.group(1) + "'::timestamptz" : type.contains("String") ? "'" + m.group(1) + "'" : m.group(1));
            }
        }
        List<Integer> onResponses = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).contains("survey_response")) {
                onResponses.add(i);
            }
        }
        assertThat(onResponses).as("statements on survey_response: " + statements).isNotEmpty();
        report.add(String.format(Locale.ROOT, "  statements on survey_response per BULAN report: %d", onResponses.size()));
        String sql = statements.get(onResponses.get(0));
        List<String> values = parameters.get(onResponses.get(0));
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            bound.append(c == '?' ? values.get(next++) : String.valueOf(c));
        }
        assertThat(next).as("parameters of " + sql).isEqualTo(values.size());
        System.out.println("[benchmark] SQL (first of " + onResponses.size() + "):\n  " + bound);
        for (boolean indexes : List.of(true, false)) {
            List<String> plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<List<String>>) connection -> {
                List<String> lines = new ArrayList<>();
                try (java.sql.Statement s = connection.createStatement()) {
                    if (!indexes) {
                        s.execute("set enable_indexscan = off; set enable_indexonlyscan = off; set enable_bitmapscan = off");
                    }
                    try (java.sql.ResultSet r = s.executeQuery("explain (analyze, buffers) " + bound)) {
                        while (r.next()) {
                            lines.add(r.getString(1));
                        }
                    } finally {
                        s.execute("reset enable_indexscan; reset enable_indexonlyscan; reset enable_bitmapscan");
                    }
                }
                return lines;
            });
            String label = indexes ? "plan" : "plan, index scans off";
            System.out.println("[benchmark] " + label + ":\n  " + String.join("\n  ", plan));
            report.add("  " + label + ": " + plan.stream().filter(l -> l.contains("Scan on") || l.contains("Scan using")).map(String::trim)
                    .limit(1).collect(Collectors.joining()) + "; " + plan.get(plan.size() - 1).trim());
        }
    }

    /** The log events of the given loggers (at TRACE) while {@code action} runs. */
    private static List<ILoggingEvent> captured(Runnable action, String... loggers) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        List<Level> levels = new ArrayList<>();
        for (String name : loggers) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            levels.add(logger.getLevel());
            logger.addAppender(appender);
            logger.setLevel(Level.TRACE);
        }
        try {
            action.run();
        } finally {
            for (int i = 0; i < loggers.length; i++) {
                Logger logger = (Logger) LoggerFactory.getLogger(loggers[i]);
                logger.setLevel(levels.get(i));
                logger.detachAppender(appender);
            }
        }
        return appender.list;
    }

    private HttpResponse<String> get(String path, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("GET " + path, e);
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e9;
    }

    /**
     * Index entries read on survey_response so far (pg_stat_user_indexes): an index-only scan reads entries but no
     * table rows, so the rows-read figure alone would miss it.
     */
    private long indexEntriesRead() {
        return jdbc.queryForObject("select coalesce(sum(idx_tup_read), 0) from pg_stat_user_indexes where relname = 'survey_response'",
                Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String size(String expression) {
        return jdbc.queryForObject("select pg_size_pretty(" + expression + ")", String.class);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }
}

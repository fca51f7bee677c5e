package org.kinerja.feedback;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's IKM report (PermenPANRB 14/2017): for each period of a year (the year, its quarters or its months) and each
 * unit that received responses, the nine NRR values, the IKM and the grade, plus the whole organisation. A response
 * belongs to the period of the service date and to the unit on its ticket. Computed by the database as sums per period
 * and unit in one statement, so the report costs one pass over the year's responses whatever the granularity.
 */
@Service
@Transactional(readOnly = true)
public class IkmReportService {

    /** The unit code of the row that sums all units. */
    public static final String ALL_UNITS = "SEMUA";
    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /** How a year is divided. */
    public enum Granularity {
        TAHUN("Tahunan"), TRIWULAN("Triwulanan"), BULAN("Bulanan");

        private final String label;

        Granularity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        List<Period> periodsOf(int year) {
            List<Period> periods = new ArrayList<>();
            switch (this) {
                case TAHUN -> periods.add(new Period("Tahun " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
                case TRIWULAN -> {
                    String[] roman = {"I", "II", "III", "IV"};
                    for (int q = 0; q < 4; q++) {
                        LocalDate from = LocalDate.of(year, 3 * q + 1, 1);
                        periods.add(new Period("Triwulan " + roman[q] + " " + year, from, from.plusMonths(3).minusDays(1)));
                    }
                }
                case BULAN -> {
                    for (Month month : Month.values()) {
                        LocalDate from = LocalDate.of(year, month, 1);
                        String name = month.getDisplayName(TextStyle.FULL, INDONESIAN);
                        periods.add(new Period(name + " " + year, from, from.plusMonths(1).minusDays(1)));
                    }
                }
                default -> throw new IllegalStateException(name());
            }
            return periods;
        }
    }

    /** A period of the report; both days inclusive, in Asia/Jakarta. */
    public record Period(String label, LocalDate from, LocalDate to) {
    }

    /** One unit (or {@link #ALL_UNITS}) in one period. */
    public record Row(Period period, String unitCode, String unitName, IkmResult result) {
    }

    public record Report(int year, Granularity granularity, List<Period> periods, List<Row> rows) {

        public List<Row> rowsOf(Period period) {
            return rows.stream().filter(r -> r.period().equals(period)).toList();
        }
    }

    /** One unit's IKM in a year (or the units of a scope together, with {@link #ALL_UNITS} as its code and no id). */
    public record UnitIkm(Long unitId, String unitCode, String unitName, int responses, BigDecimal ikm, String grade, String gradeLabel) {

        static UnitIkm of(Long unitId, String code, String name, IkmResult result) {
            return new UnitIkm(unitId, code, name, result.responses(), result.ikm(), result.grade().name(), result.grade().label());
        }
    }

    /** The IKM of each unit of a scope that received responses in a year, by unit code, and of the scope together (null when none). */
    public record ScopeIkm(int year, List<UnitIkm> units, UnitIkm total) {
    }

    private final JdbcTemplate jdbc;
    private final OrganizationDirectory organization;

    IkmReportService(JdbcTemplate jdbc, OrganizationDirectory organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    public Report report(int year, Granularity granularity) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Tahun laporan harus antara 2000 dan 2100.");
        }
        List<Period> periods = granularity.periodsOf(year);
        List<List<Row>> unitRows = new ArrayList<>();
        long[] allCounts = new long[periods.size()];
        long[][] allSums = new long[periods.size()][IkmElement.values().length];
        for (int p = 0; p < periods.size(); p++) {
            unitRows.add(new ArrayList<>());
        }
        Map<Long, UnitRef> units = new HashMap<>();
        jdbc.query(sumsSql(periods.size()), (ResultSet row) -> {
            int p = row.getInt(1);
            long unitId = row.getLong(2);
            long count = row.getLong(3);
            long[] elementSums = new long[IkmElement.values().length];
            for (int e = 0; e < elementSums.length; e++) {
                elementSums[e] = row.getLong(4 + e);
                allSums[p][e] += elementSums[e];
            }
            allCounts[p] += count;
            UnitRef unit = units.computeIfAbsent(unitId, id -> organization.unit(id).orElseThrow());
            unitRows.get(p).add(new Row(periods.get(p), unit.code(), unit.name(), IkmCalculator.fromSums(count, elementSums)));
        }, bounds(periods));
        List<Row> rows = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            List<Row> ofPeriod = unitRows.get(p);
            ofPeriod.sort(Comparator.comparing(Row::unitCode));
            rows.addAll(ofPeriod);
            if (allCounts[p] > 0) {
                rows.add(new Row(periods.get(p), ALL_UNITS, "Seluruh unit layanan", IkmCalculator.fromSums(allCounts[p], allSums[p])));
            }
        }
        return new Report(year, granularity, periods, rows);
    }

    /**
     * The year's IKM of each unit in {@code scope} (the units by id) and of the scope's units together (for HR's dashboard): the same one
     * aggregate statement as {@link #report} for the whole year, the units outside the scope left out afterwards.
     */
    public ScopeIkm ofYear(int year, Map<Long, UnitRef> scope) {
        Period whole = Granularity.TAHUN.periodsOf(year).get(0);
        List<UnitIkm> units = new ArrayList<>();
        long[] count = new long[1];
        long[] sums = new long[IkmElement.values().length];
        jdbc.query(sumsSql(1), (ResultSet row) -> {
            long unitId = row.getLong(2);
            UnitRef unit = scope.get(unitId);
            if (unit == null) {
                return;
            }
            long n = row.getLong(3);
            long[] elementSums = new long[sums.length];
            for (int e = 0; e < sums.length; e++) {
                elementSums[e] = row.getLong(4 + e);
                sums[e] += elementSums[e];
            }
            count[0] += n;
            units.add(UnitIkm.of(unitId, unit.code(), unit.name(), IkmCalculator.fromSums(n, elementSums)));
        }, bounds(List.of(whole)));
        units.sort(Comparator.comparing(UnitIkm::unitCode));
        UnitIkm total = count[0] == 0 ? null : UnitIkm.of(null, ALL_UNITS, "Seluruh unit", IkmCalculator.fromSums(count[0], sums));
        return new ScopeIkm(year, List.copyOf(units), total);
    }

    /**
     * One statement for the whole report: for each period (its index) and unit, the number of responses and the sum of
     * each element's answers, as one aggregate per period joined by {@code union all}. Each part reads only its
     * period's entries of ix_survey_response_served (V18), which holds every column it needs, and groups them by unit
     * (a few hundred groups, in memory). A single {@code group by} over a computed period was tried and dropped: the
     * database cannot estimate how many groups such an expression gives, expected hundreds of thousands, and sorted a
     * million rows on disk instead (IkmReportAtScaleBenchmark).
     */
    static String sumsSql(int periods) {
        StringBuilder sql = new StringBuilder();
        for (int p = 0; p < periods; p++) {
            if (p > 0) {
                sql.append(" union all ");
            }
            sql.append("select ").append(p).append(p == 0 ? " as period_index" : "").append(", unit_id, count(*), sum(a1), sum(a2), ")
                    .append("sum(a3), sum(a4), sum(a5), sum(a6), sum(a7), sum(a8), sum(a9) from survey_response ")
                    .append("where served_at >= ? and served_at < ? group by unit_id");
        }
        return sql.toString();
    }

    /** The parameters of {@link #sumsSql}: each period's first instant and the first instant after it. */
    private static Object[] bounds(List<Period> periods) {
        List<Object> bounds = new ArrayList<>();
        for (Period period : periods) {
            bounds.add(start(period.from()));
            bounds.add(start(period.to().plusDays(1)));
        }
        return bounds.toArray();
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(SurveyService.ZONE).toOffsetDateTime();
    }
}

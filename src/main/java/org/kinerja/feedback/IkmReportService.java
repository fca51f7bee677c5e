package org.kinerja.feedback;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's IKM report (PermenPANRB 14/2017): for each period of a year (the year, its quarters or its months) and each
 * unit that received responses, the nine NRR values, the IKM and the grade, plus the whole organisation. A response
 * belongs to the period of the service date and to the unit on its ticket. Computed by the database as sums per unit,
 * so the report costs one query per period whatever the number of responses.
 */
@Service
@Transactional(readOnly = true)
class IkmReportService {

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

    private final SurveyResponseRepository responses;
    private final OrganizationDirectory organization;

    IkmReportService(SurveyResponseRepository responses, OrganizationDirectory organization) {
        this.responses = responses;
        this.organization = organization;
    }

    public Report report(int year, Granularity granularity) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Tahun laporan harus antara 2000 dan 2100.");
        }
        List<Period> periods = granularity.periodsOf(year);
        List<Row> rows = new ArrayList<>();
        Map<Long, UnitRef> units = new HashMap<>();
        for (Period period : periods) {
            List<Object[]> sums = responses.sumsByUnit(period.from().atStartOfDay(SurveyService.ZONE).toInstant(),
                    period.to().plusDays(1).atStartOfDay(SurveyService.ZONE).toInstant());
            long allCount = 0;
            long[] allSums = new long[IkmElement.values().length];
            List<Row> unitRows = new ArrayList<>();
            for (Object[] row : sums) {
                long unitId = ((Number) row[0]).longValue();
                long count = ((Number) row[1]).longValue();
                long[] elementSums = new long[allSums.length];
                for (int e = 0; e < allSums.length; e++) {
                    elementSums[e] = ((Number) row[2 + e]).longValue();
                    allSums[e] += elementSums[e];
                }
                allCount += count;
                UnitRef unit = units.computeIfAbsent(unitId, id -> organization.unit(id).orElseThrow());
                unitRows.add(new Row(period, unit.code(), unit.name(), IkmCalculator.fromSums(count, elementSums)));
            }
            unitRows.sort(Comparator.comparing(Row::unitCode));
            rows.addAll(unitRows);
            if (allCount > 0) {
                rows.add(new Row(period, ALL_UNITS, "Seluruh unit layanan", IkmCalculator.fromSums(allCount, allSums)));
            }
        }
        return new Report(year, granularity, periods, rows);
    }
}

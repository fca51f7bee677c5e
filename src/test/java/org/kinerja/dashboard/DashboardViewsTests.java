package org.kinerja.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kinerja.calibration.CalibrationQueries.BoundView;
import org.kinerja.calibration.CalibrationQueries.CycleDistribution;
import org.kinerja.calibration.CalibrationQueries.UnitDistribution;
import org.kinerja.calibration.CalibrationQueries.UnitDistributions;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.feedback.IkmReportService.ScopeIkm;
import org.kinerja.feedback.IkmReportService.UnitIkm;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.scoring.Predikat;

/** The dashboard's tables, charts and CSV from given aggregates: no database. */
class DashboardViewsTests {

    static final UnitRef ROOT = new UnitRef(1, "DINAS", "Dinas Contoh", null, null);
    static final UnitRef A = new UnitRef(2, "BID-A", "Bidang A", null, 1L);
    static final UnitRef A1 = new UnitRef(3, "SEK-A1", "Seksi A1", null, 2L);
    static final UnitRef B = new UnitRef(4, "BID-B", "=HYPERLINK(\"x\")", null, 1L);
    static final CycleSettings CYCLE = new CycleSettings(7, "Penilaian Kinerja", 2026, 1, null, "P3D", "P7D", null, 1252, null,
            Instant.parse("2026-01-02T01:00:00Z"));

    static int[] phases(int... pairs) {
        int[] counts = new int[Phase.values().length];
        for (int i = 0; i < pairs.length; i += 2) {
            counts[pairs[i]] = pairs[i + 1];
        }
        return counts;
    }

    static Map<Predikat, Integer> counts(int sangatBaik, int baik, int butuh, int kurang, int sangatKurang) {
        Map<Predikat, Integer> m = new EnumMap<>(Predikat.class);
        m.put(Predikat.SANGAT_BAIK, sangatBaik);
        m.put(Predikat.BAIK, baik);
        m.put(Predikat.BUTUH_PERBAIKAN, butuh);
        m.put(Predikat.KURANG, kurang);
        m.put(Predikat.SANGAT_KURANG, sangatKurang);
        return m;
    }

    static final BoundView AT_MOST_TOP = new BoundView("Paling banyak 20% pegawai berpredikat Sangat Baik", Set.of(Predikat.SANGAT_BAIK), true,
            0, 0, true);

    static DashboardData data(UnitRef filter) {
        Map<Long, UnitRef> units = OrganizationDirectory.subtree(List.of(ROOT, A, A1, B), 1);
        Map<Long, UnitRef> scope = filter == null ? units : OrganizationDirectory.subtree(List.of(ROOT, A, A1, B), filter.id());
        Map<Long, int[]> phases = Map.of(2L, phases(Phase.DRAFTING.ordinal(), 1000, Phase.REPORTING.ordinal(), 200),
                3L, phases(Phase.CONCLUDED.ordinal(), 2), 4L, phases(Phase.NOT_STARTED.ordinal(), 50));
        Map<Long, DashboardQueries.TaskCounts> tasks = Map.of(2L, new DashboardQueries.TaskCounts(1300, 12, 40),
                4L, new DashboardQueries.TaskCounts(0, 0, 1));
        UnitDistribution a = new UnitDistribution(2, "Bidang A", 10, counts(5, 5, 0, 0, 0),
                List.of(new BoundView("Paling banyak 20% pegawai berpredikat Sangat Baik", Set.of(Predikat.SANGAT_BAIK), true, 2, 5, false)));
        UnitDistribution a1 = new UnitDistribution(3, "Seksi A1", 1, counts(0, 1, 0, 0, 0),
                List.of(new BoundView("Paling banyak 20% pegawai berpredikat Sangat Baik", Set.of(Predikat.SANGAT_BAIK), true, -1, 0, true)));
        UnitDistribution b = new UnitDistribution(4, "=HYPERLINK(\"x\")", 4, counts(0, 4, 0, 0, 0),
                List.of(new BoundView("Paling banyak 20% pegawai berpredikat Sangat Baik", Set.of(Predikat.SANGAT_BAIK), true, 0, 0, true)));
        UnitDistributions distribution = new UnitDistributions("CALIBRATING", 15, counts(5, 10, 0, 0, 0),
                List.of(new BoundView("Paling banyak 20% pegawai berpredikat Sangat Baik", Set.of(Predikat.SANGAT_BAIK), true, 3, 5, false)),
                List.of(a, a1, b));
        ScopeIkm ikm = new ScopeIkm(2026, List.of(new UnitIkm(2L, "BID-A", "Bidang A", 12, new BigDecimal("87.5"), "B", "Baik")),
                new UnitIkm(null, "SEMUA", "Seluruh unit", 12, new BigDecimal("87.5"), "B", "Baik"));
        CycleSettings before = new CycleSettings(3, "Penilaian Kinerja", 2025, 1, null, "P3D", "P7D", null, 10, null, Instant.EPOCH);
        List<DashboardData.TrendPoint> trend = List.of(
                new DashboardData.TrendPoint(before, new CycleDistribution(3, 8, counts(2, 6, 0, 0, 0), new BigDecimal("101.25"),
                        new BigDecimal("4.10")), null),
                new DashboardData.TrendPoint(CYCLE, null, ikm.total()));
        return new DashboardData(CYCLE, units, filter, scope, phases, tasks, Optional.of(distribution), ikm, trend,
                Instant.parse("2026-12-13T03:15:00Z"));
    }

    static List<String> texts(List<Table.Cell> row) {
        return row.stream().map(Table.Cell::text).toList();
    }

    static List<String> csv(List<Table.Cell> row) {
        return row.stream().map(Table.Cell::csv).toList();
    }

    @Test
    void shouldCountEveryParticipantOnceByStageWithPercentagesAndATotal() {
        Dashboard dashboard = DashboardViews.build(data(null));
        assertThat(dashboard.participants()).isEqualTo(1252);
        assertThat(dashboard.participantsText()).isEqualTo("1.252 peserta");
        assertThat(dashboard.updated()).isEqualTo("13 Desember 2026 10:15 WIB");
        assertThat(dashboard.cycleTitle()).isEqualTo("Penilaian Kinerja 2026");
        Table phases = dashboard.table("fase");
        assertThat(texts(phases.rows().get(Phase.DRAFTING.ordinal()))).containsExactly("Menyusun target SKP", "1.000", "79,87%");
        assertThat(csv(phases.rows().get(Phase.DRAFTING.ordinal()))).containsExactly("Menyusun target SKP", "1000", "79.87");
        assertThat(texts(phases.rows().get(phases.rows().size() - 1))).containsExactly("Jumlah", "1.252", "100,00%");
        assertThat(phases.total()).isTrue();
        assertThat(dashboard.charts().phaseCounts()).containsExactly(50, 1000, 0, 200, 0, 0, 0, 0, 2);
    }

    @Test
    void shouldListTheUnitsOfTheScopeOnlyWhenFiltered() {
        Dashboard dashboard = DashboardViews.build(data(A));
        assertThat(dashboard.participants()).isEqualTo(1202);
        assertThat(dashboard.table("kemajuan").rows()).extracting(r -> r.get(0).text()).containsExactly("BID-A", "SEK-A1", "SEMUA");
        assertThat(texts(dashboard.table("kemajuan").rows().get(1))).containsExactly("SEK-A1", "Seksi A1", "2", "0", "0", "0", "0", "0", "0",
                "0", "0", "2", "100,00%");
        assertThat(dashboard.table("tugas").rows()).extracting(DashboardViewsTests::texts).containsExactly(
                List.of("BID-A", "Bidang A", "1.300", "12", "40"), List.of("SEK-A1", "Seksi A1", "0", "0", "0"),
                List.of("SEMUA", "Jumlah", "1.300", "12", "40"));
        Table predikat = dashboard.table("predikat");
        assertThat(predikat.rows()).extracting(r -> r.get(1).text()).containsExactly("Bidang A", "Seksi A1", "Jumlah");
        assertThat(texts(predikat.rows().get(2)).subList(2, 8)).as("a subtree is no calibration group: no bound check")
                .containsExactly("11", "5", "6", "0", "0", "0");
        assertThat(predikat.rows().get(2).get(8).text()).isEmpty();
    }

    @Test
    void shouldHoldEachUnitToTheBoundsAndSayWhichItBreaks() {
        Table predikat = DashboardViews.build(data(null)).table("predikat");
        assertThat(texts(predikat.rows().get(0)).subList(8, 10)).containsExactly("Tidak",
                "Paling banyak 20% pegawai berpredikat Sangat Baik: 5 pegawai, batas 2");
        assertThat(csv(predikat.rows().get(0)).get(8)).isEqualTo("tidak");
        assertThat(texts(predikat.rows().get(1)).subList(8, 10)).containsExactly("–", DashboardViews.BOUNDS_NOT_APPLICABLE);
        assertThat(texts(predikat.rows().get(2)).subList(8, 10)).containsExactly("Ya", DashboardViews.BOUNDS_MET);
        assertThat(texts(predikat.rows().get(3))).startsWith("SEMUA", "Jumlah", "15", "5", "10").contains("Tidak");
        Table bounds = DashboardViews.build(data(null)).table("batas");
        assertThat(texts(bounds.rows().get(0))).containsExactly("Paling banyak 20% pegawai berpredikat Sangat Baik", "5", "3", "dilanggar");
    }

    @Test
    void shouldSayWhenThereIsNoCalibrationYet() {
        DashboardData d = data(null);
        DashboardData none = new DashboardData(d.cycle(), d.units(), null, d.scope(), d.phases(), d.tasks(), Optional.empty(), d.ikm(), d.trend(),
                d.at());
        Table predikat = DashboardViews.build(none).table("predikat");
        assertThat(predikat.rows()).isEmpty();
        assertThat(predikat.note()).isEqualTo(DashboardViews.NO_CALIBRATION);
        assertThat(DashboardViews.build(none).charts().predikatUnits()).isEmpty();
    }

    @Test
    void shouldShowTheIkmAndTheTrendAcrossCycles() {
        Dashboard dashboard = DashboardViews.build(data(null));
        assertThat(dashboard.table("ikm").rows()).extracting(DashboardViewsTests::texts).containsExactly(
                List.of("BID-A", "Bidang A", "12", "87,50", "B (Baik)"), List.of("SEMUA", "Jumlah", "12", "87,50", "B (Baik)"));
        Table trend = dashboard.table("tren");
        assertThat(texts(trend.rows().get(0))).containsExactly("2025", "Penilaian Kinerja 2025", "8", "101,25", "4,10", "25,00%", "75,00%",
                "0,00%", "0,00%", "0,00%", "–");
        assertThat(csv(trend.rows().get(1))).containsExactly("2026", "Penilaian Kinerja 2026", "0", "", "", "", "", "", "", "", "87.50");
        assertThat(dashboard.charts().trendLabels()).containsExactly("2025", "2026");
        assertThat(dashboard.charts().trendWorkResult()).containsExactly(new BigDecimal("101.25"), null);
    }

    @Test
    void shouldWriteMachineReadableCsvWithTheTablesRows() throws Exception {
        Table tasks = DashboardViews.build(data(null)).table("tugas");
        StringWriter out = new StringWriter();
        DashboardCsv.write(tasks, out);
        assertThat(out.toString()).startsWith("\uFEFFkode_unit,nama_unit,tugas_terbuka,terlambat,eskalasi\r\n");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(out.toString().substring(1))).getRecords();
        assertThat(records).hasSize(tasks.rows().size());
        assertThat(records.get(0).toList()).containsExactly("BID-A", "Bidang A", "1300", "12", "40");
        assertThat(records.get(1).get("nama_unit")).as("a formula stays text").isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(3).toList()).containsExactly("SEMUA", "Jumlah", "1300", "12", "41");
    }

    @Test
    void shouldFormatNumbersForPeopleAndForMachines() {
        assertThat(DashboardViews.count(1250)).isEqualTo(new Table.Cell("1.250", "1250"));
        assertThat(DashboardViews.decimal(new BigDecimal("1250"))).isEqualTo(new Table.Cell("1.250,00", "1250.00"));
        assertThat(DashboardViews.percent(1, 3)).isEqualTo(new Table.Cell("33,33%", "33.33"));
        assertThat(DashboardViews.percent(0, 0)).isEqualTo(new Table.Cell("–", ""));
    }

    @Test
    void shouldPlaceEachParticipantInOneStage() {
        assertThat(Phase.of(null, false, false)).isEqualTo(Phase.NOT_STARTED);
        assertThat(Phase.of("IN_REVIEW", false, false)).isEqualTo(Phase.IN_REVIEW);
        assertThat(Phase.of("SCORED", true, false)).isEqualTo(Phase.PUBLISHED);
        assertThat(Phase.of("SCORED", true, true)).isEqualTo(Phase.CONCLUDED);
        assertThatThrownBy(() -> Phase.of("PUBLISHED", false, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Phase.of("UNKNOWN", false, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseATableWhoseRowsDoNotFitItsColumns() {
        assertThatThrownBy(() -> new Table("x", "X", "", List.of(new Table.Column("A", "a", false)),
                List.of(List.of(Table.Cell.text("1"), Table.Cell.text("2"))), false)).isInstanceOf(IllegalArgumentException.class);
    }
}

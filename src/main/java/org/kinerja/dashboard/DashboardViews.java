package org.kinerja.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kinerja.calibration.CalibrationQueries.BoundView;
import org.kinerja.calibration.CalibrationQueries.UnitDistribution;
import org.kinerja.calibration.CalibrationQueries.UnitDistributions;
import org.kinerja.feedback.IkmReportService.UnitIkm;
import org.kinerja.organization.UnitRef;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.IndonesianFormat;

/**
 * Pure functions from the aggregates ({@link DashboardData}) to what the page, its JSON and the CSV files show: the
 * tables (text in Indonesian format, CSV values machine-readable: whole numbers plain, decimals with a point and two
 * decimals, percentages as numbers of percent) and the charts' data.
 */
final class DashboardViews {

    /** The code of the row that sums the rows above it. */
    static final String TOTAL_CODE = "SEMUA";
    static final String TOTAL_NAME = "Jumlah";
    /** The charts by unit show at most this many units: those with the most employees. */
    static final int CHART_UNITS = 20;
    static final String NO_CALIBRATION = "Belum ada kalibrasi untuk siklus ini: distribusi predikat tersedia setelah usulan distribusi.";
    static final String NO_BOUNDS = "Batas belum ditetapkan";
    static final String BOUNDS_MET = "Memenuhi semua batas";
    static final String BOUNDS_NOT_APPLICABLE = "Batas tidak berlaku (kurang dari 2 pegawai)";

    private static final Table.Column CODE = new Table.Column("Kode", "kode_unit", false);
    private static final Table.Column UNIT = new Table.Column("Unit", "nama_unit", false);

    private DashboardViews() {
    }

    static Dashboard build(DashboardData data) {
        List<UnitRef> rowsUnits = unitsWithParticipants(data);
        int participants = rowsUnits.stream().mapToInt(u -> sum(data.phases().get(u.id()))).sum();
        List<Table> tables = List.of(phases(data, rowsUnits, participants), progress(data, rowsUnits), tasks(data, rowsUnits),
                predikat(data), bounds(data), ikm(data), trend(data));
        String scopeName = data.filter() == null ? "Semua unit" : data.filter().name();
        return new Dashboard(data.cycle().id(), IndonesianFormat.cycleName(data.cycle().name(), data.cycle().year()),
                data.filter() == null ? null : data.filter().id(), scopeName, IndonesianFormat.dateTime(data.at()), participants,
                IndonesianFormat.plain(BigDecimal.valueOf(participants)) + " peserta", tables,
                charts(data, rowsUnits, tables));
    }

    /** The units of the scope with at least one participant, by code. */
    static List<UnitRef> unitsWithParticipants(DashboardData data) {
        return data.phases().keySet().stream().map(data.scope()::get).filter(u -> u != null)
                .sorted(Comparator.comparing(UnitRef::code)).toList();
    }

    static Table phases(DashboardData data, List<UnitRef> units, int participants) {
        int[] totals = new int[Phase.values().length];
        for (UnitRef unit : units) {
            int[] counts = data.phases().get(unit.id());
            for (int p = 0; p < totals.length; p++) {
                totals[p] += counts[p];
            }
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (Phase phase : Phase.values()) {
            rows.add(List.of(Table.Cell.text(phase.label()), count(totals[phase.ordinal()]), percent(totals[phase.ordinal()], participants)));
        }
        rows.add(List.of(Table.Cell.text(TOTAL_NAME), count(participants), percent(participants, participants)));
        return new Table("fase", "Kemajuan per tahap", "Peserta siklus menurut tahap yang sedang dijalani.",
                List.of(new Table.Column("Tahap", "tahap", false), new Table.Column("Jumlah pegawai", "jumlah_pegawai", true),
                        new Table.Column("Persentase", "persen", true)), rows, true);
    }

    static Table progress(DashboardData data, List<UnitRef> units) {
        List<Table.Column> columns = new ArrayList<>(List.of(CODE, UNIT, new Table.Column("Peserta", "peserta", true)));
        for (Phase phase : Phase.values()) {
            columns.add(new Table.Column(phase.label(), phase.name().toLowerCase(java.util.Locale.ROOT), true));
        }
        columns.add(new Table.Column("Selesai (%)", "persen_selesai", true));
        List<List<Table.Cell>> rows = new ArrayList<>();
        int[] totals = new int[Phase.values().length];
        for (UnitRef unit : units) {
            int[] counts = data.phases().get(unit.id());
            rows.add(progressRow(unit.code(), unit.name(), counts));
            for (int p = 0; p < totals.length; p++) {
                totals[p] += counts[p];
            }
        }
        rows.add(progressRow(TOTAL_CODE, TOTAL_NAME, totals));
        return new Table("kemajuan", "Kemajuan per unit", "Jumlah pegawai per tahap di setiap unit (unit pegawai saat ini).", columns, rows,
                true);
    }

    private static List<Table.Cell> progressRow(String code, String name, int[] counts) {
        int n = sum(counts);
        List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.text(code), Table.Cell.text(name), count(n)));
        for (int c : counts) {
            row.add(count(c));
        }
        row.add(percent(counts[Phase.CONCLUDED.ordinal()], n));
        return row;
    }

    static Table tasks(DashboardData data, List<UnitRef> units) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        DashboardQueries.TaskCounts total = new DashboardQueries.TaskCounts(0, 0, 0);
        for (UnitRef unit : units) {
            DashboardQueries.TaskCounts t = data.tasks().getOrDefault(unit.id(), new DashboardQueries.TaskCounts(0, 0, 0));
            rows.add(List.of(Table.Cell.text(unit.code()), Table.Cell.text(unit.name()), count(t.open()), count(t.overdue()), count(t.escalated())));
            total = total.plus(t);
        }
        rows.add(List.of(Table.Cell.text(TOTAL_CODE), Table.Cell.text(TOTAL_NAME), count(total.open()), count(total.overdue()),
                count(total.escalated())));
        return new Table("tugas", "Tugas terlambat dan eskalasi", "Tugas penilaian dan tindak lanjut pegawai unit itu (termasuk tugas atasan "
                + "dan rekan kerja atas penilaian mereka). Terlambat: masih terbuka dan melewati batas waktunya. Eskalasi: tugas yang "
                + "melewati batas waktunya sebelum diselesaikan, sehingga dilaporkan kepada atasan (atau BKPSDM).",
                List.of(CODE, UNIT, new Table.Column("Tugas terbuka", "tugas_terbuka", true), new Table.Column("Terlambat", "terlambat", true),
                        new Table.Column("Eskalasi", "eskalasi", true)), rows, true);
    }

    static Table predikat(DashboardData data) {
        List<Table.Column> columns = new ArrayList<>(List.of(CODE, UNIT, new Table.Column("Pegawai", "pegawai", true)));
        for (Predikat p : Predikat.values()) {
            columns.add(new Table.Column(p.label(), p.name().toLowerCase(java.util.Locale.ROOT), true));
        }
        columns.add(new Table.Column("Sesuai batas", "sesuai_batas", false));
        columns.add(new Table.Column("Keterangan batas", "keterangan_batas", false));
        List<List<Table.Cell>> rows = new ArrayList<>();
        if (data.distribution().isEmpty()) {
            return new Table("predikat", "Distribusi predikat per unit", NO_CALIBRATION, columns, rows, false);
        }
        UnitDistributions distribution = data.distribution().get();
        int[] totals = new int[Predikat.values().length];
        for (UnitDistribution unit : unitsOfScope(data)) {
            UnitRef ref = data.units().get(unit.unitId());
            rows.add(predikatRow(ref == null ? "" : ref.code(), unit.unitName(), unit.counts(), unit.employees(), unit.bounds()));
            for (Predikat p : Predikat.values()) {
                totals[p.ordinal()] += unit.counts().getOrDefault(p, 0);
            }
        }
        Map<Predikat, Integer> totalCounts = new java.util.EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            totalCounts.put(p, totals[p.ordinal()]);
        }
        int n = java.util.Arrays.stream(totals).sum();
        // the whole group's bounds are the calibration's own; a unit's subtree is no calibration group
        rows.add(predikatRow(TOTAL_CODE, TOTAL_NAME, totalCounts, n, data.filter() == null ? distribution.bounds() : null));
        return new Table("predikat", "Distribusi predikat per unit", "Predikat akhir kalibrasi (" + status(distribution.status())
                + "). Setiap unit dibandingkan dengan batas kurva distribusi kalibrasi seolah-olah satu kelompok; kelompok kalibrasi "
                + "sendiri adalah seluruh pegawai siklus.", columns, rows, true);
    }

    private static List<UnitDistribution> unitsOfScope(DashboardData data) {
        return data.distribution().map(d -> d.units().stream().filter(u -> data.scope().containsKey(u.unitId())).toList()).orElse(List.of());
    }

    private static List<Table.Cell> predikatRow(String code, String name, Map<Predikat, Integer> counts, int n, List<BoundView> bounds) {
        List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.text(code), Table.Cell.text(name), count(n)));
        for (Predikat p : Predikat.values()) {
            row.add(count(counts.getOrDefault(p, 0)));
        }
        if (bounds == null) {
            row.add(Table.Cell.text(""));
            row.add(Table.Cell.text(""));
        } else if (bounds.isEmpty()) {
            row.add(new Table.Cell("–", ""));
            row.add(Table.Cell.text(NO_BOUNDS));
        } else if (n < 2) {
            row.add(new Table.Cell("–", ""));
            row.add(Table.Cell.text(BOUNDS_NOT_APPLICABLE));
        } else {
            List<BoundView> broken = bounds.stream().filter(b -> !b.met()).toList();
            row.add(broken.isEmpty() ? new Table.Cell("Ya", "ya") : new Table.Cell("Tidak", "tidak"));
            row.add(Table.Cell.text(broken.isEmpty() ? BOUNDS_MET : broken.stream().map(DashboardViews::violation).collect(Collectors.joining("; "))));
        }
        return row;
    }

    /** E.g. "Paling banyak 10% pegawai berpredikat Sangat Baik: 3 pegawai, batas 1". */
    static String violation(BoundView bound) {
        return bound.description() + ": " + bound.actual() + " pegawai, batas " + bound.limit();
    }

    static Table bounds(DashboardData data) {
        List<Table.Column> columns = List.of(new Table.Column("Batas", "batas", false), new Table.Column("Jumlah pegawai", "jumlah_pegawai", true),
                new Table.Column("Batas (pegawai)", "batas_pegawai", true), new Table.Column("Status", "status", false));
        List<List<Table.Cell>> rows = new ArrayList<>();
        String note = NO_CALIBRATION;
        if (data.distribution().isPresent()) {
            UnitDistributions d = data.distribution().get();
            note = d.bounds().isEmpty() ? NO_BOUNDS + "." : "Batas kurva distribusi yang ditetapkan pada usulan distribusi, untuk kelompok "
                    + "kalibrasi (" + IndonesianFormat.plain(BigDecimal.valueOf(d.total())) + " pegawai).";
            for (BoundView b : d.bounds()) {
                rows.add(List.of(Table.Cell.text(b.description()), count(b.actual()),
                        b.limit() < 0 ? new Table.Cell("tidak berlaku", "") : count(b.limit()),
                        b.met() ? new Table.Cell("terpenuhi", "terpenuhi") : new Table.Cell("dilanggar", "dilanggar")));
            }
        }
        return new Table("batas", "Batas kurva distribusi", note, columns, rows, false);
    }

    static Table ikm(DashboardData data) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (UnitIkm unit : data.ikm().units()) {
            rows.add(ikmRow(unit.unitCode(), unit.unitName(), unit));
        }
        if (data.ikm().total() != null) {
            rows.add(ikmRow(TOTAL_CODE, TOTAL_NAME, data.ikm().total()));
        }
        return new Table("ikm", "Indeks Kepuasan Masyarakat (IKM) per unit", "Tahun " + data.ikm().year()
                + "; respons survei menurut unit pada tiket layanan (seperti Laporan IKM).",
                List.of(CODE, UNIT, new Table.Column("Responden", "jumlah_responden", true), new Table.Column("IKM", "ikm", true),
                        new Table.Column("Mutu pelayanan", "mutu", false)), rows, data.ikm().total() != null);
    }

    private static List<Table.Cell> ikmRow(String code, String name, UnitIkm ikm) {
        return List.of(Table.Cell.text(code), Table.Cell.text(name), count(ikm.responses()), decimal(ikm.ikm()),
                new Table.Cell(ikm.grade() + " (" + ikm.gradeLabel() + ")", ikm.grade()));
    }

    static Table trend(DashboardData data) {
        List<Table.Column> columns = new ArrayList<>(List.of(new Table.Column("Tahun", "tahun", true), new Table.Column("Siklus", "siklus", false),
                new Table.Column("Pegawai dinilai", "pegawai_dinilai", true), new Table.Column("Rata-rata hasil kerja", "rata_rata_hasil_kerja", true),
                new Table.Column("Rata-rata perilaku", "rata_rata_perilaku", true)));
        for (Predikat p : Predikat.values()) {
            columns.add(new Table.Column(p.label() + " (%)", "persen_" + p.name().toLowerCase(java.util.Locale.ROOT), true));
        }
        columns.add(new Table.Column("IKM", "ikm", true));
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (DashboardData.TrendPoint point : data.trend()) {
            List<Table.Cell> row = new ArrayList<>(List.of(new Table.Cell(Integer.toString(point.cycle().year()), Integer.toString(point.cycle().year())),
                    Table.Cell.text(IndonesianFormat.cycleName(point.cycle().name(), point.cycle().year()))));
            var d = point.distribution();
            if (d == null) {
                row.add(count(0));
                row.add(none());
                row.add(none());
                for (int i = 0; i < Predikat.values().length; i++) {
                    row.add(none());
                }
            } else {
                row.add(count(d.employees()));
                row.add(decimal(d.averageWorkResult()));
                row.add(decimal(d.averageBehaviour()));
                for (Predikat p : Predikat.values()) {
                    row.add(percent(d.counts().getOrDefault(p, 0), d.employees()));
                }
            }
            row.add(point.ikm() == null ? none() : decimal(point.ikm().ikm()));
            rows.add(row);
        }
        return new Table("tren", "Tren antarsiklus", "Siklus-siklus organisasi yang sama, dari yang terlama: predikat akhir kalibrasi, "
                + "rata-rata nilai, dan IKM tahun siklus (seluruh unit organisasi; tanpa saringan unit).", columns, rows, false);
    }

    static Dashboard.Charts charts(DashboardData data, List<UnitRef> units, List<Table> tables) {
        List<String> phaseLabels = new ArrayList<>();
        List<Integer> phaseCounts = new ArrayList<>();
        int[] totals = new int[Phase.values().length];
        units.forEach(u -> {
            int[] counts = data.phases().get(u.id());
            for (int p = 0; p < totals.length; p++) {
                totals[p] += counts[p];
            }
        });
        for (Phase phase : Phase.values()) {
            phaseLabels.add(phase.label());
            phaseCounts.add(totals[phase.ordinal()]);
        }
        List<UnitDistribution> largest = unitsOfScope(data).stream().sorted(Comparator.comparingInt(UnitDistribution::employees).reversed()
                .thenComparing(UnitDistribution::unitName)).limit(CHART_UNITS).toList();
        List<List<BigDecimal>> shares = new ArrayList<>();
        for (Predikat p : Predikat.values()) {
            shares.add(largest.stream().map(u -> share(u.counts().getOrDefault(p, 0), u.employees())).toList());
        }
        List<UnitRef> busiest = units.stream().sorted(Comparator.comparingInt((UnitRef u) -> sum(data.phases().get(u.id()))).reversed()
                .thenComparing(UnitRef::code)).limit(CHART_UNITS).toList();
        DashboardQueries.TaskCounts zero = new DashboardQueries.TaskCounts(0, 0, 0);
        List<DashboardData.TrendPoint> trend = data.trend();
        return new Dashboard.Charts(phaseLabels, phaseCounts, java.util.Arrays.stream(Predikat.values()).map(Predikat::label).toList(),
                largest.stream().map(UnitDistribution::unitName).toList(), shares, busiest.stream().map(UnitRef::name).toList(),
                busiest.stream().map(u -> data.tasks().getOrDefault(u.id(), zero).overdue()).toList(),
                busiest.stream().map(u -> data.tasks().getOrDefault(u.id(), zero).escalated()).toList(),
                trend.stream().map(t -> Integer.toString(t.cycle().year())).toList(),
                trend.stream().map(t -> t.distribution() == null ? null : t.distribution().averageWorkResult()).toList(),
                trend.stream().map(t -> t.distribution() == null ? null : t.distribution().averageBehaviour()).toList(),
                trend.stream().map(t -> t.ikm() == null ? null : t.ikm().ikm()).toList());
    }

    private static String status(String calibrationStatus) {
        return switch (calibrationStatus) {
            case "AWAITING_RATING" -> "menunggu predikat organisasi";
            case "RATED" -> "menunggu usulan distribusi";
            case "CALIBRATING" -> "kalibrasi oleh tim penilai berjalan";
            case "FINALISED" -> "kalibrasi final, menunggu penetapan";
            case "PUBLISHED" -> "hasil ditetapkan";
            default -> calibrationStatus;
        };
    }

    static int sum(int[] counts) {
        return counts == null ? 0 : java.util.Arrays.stream(counts).sum();
    }

    /** A whole number: "1.250" on the page, "1250" in the CSV. */
    static Table.Cell count(int n) {
        return new Table.Cell(IndonesianFormat.plain(BigDecimal.valueOf(n)), Integer.toString(n));
    }

    /** A decimal: "87,50" on the page, "87.50" in the CSV. */
    static Table.Cell decimal(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
        return new Table.Cell(IndonesianFormat.twoDecimals(v), v.toPlainString());
    }

    /** Part of a whole: "12,50%" on the page, "12.50" (percent) in the CSV; "–" and empty when the whole is 0. */
    static Table.Cell percent(int part, int whole) {
        if (whole == 0) {
            return none();
        }
        BigDecimal percent = share(part, whole);
        return new Table.Cell(IndonesianFormat.twoDecimals(percent) + "%", percent.toPlainString());
    }

    /** The percentage part/whole with two decimals (0 when the whole is 0). */
    static BigDecimal share(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static Table.Cell none() {
        return new Table.Cell("–", "");
    }
}

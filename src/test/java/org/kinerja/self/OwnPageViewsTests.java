package org.kinerja.self;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.appraisal.SkpSheet;
import org.kinerja.cycle.PeriodLength;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationView;
import org.kinerja.outcome.EmployeeOutcome;

/** What "Kinerja saya" writes from the modules' answers: the formats, the privacy minimums, the appeal, the deadlines. */
class OwnPageViewsTests {

    static final Instant NOW = Instant.parse("2026-12-13T03:00:00Z");

    static ResultSheet sheet(BigDecimal peerAverage, Integer peers, BigDecimal ikm, Integer responses, String peerNote) {
        return new ResultSheet(7, 3,
                List.of(new ResultSheet.Indicator("Berkas diproses", "berkas", new BigDecimal("1250"), new BigDecimal("1187.5"),
                        new BigDecimal("95.00"), new BigDecimal("100"))),
                new BigDecimal("95.00"), "Sesuai ekspektasi", null,
                List.of(new ResultSheet.ValueScore("Berorientasi Pelayanan", new BigDecimal("4.25"))), new BigDecimal("85.5"),
                "Sesuai ekspektasi", "Pertahankan ketelitian di loket.", peerAverage, peers, ikm, responses, peerNote);
    }

    static EmployeeOutcome outcome(long cycleId, String predikat, String published, boolean changed, boolean certificate,
            EmployeeOutcome.Coaching coaching) {
        return new EmployeeOutcome(cycleId, 2026, predikat, published, changed, null, "Penghargaan", 150, "Keberatan dikabulkan",
                changed ? "Bukti capaian terverifikasi." : null, certificate, coaching);
    }

    @Test
    void shouldWriteAResultWithItsBreakdownInIndonesian() {
        OwnPage.Result r = OwnPageViews.result(outcome(4, "Baik", "Baik", false, false, null), "Penilaian 2026",
                Optional.of(sheet(new BigDecimal("4.00"), 3, new BigDecimal("87.5"), 12, null)));
        assertThat(r.predikat()).isEqualTo("Baik");
        assertThat(r.predikatChange()).isNull();
        assertThat(r.workScore()).isEqualTo("95,00");
        assertThat(r.behaviourScore()).isEqualTo("85,50");
        assertThat(r.indicators()).singleElement().satisfies(i -> {
            assertThat(i.target()).isEqualTo("1.250,00 berkas");
            assertThat(i.realisation()).isEqualTo("1.187,50 berkas");
            assertThat(i.achievement()).isEqualTo("95,00%");
        });
        assertThat(r.values()).singleElement().isEqualTo(new OwnPage.ValueLine("Berorientasi Pelayanan", "4,25"));
        assertThat(r.supervisorComment()).isEqualTo("Pertahankan ketelitian di loket.");
        assertThat(r.peerText()).isEqualTo("4,00 (rata-rata 3 rekan kerja, tanpa nama)");
        assertThat(r.citizenText()).isEqualTo("87,50 dari 12 responden");
        assertThat(r.outcome()).isEqualTo("Penghargaan, angka kredit 150%");
    }

    @Test
    void shouldHideThePeerAverageBelowThreePeersAndTheIkmBelowTenResponses() {
        // the result sheet of an older cycle could carry an average of 2 peers; the page checks again
        OwnPage.Result r = OwnPageViews.result(outcome(4, "Baik", "Baik", false, false, null), "2026",
                Optional.of(sheet(new BigDecimal("3.50"), 2, new BigDecimal("90"), 9, "1 dari 3 rekan kerja yang diminta tidak menilai "
                        + "sebelum batas waktu.")));
        assertThat(r.peerText()).isEqualTo(OwnPageViews.PEERS_HIDDEN).doesNotContain("3,50");
        assertThat(r.citizenText()).isEqualTo(OwnPageViews.CITIZEN_HIDDEN).doesNotContain("90");
        assertThat(r.peerNote()).startsWith("1 dari 3");
    }

    @Test
    void shouldSayThatAnAppealChangedThePredikat() {
        OwnPage.Result r = OwnPageViews.result(outcome(4, "Sangat Baik", "Baik", true, true, null), "2026", Optional.empty());
        assertThat(r.predikat()).isEqualTo("Sangat Baik");
        assertThat(r.predikatChange()).isEqualTo("Diubah setelah keberatan (semula Baik)");
        assertThat(r.appealDecisionReason()).isEqualTo("Bukti capaian terverifikasi.");
        assertThat(r.workScore()).as("no result sheet: no scores invented").isEqualTo("–");
        assertThat(r.peerText()).isEqualTo(OwnPageViews.PEERS_HIDDEN);
    }

    @Test
    void shouldTraceTheIkmOverTheCyclesWhereItMayBeShown() {
        List<OwnPage.IkmPoint> trend = OwnPageViews.ikmTrend(List.of(
                new OwnPageViews.CitizenScore("2027", new BigDecimal("85.00"), 14),
                new OwnPageViews.CitizenScore("2026", new BigDecimal("99.00"), 4), // too few responses: left out
                new OwnPageViews.CitizenScore("2025", new BigDecimal("87.50"), 10),
                new OwnPageViews.CitizenScore("2024", new BigDecimal("82.25"), 30),
                new OwnPageViews.CitizenScore("2023", null, null)));
        assertThat(trend).extracting(OwnPage.IkmPoint::cycleName).containsExactly("2024", "2025", "2027");
        assertThat(trend).extracting(OwnPage.IkmPoint::ikm).containsExactly("82,25", "87,50", "85,00");
        assertThat(trend).extracting(OwnPage.IkmPoint::change).containsExactly(null, "naik 5,25", "turun 2,50");
        assertThat(OwnPageViews.ikmTrend(List.of(new OwnPageViews.CitizenScore("2026", new BigDecimal("80"), 9)))).isEmpty();
    }

    @Test
    void shouldSplitATaskNameAndMarkItOverdue() {
        OwnPage.Task late = OwnPageViews.task("t-1", "Nilai kinerja pegawai — Nurul Fitriani, A.Md.", Instant.parse("2026-12-12T10:00:00Z"),
                false, NOW);
        assertThat(late.name()).isEqualTo("Nilai kinerja pegawai");
        assertThat(late.subject()).isEqualTo("Nurul Fitriani, A.Md.");
        assertThat(late.due()).isEqualTo("12 Desember 2026 17:00 WIB");
        assertThat(late.overdue()).isTrue();
        assertThat(late.link()).isEqualTo("/camunda/app/tasklist/default/#/?task=t-1");
        OwnPage.Task open = OwnPageViews.task("t-2", "Tinjau sanksi", Instant.parse("2026-12-20T10:00:00Z"), true, NOW);
        assertThat(open.name()).isEqualTo("Tinjau sanksi");
        assertThat(open.subject()).isNull();
        assertThat(open.overdue()).isFalse();
        assertThat(open.offered()).isTrue();
        assertThat(OwnPageViews.task("t-3", null, null, false, NOW)).satisfies(t -> {
            assertThat(t.name()).isEqualTo("Tugas");
            assertThat(t.due()).isNull();
            assertThat(t.overdue()).isFalse();
        });
    }

    @Test
    void shouldShowTheSkpWithOneColumnPerProgressPeriod() {
        SkpSheet skp = new SkpSheet(7, List.of(new SkpSheet.Indicator(1, "Layanan dokumen tepat waktu", "Berkas diproses", "berkas",
                new BigDecimal("100"), new BigDecimal("60"), Map.of(1, new BigDecimal("25"), 2, new BigDecimal("52.5")), null)),
                List.of(new SkpSheet.Period(1, Instant.parse("2026-04-02T02:00:00Z"), "Lanjutkan."),
                        new SkpSheet.Period(2, Instant.parse("2026-07-01T02:00:00Z"), null)));
        OwnPage.CurrentSkp view = OwnPageViews.currentSkp("Penilaian 2026", "Pelaporan kemajuan", PeriodLength.QUARTERLY, 2026, skp);
        assertThat(view.periodHeaders()).containsExactly("Triwulan 1", "Triwulan 2", "Triwulan 3");
        assertThat(view.periodTitles().get(0)).isEqualTo("Triwulan 1 (Januari–Maret 2026)");
        assertThat(view.lines()).singleElement().satisfies(l -> {
            assertThat(l.target()).isEqualTo("100,00 berkas");
            assertThat(l.weight()).isEqualTo("60,00");
            assertThat(l.byPeriod()).containsExactly("25,00", "52,50", "–");
            assertThat(l.finalRealisation()).isEqualTo("–");
        });
        assertThat(view.periods()).extracting(OwnPage.PeriodNote::feedback).containsExactly("Lanjutkan.", "Belum ada umpan balik atasan.");
        assertThat(view.periods().get(0).reportedAt()).isEqualTo("2 April 2026 09:00 WIB");
        assertThat(OwnPageViews.currentSkp("2026", "x", PeriodLength.MONTHLY, 2026, skp).periodHeaders()).hasSize(11).startsWith("Bulan 1");
    }

    @Test
    void shouldLinkTheOwnDocumentsWithoutANip() {
        assertThat(OwnPageViews.documents(outcome(9, "Sangat Baik", "Sangat Baik", false, true, null), "2026"))
                .extracting(OwnPage.Document::href).containsExactly("/kinerja-saya/dokumen/9/hasil.pdf", "/kinerja-saya/dokumen/9/piagam.pdf");
        assertThat(OwnPageViews.documents(outcome(9, "Baik", "Baik", false, false, null), "2026")).extracting(OwnPage.Document::href)
                .containsExactly("/kinerja-saya/dokumen/9/hasil.pdf");
    }

    @Test
    void shouldShowTheCoachingPlanAndItsTrainings() {
        EmployeeOutcome.Coaching plan = new EmployeeOutcome.Coaching(List.of("Akuntabel", "Kompeten"),
                List.of(new EmployeeOutcome.Training("MANAJEMEN-WAKTU", "Manajemen Waktu", "Menyusun prioritas.")),
                List.of(LocalDate.of(2026, 12, 13), LocalDate.of(2027, 1, 10)), "Dialog dua mingguan.", true, null);
        OwnPage.Coaching view = OwnPageViews.coaching(outcome(9, "Butuh Perbaikan", "Butuh Perbaikan", false, false, plan), "2026")
                .orElseThrow();
        assertThat(view.focus()).isEqualTo("Akuntabel, Kompeten");
        assertThat(view.dialogDates()).isEqualTo("13 Desember 2026, 10 Januari 2027");
        assertThat(view.trainings()).containsExactly(new OwnPage.Training("Manajemen Waktu", "Menyusun prioritas."));
        assertThat(view.status()).isEqualTo("Dikonfirmasi, berjalan");
        assertThat(OwnPageViews.coaching(outcome(9, "Baik", "Baik", false, false, null), "2026")).isEmpty();
    }

    @Test
    void shouldWriteANotificationWithItsTimeInWib() {
        OwnPage.Note note = OwnPageViews.note(new NotificationView(1, NotificationKind.RESULTS_PUBLISHED, "Hasil penilaian 2026",
                "Hasil penilaian Anda telah ditetapkan.", Instant.parse("2026-12-13T01:15:00Z"), null));
        assertThat(note).isEqualTo(new OwnPage.Note("Hasil penilaian kinerja", "Hasil penilaian 2026", "Hasil penilaian Anda telah ditetapkan.",
                "13 Desember 2026 08:15 WIB", true));
    }
}

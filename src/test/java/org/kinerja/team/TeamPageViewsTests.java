package org.kinerja.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.TeamAppraisal;
import org.kinerja.cycle.CycleParticipation;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.outcome.PublishedPredikat;
import org.kinerja.team.TeamPageViews.OpenTask;

/** What "Tim saya" writes from the modules' and the engine's answers: the stage, the tasks and their holders, the results. */
class TeamPageViewsTests {

    static final Instant NOW = Instant.parse("2026-12-13T03:00:00Z");
    static final String SUPERVISOR = "198001102005011003";
    static final String REPORT = "198709032010011002";
    static final String PEER_A = "199002142014022003";
    static final String PEER_B = "198811262011011001";

    static CycleParticipation participation(boolean appraisalConcluded, boolean outcomeConcluded) {
        return new CycleParticipation(4, 3, 2026, appraisalConcluded, outcomeConcluded);
    }

    static TeamAppraisal appraisal(String status, BigDecimal work, BigDecimal behaviour) {
        return new TeamAppraisal(7, 4, 3, status, work, work == null ? null : "Sesuai ekspektasi", behaviour,
                behaviour == null ? null : "Di atas ekspektasi");
    }

    static PublishedPredikat published(String predikat, String asPublished, boolean changed) {
        return new PublishedPredikat(4, 3, predikat, asPublished, changed);
    }

    static EmployeeRef report() {
        return new EmployeeRef(3, REPORT, "Pegawai Satu", "satu@uji.example", "Pranata Komputer", 1, 2, "SEK-A1", "Seksi A1", 9L, true);
    }

    @Test
    void shouldSayWhereTheAppraisalStands() {
        assertThat(TeamPageViews.stage(null, null, null)).isEqualTo("Belum dimulai");
        assertThat(TeamPageViews.stage(participation(false, false), null, null)).as("taking part, appraisal not prepared yet")
                .isEqualTo("Belum dimulai");
        assertThat(TeamPageViews.stage(participation(false, false), appraisal("Menunggu persetujuan target", null, null), null))
                .isEqualTo("Menunggu persetujuan target");
        TeamAppraisal scored = appraisal("Nilai akhir dihitung, menunggu kalibrasi", new BigDecimal("95"), new BigDecimal("4.25"));
        assertThat(TeamPageViews.stage(participation(true, false), scored, null)).isEqualTo("Nilai akhir dihitung, menunggu kalibrasi");
        assertThat(TeamPageViews.stage(participation(true, false), scored, published("Baik", "Baik", false))).isEqualTo("Hasil diumumkan");
        assertThat(TeamPageViews.stage(participation(true, true), scored, published("Baik", "Baik", false))).isEqualTo("Selesai");
    }

    @Test
    void shouldShowResultsOnlyOncePublishedInIndonesianNumbers() {
        TeamAppraisal scored = appraisal("Nilai akhir dihitung, menunggu kalibrasi", new BigDecimal("1250.5"), new BigDecimal("4.25"));
        assertThat(TeamPageViews.result(null, scored)).as("merged but not published: nothing").isNull();
        TeamPage.Result r = TeamPageViews.result(published("Sangat Baik", "Baik", true), scored);
        assertThat(r.predikat()).isEqualTo("Sangat Baik");
        assertThat(r.predikatChange()).isEqualTo("Diubah setelah keberatan (semula Baik)");
        assertThat(r.workScore()).isEqualTo("1.250,50");
        assertThat(r.workRating()).isEqualTo("Sesuai ekspektasi");
        assertThat(r.behaviourScore()).isEqualTo("4,25");
        assertThat(r.behaviourRating()).isEqualTo("Di atas ekspektasi");
        assertThat(TeamPageViews.result(published("Baik", "Baik", false), scored).predikatChange()).isNull();
        assertThat(TeamPageViews.result(published("Baik", "Baik", false), null).workScore()).isEqualTo("–");
    }

    @Test
    void shouldLinkOnlyTheSupervisorsOwnTasksAndMarkWhatIsLate() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        Instant nextWeek = NOW.plus(Duration.ofDays(7));
        List<TeamPage.TaskLine> lines = TeamPageViews.tasks(List.of(
                new OpenTask("t-report", "Susun target SKP — Pegawai Satu", REPORT, yesterday),
                new OpenTask("t-mine", "Setujui target SKP — Pegawai Satu", SUPERVISOR, nextWeek)), SUPERVISOR, REPORT, NOW);
        assertThat(lines).hasSize(2);
        TeamPage.TaskLine mine = lines.get(0);
        assertThat(mine.name()).isEqualTo("Setujui target SKP");
        assertThat(mine.yours()).isTrue();
        assertThat(mine.holder()).isEqualTo("Tugas Anda");
        assertThat(mine.link()).isEqualTo("/camunda/app/tasklist/default/#/?task=t-mine");
        assertThat(mine.overdue()).isFalse();
        assertThat(mine.due()).isEqualTo("20 Desember 2026 10:00 WIB");
        TeamPage.TaskLine theirs = lines.get(1);
        assertThat(theirs.name()).isEqualTo("Susun target SKP");
        assertThat(theirs.holder()).isEqualTo("Dikerjakan pegawai");
        assertThat(theirs.link()).as("not the supervisor's to open").isNull();
        assertThat(theirs.overdue()).isTrue();
        assertThat(theirs.due()).isEqualTo("12 Desember 2026 10:00 WIB");
    }

    @Test
    void shouldNeverNameTheOtherHoldersOfATask() {
        List<TeamPage.TaskLine> lines = TeamPageViews.tasks(List.of(
                new OpenTask("p1", "Nilai perilaku rekan kerja — Pegawai Satu", PEER_A, NOW.plus(Duration.ofDays(3))),
                new OpenTask("p2", "Nilai perilaku rekan kerja — Pegawai Satu", PEER_B, NOW.minus(Duration.ofHours(1))),
                new OpenTask("hr", "Tinjau sanksi — Pegawai Satu", null, null)), SUPERVISOR, REPORT, NOW);
        assertThat(lines).extracting(TeamPage.TaskLine::name).containsExactly("Nilai perilaku rekan kerja", "Tinjau sanksi");
        TeamPage.TaskLine peers = lines.get(0);
        assertThat(peers.holder()).isEqualTo("Dikerjakan 2 pihak lain");
        assertThat(peers.overdue()).as("one of them is late").isTrue();
        assertThat(peers.due()).as("the earliest deadline").isEqualTo("13 Desember 2026 09:00 WIB");
        assertThat(peers.link()).isNull();
        assertThat(lines.get(1).holder()).isEqualTo("Dikerjakan pihak lain");
        assertThat(lines.get(1).due()).isNull();
        assertThat(lines).allSatisfy(l -> assertThat(l.toString()).doesNotContain(PEER_A, PEER_B));
    }

    @Test
    void shouldCountTheTeamsLateTasksTheSupervisorsTasksAndThePublishedResults() {
        TeamAppraisal scored = appraisal("Nilai akhir dihitung, menunggu kalibrasi", new BigDecimal("95"), new BigDecimal("4.25"));
        TeamPageViews.Report waiting = new TeamPageViews.Report(report(), "Penilaian 2026", participation(false, false),
                appraisal("Menunggu persetujuan target", null, null), null,
                List.of(new OpenTask("a", "Setujui target SKP", SUPERVISOR, NOW.minus(Duration.ofDays(2)))));
        TeamPageViews.Report done = new TeamPageViews.Report(report(), "Penilaian 2026", participation(true, false), scored,
                published("Baik", "Baik", false), List.of(new OpenTask("v", "Lihat hasil penilaian", REPORT, NOW.plus(Duration.ofDays(9)))));
        TeamPageViews.Report never = new TeamPageViews.Report(report(), null, null, null, null, List.of());
        TeamPage page = TeamPageViews.page("Atasan Uji", SUPERVISOR, List.of(waiting, done, never), NOW);
        assertThat(page.supervisor()).isEqualTo("Atasan Uji");
        assertThat(page.summary()).isEqualTo(new TeamPage.Summary(3, 1, 1, 1, 0));
        assertThat(page.members()).extracting(TeamPage.Member::stage)
                .containsExactly("Menunggu persetujuan target", "Hasil diumumkan", "Belum dimulai");
        assertThat(page.members()).extracting(TeamPage.Member::overdue).containsExactly(true, false, false);
        assertThat(page.members().get(2).cycleName()).isEqualTo("–");
        assertThat(page.members().get(0).result()).isNull();
        assertThat(page.members().get(1).result().predikat()).isEqualTo("Baik");
    }
}

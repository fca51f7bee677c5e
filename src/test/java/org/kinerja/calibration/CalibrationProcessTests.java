package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.cycle.AppraisalCycleProcess.*;
import static org.kinerja.support.ProcessTestSupport.*;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calibration in {@code AppraisalCycleProcess}: the organisation rating, the merged scores going to the system's
 * proposal, a committee change going to publication (then to each employee's outcome), and completion refused while the
 * distribution is out of bounds.
 */
@KinerjaTest
class CalibrationProcessTests {

    static final String BASIS = "Laporan Kinerja Instansi Pemerintah tahun berjalan, capaian sasaran strategis 96%.";

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    CalibrationQueries calibrations;
    @Autowired
    ChangePredikat changes;
    @Autowired
    CalibrationRepository calibrationRows;
    ProcessTestSupport support;
    org.camunda.bpm.engine.repository.Deployment adminChange;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldProposeFromTheMergedScoresAndPublishTheCommitteesDecisionOnlyWithinTheBounds() throws Exception {
        int year = nextYear();
        ProcessInstance cycle = support.startCycle("BID-A", year, "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {100, 4});
        long cycleId = cycleId(cycle);

        // the organisation rating: offered to the head of BID-A, HR may set it for them
        assertThat(cycle).hasPassed(TASK_MARK_SCORED).isWaitingAt(TASK_SET_ORGANISATION_RATING);
        Task rating = support.task(cycle, TASK_SET_ORGANISATION_RATING);
        assertThat(rating).hasCandidateUser(SUPERVISOR).hasCandidateGroup(KinerjaGroups.ADMIN_BKPSDM).isNotAssigned();
        assertThat(calibrations.organisationHeads(cycleId)).containsExactly(SUPERVISOR);
        assertThat(engine.getFormService().getTaskFormVariables(rating.getId()))
                .containsEntry(CalibrationTasks.VAR_CYCLE_NAME, "Siklus uji " + year)
                .containsEntry(CalibrationTasks.VAR_PARTICIPANT_SUMMARY, "7");
        assertThat(calibrationRows.findByCycleId(cycleId).orElseThrow().getStatus()).isEqualTo(CalibrationStatus.AWAITING_RATING);

        as(SUPERVISOR, () -> engine.getTaskService().claim(rating.getId(), SUPERVISOR));
        assertThatThrownBy(() -> as(SUPERVISOR, () -> support.submit(rating, Map.of(VAR_ORGANISATION_RATING, "LUAR_BIASA",
                VAR_RATING_BASIS, ""))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Pilih predikat kinerja organisasi: ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG")
                .hasMessageContaining("Dasar penetapan predikat organisasi wajib diisi");
        assertThatThrownBy(() -> as(SUPERVISOR, () -> support.submit(rating, Map.of(VAR_ORGANISATION_RATING, "BAIK"))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Dasar penetapan predikat organisasi wajib diisi, 20 sampai 4.000 karakter")
                .hasMessageNotContaining("Pilih predikat");
        assertThat(cycle).isWaitingAt(TASK_SET_ORGANISATION_RATING);
        assertThat(calibrationRows.findByCycleId(cycleId).orElseThrow().getOrganisationRating()).isNull();

        as(SUPERVISOR, () -> support.submit(rating, Map.of(VAR_ORGANISATION_RATING, "BAIK", VAR_RATING_BASIS, BASIS)));
        assertThat(cycle).isWaitingAt(TASK_PROPOSE_DISTRIBUTION);
        Calibration rated = calibrationRows.findByCycleId(cycleId).orElseThrow();
        assertThat(rated.getStatus()).isEqualTo(CalibrationStatus.RATED);
        assertThat(rated.getRatedBy()).isEqualTo(SUPERVISOR);
        support.executeAsyncJobs();
        assertThat(cycle).isWaitingAt(TASK_CALIBRATE_RESULTS);

        // the proposal: BAIK <= 70% of 7 = 4; the three lowest-ranked move down to BUTUH_PERBAIKAN, each with its reason
        CalibrationQueries.Board board = calibrations.board(cycleId);
        assertThat(board.status()).isEqualTo(CalibrationStatus.CALIBRATING);
        assertThat(board.organisationRating()).isEqualTo(OrganisationRating.BAIK);
        assertThat(board.ratingBasis()).isEqualTo(BASIS);
        assertThat(board.rows()).hasSize(7).extracting(CalibrationQueries.Row::nip)
                .containsExactlyInAnyOrder(SUPERVISOR, STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR, STAFF_FIVE, STAFF_SIX);
        assertThat(board.rows()).extracting(CalibrationQueries.Row::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(board.rows()).allSatisfy(r -> {
            assertThat(r.matrixPredikat()).isEqualTo(Predikat.BAIK);
            assertThat(r.finalPredikat()).isEqualTo(r.proposedPredikat());
        });
        // equal scores: ranked by NIP, so the head (the lowest NIP) keeps BAIK
        assertThat(board.rows().subList(0, 4)).allSatisfy(r -> {
            assertThat(r.proposedPredikat()).isEqualTo(Predikat.BAIK);
            assertThat(r.proposalReason()).isNull();
        });
        assertThat(board.rows().subList(4, 7)).allSatisfy(r -> {
            assertThat(r.proposedPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
            assertThat(r.proposalReason()).startsWith("Turun dari Baik ke Butuh Perbaikan. Baik: 7 dari 7 pegawai, melebihi batas 4");
        });
        assertThat(board.rows().get(0).nip()).isEqualTo(SUPERVISOR);
        assertThat(board.counts()).containsEntry(Predikat.BAIK, 4).containsEntry(Predikat.BUTUH_PERBAIKAN, 3)
                .containsEntry(Predikat.SANGAT_BAIK, 0);
        assertThat(board.violations()).isEmpty();
        assertThat(board.bounds()).extracting(CalibrationQueries.BoundView::limit, CalibrationQueries.BoundView::actual,
                CalibrationQueries.BoundView::met).containsExactly(org.assertj.core.groups.Tuple.tuple(4, 4, true),
                org.assertj.core.groups.Tuple.tuple(1, 3, true));
        assertThat(board.changes()).isEmpty();

        Task calibrate = support.task(cycle, TASK_CALIBRATE_RESULTS);
        assertThat(calibrate).hasCandidateGroup(KinerjaGroups.TIM_PENILAI);
        assertThat(engine.getFormService().getTaskFormVariables(calibrate.getId()))
                .containsEntry(VAR_BOARD_URL, "/kalibrasi/" + cycleId)
                .containsEntry(CalibrationTasks.VAR_ORGANISATION_RATING_LABEL, "Baik")
                .hasEntrySatisfying(VAR_CALIBRATION_SUMMARY, s -> assertThat((String) s).startsWith("7 pegawai. ")
                        .contains("Baik 4, Butuh Perbaikan 3").contains("3 pegawai diusulkan turun")
                        .contains("Distribusi usulan memenuhi semua batas."));
        as(SUPERVISOR, () -> engine.getTaskService().claim(calibrate.getId(), SUPERVISOR));
        assertThatThrownBy(() -> as(SUPERVISOR, () -> support.submit(calibrate, Map.of())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Centang pernyataan");

        // a committee change that breaks the bound: completing is refused, naming the bound
        CalibrationQueries.Row raised = board.rows().get(6);
        CalibrationQueries.Board afterRaise = changes.change(cycleId, raised.employeeId(), "BAIK",
                "Capaian layanan melampaui target triwulan IV.", SUPERVISOR);
        assertThat(row(afterRaise, raised.nip()).finalPredikat()).isEqualTo(Predikat.BAIK);
        assertThat(row(afterRaise, raised.nip()).proposedPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
        assertThat(afterRaise.counts()).containsEntry(Predikat.BAIK, 5).containsEntry(Predikat.BUTUH_PERBAIKAN, 2);
        assertThat(afterRaise.violations()).extracting(BoundViolation::message).containsExactly("Baik: 5 dari 7 pegawai, melebihi batas 4");
        assertThatThrownBy(() -> as(SUPERVISOR, () -> support.submit(calibrate, Map.of(VAR_CALIBRATION_CONFIRMED, true))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Distribusi predikat belum memenuhi batas kurva")
                .hasMessageContaining("Baik: 5 dari 7 pegawai, melebihi batas 4");
        assertThat(cycle).isWaitingAt(TASK_CALIBRATE_RESULTS);
        assertThat(calibrationRows.findByCycleId(cycleId).orElseThrow().getStatus()).isEqualTo(CalibrationStatus.CALIBRATING);

        // a second change restores the bounds: the committee completes and the results are published
        CalibrationQueries.Row lowered = board.rows().get(3);
        assertThat(lowered.nip()).isNotEqualTo(SUPERVISOR);
        CalibrationQueries.Board afterLower = changes.change(cycleId, lowered.employeeId(), "BUTUH_PERBAIKAN",
                "Dua laporan bulanan terlambat tanpa alasan.", SUPERVISOR);
        assertThat(afterLower.violations()).isEmpty();
        as(SUPERVISOR, () -> support.submit(calibrate, Map.of(VAR_CALIBRATION_CONFIRMED, true)));
        assertThat(cycle).isWaitingAt(TASK_PUBLISH_RESULTS);
        Calibration finalised = calibrationRows.findByCycleId(cycleId).orElseThrow();
        assertThat(finalised.getStatus()).isEqualTo(CalibrationStatus.FINALISED);
        assertThat(finalised.getFinalisedBy()).isEqualTo(SUPERVISOR);
        assertThatThrownBy(() -> changes.change(cycleId, raised.employeeId(), "BUTUH_PERBAIKAN", "Setelah final diubah lagi.",
                SUPERVISOR)).isInstanceOf(Rejection.class).hasMessageContaining("Kalibrasi sudah selesai");

        support.executeAsyncJobs();
        // published: each employee's outcome follows in its own process
        assertThat(cycle).hasPassed(TASK_PUBLISH_RESULTS, TASK_START_OUTCOMES).isWaitingAt(EVENT_OUTCOMES_CONCLUDED);
        assertThat(support.outcomes(cycle)).hasSize(7);
        assertThat(calibrationRows.findByCycleId(cycleId).orElseThrow().getPublishedAt()).isNotNull();

        // the final predikat are frozen with the committee's changes
        Map<Long, Predikat> finals = calibrations.finalPredikat(cycleId);
        assertThat(finals).hasSize(7).containsEntry(raised.employeeId(), Predikat.BAIK)
                .containsEntry(lowered.employeeId(), Predikat.BUTUH_PERBAIKAN);
        assertThat(finals.values().stream().filter(Predikat.BAIK::equals).count()).isEqualTo(4);
        assertThat(finals.values().stream().filter(Predikat.BUTUH_PERBAIKAN::equals).count()).isEqualTo(3);

        // the decision document
        assertThat(calibrations.decisionFileName(cycleId)).contains("penetapan-predikat-kinerja-" + year + "-siklus-" + cycleId + ".pdf");
        java.io.ByteArrayOutputStream decision = new java.io.ByteArrayOutputStream();
        assertThat(calibrations.writeDecision(cycleId, decision)).isEqualTo(7);
        String text = pdfText(decision.toByteArray());
        assertThat(text).contains("PENETAPAN PREDIKAT KINERJA PEGAWAI").contains("Periode penilaian tahun " + year)
                .contains(BASIS.substring(0, 30)).contains(SUPERVISOR).contains(STAFF_SIX);
        assertThat(line(text, raised.nip())).endsWith("Baik").doesNotContain("Butuh Perbaikan");
        assertThat(line(text, lowered.nip())).endsWith("Butuh Perbaikan");

        // the audit trail: who, from, to, why
        List<CalibrationQueries.Change> trail = calibrations.board(cycleId).changes();
        assertThat(trail).extracting(CalibrationQueries.Change::nip, CalibrationQueries.Change::changedBy,
                CalibrationQueries.Change::from, CalibrationQueries.Change::to, CalibrationQueries.Change::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(raised.nip(), SUPERVISOR, Predikat.BUTUH_PERBAIKAN, Predikat.BAIK,
                        "Capaian layanan melampaui target triwulan IV."),
                org.assertj.core.groups.Tuple.tuple(lowered.nip(), SUPERVISOR, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                        "Dua laporan bulanan terlambat tanpa alasan."));
        assertThat(trail).allSatisfy(c -> assertThat(c.changedAt()).isNotNull());
        assertThat(calibrations.board(cycleId).status()).isEqualTo(CalibrationStatus.PUBLISHED);
    }

    @Test
    void shouldLetHrSetTheOrganisationRatingForTheHead() {
        // SEK-A2 holds two employees and no head of its own: both are offered the task (their supervisor is outside)
        ProcessInstance cycle = support.startCycle("SEK-A2", nextYear(), "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {120, 5});
        long cycleId = cycleId(cycle);
        Task rating = support.task(cycle, TASK_SET_ORGANISATION_RATING);
        assertThat(rating).hasCandidateUser(STAFF_FIVE).hasCandidateUser(STAFF_SIX).hasCandidateGroup(KinerjaGroups.ADMIN_BKPSDM);
        List<String> groups = List.of(KinerjaGroups.ADMIN_BKPSDM, KinerjaGroups.PEGAWAI);
        assertThat(engine.getTaskService().createTaskQuery().taskId(rating.getId()).taskCandidateGroupIn(groups).count())
                .isEqualTo(1);

        asUser(HR_ADMIN, groups, () -> engine.getTaskService().claim(rating.getId(), HR_ADMIN));
        asUser(HR_ADMIN, groups, () -> support.submit(rating, Map.of(VAR_ORGANISATION_RATING, " ISTIMEWA ", VAR_RATING_BASIS, BASIS)));
        Calibration rated = calibrationRows.findByCycleId(cycleId).orElseThrow();
        assertThat(rated.getRatedBy()).isEqualTo(HR_ADMIN);
        assertThat(rated.getOrganisationRating()).isEqualTo(OrganisationRating.ISTIMEWA);

        support.executeAsyncJobs();
        assertThat(cycle).isWaitingAt(TASK_CALIBRATE_RESULTS);
        // ISTIMEWA: SANGAT_BAIK <= 70% of 2 = 1; the lower-ranked (higher NIP) moves one step down
        CalibrationQueries.Board board = calibrations.board(cycleId);
        assertThat(board.rows()).extracting(CalibrationQueries.Row::nip, CalibrationQueries.Row::matrixPredikat,
                CalibrationQueries.Row::proposedPredikat).containsExactly(
                org.assertj.core.groups.Tuple.tuple(STAFF_FIVE, Predikat.SANGAT_BAIK, Predikat.SANGAT_BAIK),
                org.assertj.core.groups.Tuple.tuple(STAFF_SIX, Predikat.SANGAT_BAIK, Predikat.BAIK));
        assertThat(board.violations()).isEmpty();
    }

    @Test
    void shouldHoldACalibrationToTheBoundsFixedAtItsProposal() throws Exception {
        ProcessInstance cycle = support.startCycle("BID-A", nextYear(), "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {100, 4});
        long cycleId = cycleId(cycle);
        Task rating = support.task(cycle, TASK_SET_ORGANISATION_RATING);
        as(SUPERVISOR, () -> engine.getTaskService().claim(rating.getId(), SUPERVISOR));
        as(SUPERVISOR, () -> support.submit(rating, Map.of(VAR_ORGANISATION_RATING, "BAIK", VAR_RATING_BASIS, BASIS)));
        long evaluations = distributionPatternEvaluations();
        support.executeAsyncJobs();
        assertThat(cycle).isWaitingAt(TASK_CALIBRATE_RESULTS);
        assertThat(distributionPatternEvaluations()).as("the proposal evaluated the table once").isEqualTo(evaluations + 1);
        List<CalibrationQueries.BoundView> fixed = calibrations.board(cycleId).bounds();
        assertThat(fixed).extracting(CalibrationQueries.BoundView::limit).containsExactly(4, 1);

        // viewing the board evaluates nothing and writes no decision history
        long afterProposal = distributionPatternEvaluations();
        for (int view = 0; view < 3; view++) {
            assertThat(calibrations.board(cycleId).bounds()).isEqualTo(fixed);
        }
        assertThat(distributionPatternEvaluations()).as("decision history after three board views").isEqualTo(afterProposal);

        // an admin redeploys a stricter table mid-calibration: this calibration keeps the bounds it was proposed with
        String original;
        try (java.io.InputStream in = getClass().getClassLoader().getResourceAsStream("processes/distribution-pattern.dmn")) {
            original = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String stricter = original.replace("<text>70</text>", "<text>50</text>");
        assertThat(stricter).isNotEqualTo(original);
        adminChange = engine.getRepositoryService().createDeployment().name("uji: tabel distribusi lebih ketat")
                .addString("distribution-pattern.dmn", stricter).deploy();
        assertThat(calibrations.board(cycleId).bounds()).as("the bounds of the calibration under way").isEqualTo(fixed);
        assertThat(distributionPatternEvaluations()).isEqualTo(afterProposal);
    }

    private long distributionPatternEvaluations() {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("distribution-pattern").count();
    }

    @AfterEach
    void undoTheAdminChange() {
        if (adminChange != null) {
            engine.getRepositoryService().deleteDeployment(adminChange.getId(), true);
            adminChange = null;
        }
    }

    private long cycleId(ProcessInstance cycle) {
        return ((Number) engine.getRuntimeService().getVariable(cycle.getId(), VAR_CYCLE_ID)).longValue();
    }

    private static CalibrationQueries.Row row(CalibrationQueries.Board board, String nip) {
        return board.rows().stream().filter(r -> r.nip().equals(nip)).findFirst().orElseThrow();
    }

    private void as(String userId, Runnable action) {
        asUser(userId, List.of(KinerjaGroups.TIM_PENILAI, KinerjaGroups.PEGAWAI), action);
    }

    private void asUser(String userId, List<String> groups, Runnable action) {
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            action.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return String.join("\n", pages);
        } finally {
            reader.close();
        }
    }

    private static String line(String text, String nip) {
        return text.lines().filter(l -> l.contains(nip)).findFirst().orElseThrow(() -> new AssertionError(nip + " not in " + text))
                .trim();
    }
}

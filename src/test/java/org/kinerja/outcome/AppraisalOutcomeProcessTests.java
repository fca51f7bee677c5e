package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.outcome.AppraisalOutcomeProcess.*;
import static org.kinerja.support.ProcessTestSupport.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinerja.cycle.AppraisalCycleProcess;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code AppraisalOutcomeProcess}, each path in its own test on one published cycle of the seven employees of BID-A,
 * with a mix of predikat: reward, acknowledge, coaching, sanction review (SANGAT_KURANG, and KURANG in two consecutive
 * cycles), the appeal upheld and changed, and the appeal window running out.
 */
@KinerjaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppraisalOutcomeProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    OutcomeViews views;
    @Autowired
    Rewards rewards;
    @Autowired
    OutcomeDocuments documents;
    @Autowired
    AppraisalOutcomeRepository outcomeRows;
    @Autowired
    NotificationService notifications;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.kinerja.calibration.CalibrationQueries calibrations;
    @Autowired
    org.kinerja.calibration.AppealChanges appealChanges;

    static final String PASSWORD = "Pegawai-Uji-2026!";

    ProcessTestSupport support;
    ProcessInstance cycle;
    long cycleId;

    @BeforeAll
    void publishedCycle() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        int year = nextYear();
        // STAFF_THREE was KURANG last year too: the second consecutive KURANG triggers the sanction review
        long three = organization.employeeByNip(STAFF_THREE).orElseThrow().id();
        AppraisalOutcome lastYear = new AppraisalOutcome(-1, year - 1, three, -1, STAFF_THREE, Predikat.KURANG, null);
        lastYear.decide(new OutcomeDecision(Outcome.COACHING, 50), false, null);
        outcomeRows.save(lastYear);

        cycle = support.startCycle("BID-A", year, "QUARTERLY");
        cycleId = support.cycleId(cycle);
        Map<String, int[]> plan = Map.of(STAFF_ONE, new int[] {120, 5}, STAFF_TWO, new int[] {100, 4}, STAFF_THREE, new int[] {100, 2},
                STAFF_FOUR, new int[] {50, 4}, STAFF_FIVE, new int[] {50, 2}, STAFF_SIX, new int[] {100, 4}, SUPERVISOR, new int[] {100, 4});
        support.completeAppraisals(cycle, plan::get);
        support.rateOrganisation(cycle, "ISTIMEWA", "Capaian IKU organisasi melampaui target tahun ini.");
        support.finishCalibration(cycle, SUPERVISOR);
        assertThat(cycle).isWaitingAt(AppraisalCycleProcess.EVENT_OUTCOMES_CONCLUDED);
    }

    private ProcessInstance outcomeOf(String nip) {
        return support.children(cycle, PROCESS_ID).variableValueEquals(VAR_EMPLOYEE_NIP, nip).singleResult();
    }

    private OutcomeViews.OutcomeView view(String nip) {
        return views.view(cycleId, organization.employeeByNip(nip).orElseThrow().id()).orElseThrow();
    }

    private void acknowledge(ProcessInstance pi) {
        support.submit(support.task(pi, TASK_VIEW_RESULT), Map.of(FIELD_RESULT_DECISION, "ACKNOWLEDGE"));
    }

    @Test
    @Order(1)
    void shouldStartOneOutcomePerEmployeeAndShowTheResult() {
        assertThat(support.children(cycle, PROCESS_ID).count()).isEqualTo(7);
        ProcessInstance pi = outcomeOf(STAFF_TWO);
        assertThat(pi).isWaitingAt(TASK_VIEW_RESULT).task().isAssignedTo(STAFF_TWO);
        Map<String, Object> form = engine.getFormService().getTaskFormVariables(support.task(pi, TASK_VIEW_RESULT).getId());
        assertThat(form.get("predikatLabel")).isEqualTo("Baik");
        assertThat(form.get("workResultScore")).isEqualTo("100,00");
        assertThat(form.get("supervisorComment")).isEqualTo("Catatan atasan.");
        assertThat(form.get("citizenText").toString()).contains("kurang dari 10 responden");
        assertThat(form.get("indicatorRows").toString()).contains("Berkas diproses").contains("100,00%");
        assertThat(form.get("valueRows").toString()).contains("Berorientasi Pelayanan");
        assertThat(notifications.of(STAFF_TWO)).anyMatch(n -> n.subject().contains("telah ditetapkan"));
    }

    @Test
    @Order(3)
    void shouldRefuseAnAppealWithoutReason() {
        ProcessInstance pi = outcomeOf(STAFF_TWO);
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_VIEW_RESULT), Map.of(FIELD_RESULT_DECISION, "APPEAL")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Alasan keberatan wajib diisi");
        assertThat(pi).isWaitingAt(TASK_VIEW_RESULT);
    }

    @Test
    void shouldRewardASangatBaikEmployeeWithOneCertificate() {
        ProcessInstance pi = outcomeOf(STAFF_ONE);
        acknowledge(pi);
        assertThat(pi).isWaitingAt(TASK_GRANT_REWARD);
        support.executeAsyncJobs();
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(TASK_GRANT_REWARD, END_EVENT_CONCLUDED);
        OutcomeViews.OutcomeView v = view(STAFF_ONE);
        assertThat(v.outcome()).isEqualTo(Outcome.REWARD);
        assertThat(v.creditPercent()).isEqualTo(150);
        assertThat(v.certificateNumber()).startsWith("PP/");
        // a retried job issues no second certificate and no second notification
        rewards.grant(v.id());
        assertThat(view(STAFF_ONE).certificateNumber()).isEqualTo(v.certificateNumber());
        assertThat(notifications.of(STAFF_ONE).stream().filter(n -> n.subject().contains("Piagam"))).hasSize(1);
        assertThat(documents.certificate(cycleId, STAFF_ONE)).isPresent();
    }

    @Test
    void shouldAcknowledgeABaikEmployee() {
        ProcessInstance pi = outcomeOf(STAFF_TWO);
        acknowledge(pi);
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(GATEWAY_OUTCOME, END_EVENT_CONCLUDED).hasNotPassed(TASK_GRANT_REWARD, TASK_DRAFT_COACHING_PLAN);
        OutcomeViews.OutcomeView v = view(STAFF_TWO);
        assertThat(v.outcome()).isEqualTo(Outcome.ACKNOWLEDGE);
        assertThat(v.creditPercent()).isEqualTo(100);
        assertThat(v.acknowledged()).isTrue();
        assertThat(documents.certificate(cycleId, STAFF_TWO)).isEmpty();
    }

    @Test
    void shouldCoachAButuhPerbaikanEmployee() {
        ProcessInstance pi = outcomeOf(STAFF_FOUR);
        acknowledge(pi);
        assertThat(pi).isWaitingAt(TASK_DRAFT_COACHING_PLAN).task().isAssignedTo(SUPERVISOR);
        Task draft = support.task(pi, TASK_DRAFT_COACHING_PLAN);
        assertThat(engine.getFormService().getTaskFormVariables(draft.getId()).get("trainingOptions").toString()).contains("ETIKA");
        assertThatThrownBy(() -> support.submit(draft, Map.of(FIELD_FOCUS_VALUES, List.of("AKUNTABEL"))))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("pelatihan");
        String training = engine.getFormService().getTaskFormVariables(draft.getId()).get("trainingOptions").toString()
                .replaceAll(".*\"value\":\"([A-Z-]+)\".*", "$1");
        support.submit(draft, Map.of(FIELD_FOCUS_VALUES, List.of("AKUNTABEL", "KOMPETEN"), FIELD_TRAININGS, List.of(training),
                FIELD_DIALOG_DATE_1, LocalDate.now().plusDays(14).toString(), FIELD_PLAN_NOTE, "Dialog dua mingguan."));
        assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE_COACHING_PLAN).task().isAssignedTo(STAFF_FOUR);
        assertThat(notifications.of(STAFF_FOUR)).anyMatch(n -> n.subject().startsWith("Rencana pembinaan"));
        support.submit(support.task(pi, TASK_ACKNOWLEDGE_COACHING_PLAN), Map.of(FIELD_PLAN_ACKNOWLEDGED, true));
        assertThat(pi).isWaitingAt(TIMER_COACHING_FOLLOW_UP);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_COACHING_FOLLOW_UP).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        assertThat(pi).isWaitingAt(TASK_REVIEW_COACHING_PROGRESS);
        support.submit(support.task(pi, TASK_REVIEW_COACHING_PROGRESS), Map.of(FIELD_PROGRESS_RESULT, "MEMADAI",
                FIELD_PROGRESS_NOTE, "Sudah mengikuti pelatihan dan ada perbaikan."));
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(END_EVENT_CONCLUDED).hasNotPassed(TASK_REVIEW_SANCTION);
        assertThat(view(STAFF_FOUR).coachingFocus()).containsExactly(BerakhlakValue.AKUNTABEL, BerakhlakValue.KOMPETEN);
        assertThat(view(STAFF_FOUR).coachingProgress()).isEqualTo(OutcomeChoices.CoachingProgress.MEMADAI);
        assertThat(view(STAFF_FOUR).creditPercent()).isEqualTo(75);
    }

    @Test
    void shouldReviewTheSanctionOfASangatKurangEmployeeAfterCoaching() {
        ProcessInstance pi = outcomeOf(STAFF_FIVE);
        assertThat(view(STAFF_FIVE).sanctionReview()).isTrue();
        assertThat(view(STAFF_FIVE).sanctionTrigger()).startsWith("Predikat Sangat Kurang (").endsWith(": Sangat Kurang)");
        acknowledge(pi);
        walkCoaching(pi);
        assertThat(pi).isWaitingAt(TASK_REVIEW_SANCTION);
        assertThat(support.task(pi, TASK_REVIEW_SANCTION)).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskCandidateGroup("admin-bkpsdm").count()).isEqualTo(1);
        engine.getTaskService().claim(support.task(pi, TASK_REVIEW_SANCTION).getId(), HR_ADMIN);
        support.submit(support.task(pi, TASK_REVIEW_SANCTION), Map.of(FIELD_SANCTION_DECISION, "TEGURAN_TERTULIS",
                FIELD_SANCTION_NOTE, "Predikat sangat kurang; teguran tertulis sesuai PP 94/2021."));
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(END_EVENT_SANCTION_REVIEWED);
        assertThat(view(STAFF_FIVE).creditPercent()).isEqualTo(25);
        assertThat(view(STAFF_FIVE).sanctionDecision()).isEqualTo(OutcomeChoices.SanctionDecision.TEGURAN_TERTULIS);
    }

    @Test
    void shouldUpholdAnAppealAndTriggerTheSanctionReviewOfASecondKurang() {
        ProcessInstance pi = outcomeOf(STAFF_THREE);
        assertThat(view(STAFF_THREE).sanctionReview()).isTrue();
        assertThat(view(STAFF_THREE).sanctionTrigger()).contains("dua siklus berturut-turut");
        support.submit(support.task(pi, TASK_VIEW_RESULT), Map.of(FIELD_RESULT_DECISION, "APPEAL",
                FIELD_APPEAL_REASON, "Nilai perilaku tidak mencerminkan kerja saya di loket."));
        assertThat(pi).isWaitingAt(TASK_DECIDE_APPEAL).task().isAssignedTo(HEAD);
        support.submit(support.task(pi, TASK_DECIDE_APPEAL), Map.of(FIELD_APPEAL_DECISION, "UPHOLD",
                FIELD_DECISION_REASON, "Penilaian atasan dan rekan kerja konsisten."));
        support.executeAsyncJobs();
        assertThat(pi).isWaitingAt(TASK_DRAFT_COACHING_PLAN).hasPassed(TASK_RECORD_APPEAL_DECISION);
        assertThat(view(STAFF_THREE).appealDecision()).isEqualTo(OutcomeChoices.AppealVerdict.UPHOLD);
        assertThat(view(STAFF_THREE).predikat()).isEqualTo(Predikat.KURANG);
        assertThat(notifications.of(STAFF_THREE)).anyMatch(n -> n.body().contains("tidak dikabulkan"));
    }

    @Test
    void shouldChangeThePredikatOnAppealAndRerunTheOutcome() throws Exception {
        ProcessInstance pi = outcomeOf(STAFF_SIX);
        support.submit(support.task(pi, TASK_VIEW_RESULT), Map.of(FIELD_RESULT_DECISION, "APPEAL",
                FIELD_APPEAL_REASON, "Capaian pelayanan saya melampaui target; mohon ditinjau."));
        Task decide = support.task(pi, TASK_DECIDE_APPEAL);
        assertThatThrownBy(() -> support.submit(decide, Map.of(FIELD_APPEAL_DECISION, "CHANGE", FIELD_DECISION_REASON, "Terbukti.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Pilih predikat baru");
        support.submit(decide, Map.of(FIELD_APPEAL_DECISION, "CHANGE", FIELD_NEW_PREDIKAT, "SANGAT_BAIK",
                FIELD_DECISION_REASON, "Bukti capaian layanan terverifikasi melampaui target."));
        support.executeAsyncJobs();
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(TASK_RECORD_APPEAL_DECISION, TASK_GRANT_REWARD);
        OutcomeViews.OutcomeView v = view(STAFF_SIX);
        assertThat(v.predikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(v.outcome()).isEqualTo(Outcome.REWARD);
        assertThat(v.creditPercent()).isEqualTo(150);
        assertThat(v.appealDecision()).isEqualTo(OutcomeChoices.AppealVerdict.CHANGE);
        assertThat(notifications.of(STAFF_SIX)).anyMatch(n -> n.body().contains("dikabulkan: predikat diubah menjadi Sangat Baik"));

        // the calibration's decision stays as published; its board marks the change and its addendum lists it
        long employeeId = organization.employeeByNip(STAFF_SIX).orElseThrow().id();
        Predikat published = outcomeRows.findById(v.id()).orElseThrow().getPublishedPredikat();
        assertThat(published).isNotEqualTo(Predikat.SANGAT_BAIK);
        org.kinerja.calibration.CalibrationQueries.Board board = calibrations.board(cycleId,
                new org.kinerja.calibration.CalibrationQueries.BoardQuery(0, 50, null, null, STAFF_SIX));
        assertThat(board.appealChanges()).singleElement().satisfies(change -> {
            assertThat(change.employeeId()).isEqualTo(employeeId);
            assertThat(change.nip()).isEqualTo(STAFF_SIX);
            assertThat(change.from()).isEqualTo(published);
            assertThat(change.to()).isEqualTo(Predikat.SANGAT_BAIK);
            assertThat(change.reason()).isEqualTo("Bukti capaian layanan terverifikasi melampaui target.");
        });
        assertThat(board.rows()).singleElement().satisfies(row -> {
            assertThat(row.finalPredikat()).as("the decision as published").isEqualTo(published);
            assertThat(row.appealPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
        });
        assertThat(appealChanges.record(cycleId, employeeId, published, Predikat.SANGAT_BAIK, "lagi", "x",
                java.time.Instant.now())).as("recorded once, whatever the retries").isFalse();
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        assertThat(calibrations.writeAppealAddendum(cycleId, pdf)).isEqualTo(1);
        String text = pdfText(pdf.toByteArray());
        assertThat(text).contains("PERUBAHAN SETELAH KEBERATAN").contains("Sangat Baik").contains(published.label());
        assertThat(text.replaceAll("\\s+", "")).as("in the table's cells, whatever their line breaks").contains(STAFF_SIX)
                .contains("Bukticapaianlayananterverifikasimelampauitarget.");
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        return new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
    }

    @Test
    void shouldAcknowledgeAutomaticallyWhenTheAppealWindowCloses() {
        ProcessInstance pi = outcomeOf(SUPERVISOR);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_AppealWindowClosed").singleResult();
        engine.getManagementService().executeJob(timer.getId());
        support.executeAsyncJobs(); // the end event reports to the cycle in its own job
        assertThat(pi).isEnded().hasPassed(TASK_CLOSE_APPEAL_WINDOW, END_EVENT_CONCLUDED);
        assertThat(view(SUPERVISOR).autoAcknowledged()).isTrue();
    }

    @Test
    @Order(2)
    void shouldNotLetAnotherEmployeeReadSomeonesResultVariables() {
        ProcessInstance pi = outcomeOf(STAFF_TWO);
        Task viewTask = support.task(pi, TASK_VIEW_RESULT);
        engine.getIdentityService().setAuthentication(STAFF_ONE, List.of("pegawai", "unit-SEK-A1"));
        try {
            assertThatThrownBy(() -> engine.getTaskService().getVariables(viewTask.getId())).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> engine.getFormService().getTaskFormVariables(viewTask.getId())).isInstanceOf(AuthorizationException.class);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        engine.getIdentityService().setAuthentication(STAFF_TWO, List.of("pegawai", "unit-SEK-A1"));
        try {
            assertThat(engine.getFormService().getTaskFormVariables(viewTask.getId())).containsKey("predikatLabel");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void shouldLetOnlyTheEmployeeAndHrDownloadTheCertificateAndResult() throws Exception {
        if (view(STAFF_ONE).certificateNumber() == null) {
            acknowledge(outcomeOf(STAFF_ONE));
            support.executeAsyncJobs();
        }
        String certificate = "/api/outcomes/" + cycleId + "/pegawai/" + STAFF_ONE + "/piagam.pdf";
        byte[] pdf = mvc.perform(get(certificate).with(httpBasic(STAFF_ONE, PASSWORD))).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf)).getTextFromPage(1);
        assertThat(text).contains("PIAGAM PENGHARGAAN").contains("Pegawai Satu").contains(STAFF_ONE).contains("Sangat Baik");
        mvc.perform(get(certificate).with(httpBasic(HR_ADMIN, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get(certificate).with(httpBasic(STAFF_TWO, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(certificate).with(httpBasic(SUPERVISOR, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get(certificate)).andExpect(status().isUnauthorized());
        String result = "/api/outcomes/" + cycleId + "/pegawai/" + STAFF_TWO + "/hasil.pdf";
        mvc.perform(get(result).with(httpBasic(STAFF_TWO, PASSWORD))).andExpect(status().isOk());
        mvc.perform(get(result).with(httpBasic(STAFF_ONE, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/outcomes/" + cycleId + "/pegawai/" + STAFF_TWO + "/piagam.pdf").with(httpBasic(STAFF_TWO, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    @Order(Integer.MAX_VALUE) // after every path above: it concludes whatever they left open
    void shouldConcludeTheCycleWhenTheLastOutcomeEnds() {
        for (int round = 0; round < 5 && !openOutcomes().isEmpty(); round++) {
            for (ProcessInstance pi : openOutcomes()) {
                assertThat(cycle).as("the cycle waits while an outcome is open").isWaitingAt(
                        org.kinerja.cycle.AppraisalCycleProcess.EVENT_OUTCOMES_CONCLUDED);
                if (support.task(pi, TASK_VIEW_RESULT) != null) {
                    acknowledge(pi);
                } else if (support.task(pi, TASK_DRAFT_COACHING_PLAN) != null) {
                    walkCoaching(pi);
                } else if (support.task(pi, TASK_REVIEW_SANCTION) != null) {
                    engine.getTaskService().claim(support.task(pi, TASK_REVIEW_SANCTION).getId(), HR_ADMIN);
                    support.submit(support.task(pi, TASK_REVIEW_SANCTION), Map.of(FIELD_SANCTION_DECISION, "TEGURAN_LISAN",
                            FIELD_SANCTION_NOTE, "Teguran lisan; pembinaan dilanjutkan."));
                }
                support.executeAsyncJobs();
            }
        }
        assertThat(openOutcomes()).isEmpty();
        assertThat(cycle).isEnded().hasPassed(org.kinerja.cycle.AppraisalCycleProcess.EVENT_OUTCOMES_CONCLUDED,
                org.kinerja.cycle.AppraisalCycleProcess.END_EVENT_CYCLE_CONCLUDED);
    }

    /** The cycle's outcome processes still running (after the cycle's end too: by business key "{cycleId}-{nip}"). */
    private List<ProcessInstance> openOutcomes() {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .processInstanceBusinessKeyLike(cycleId + "-%").list();
    }

    private void walkCoaching(ProcessInstance pi) {
        Task draft = support.task(pi, TASK_DRAFT_COACHING_PLAN);
        String training = engine.getFormService().getTaskFormVariables(draft.getId()).get("trainingOptions").toString()
                .replaceAll(".*\"value\":\"([A-Z-]+)\".*", "$1");
        Map<String, Object> plan = new HashMap<>(Map.of(FIELD_FOCUS_VALUES, List.of("BERORIENTASI_PELAYANAN"), FIELD_TRAININGS,
                List.of(training), FIELD_DIALOG_DATE_1, LocalDate.now().plusDays(7).toString()));
        support.submit(draft, plan);
        support.submit(support.task(pi, TASK_ACKNOWLEDGE_COACHING_PLAN), Map.of(FIELD_PLAN_ACKNOWLEDGED, true));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(TIMER_COACHING_FOLLOW_UP).singleResult();
        engine.getManagementService().executeJob(timer.getId());
        support.submit(support.task(pi, TASK_REVIEW_COACHING_PROGRESS), Map.of(FIELD_PROGRESS_RESULT, "PERLU_LANJUTAN",
                FIELD_PROGRESS_NOTE, "Belum ada perbaikan yang berarti; lanjutkan pembinaan."));
    }
}

package org.kinerja.appraisal;

import org.kinerja.support.KinerjaTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.*;
import static org.kinerja.support.ProcessTestSupport.*;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.feedback.SurveyService;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.scoring.Rating;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code EmployeeAppraisalProcess} with its real delegates, listeners, forms' values and DMN tables: the happy path,
 * then each detour on its own.
 */
@KinerjaTest
class EmployeeAppraisalProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    AppraisalRepository appraisals;
    @Autowired
    AppraisalResultRepository results;
    @Autowired
    SkpIndicatorRepository indicators;
    @Autowired
    ProgressReportRepository reports;
    @Autowired
    NotificationService notifications;
    @Autowired
    SurveyService survey;
    ProcessTestSupport support;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldDeploy() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID).count()).isPositive();
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID).latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(730);
    }

    @Test
    void shouldWalkFromTargetsToTheMergedScore() {
        ProcessInstance cycle = support.startCycle("SEK-A1", nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance pi = support.appraisalOf(cycle, STAFF_ONE);
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        assertThat(support.task(pi, TASK_DRAFT_TARGETS).getAssignee()).isEqualTo(STAFF_ONE);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), VAR_PEER_COUNT)).isEqualTo(3);
        // Who rates whom is in Kinerja's tables only: no variable names a rater or the supervisor.
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("peerNips", "supervisorNip")
                .allSatisfy((name, value) -> assertThat(value).isNotInstanceOf(java.util.Collection.class));

        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators());
        Task approve = support.task(pi, TASK_APPROVE_TARGETS);
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        support.submit(approve, Map.of("targetsDecision", "APPROVE"));

        for (int period = 1; period <= 3; period++) {
            assertThat(pi).isWaitingAt(TASK_REPORT_PROGRESS);
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), Map.of("real1", 30.0 * period, "real2", 6, "evidenceNote",
                    "Rekap berkas triwulan " + period));
            Task feedback = support.task(pi, TASK_GIVE_FEEDBACK);
            assertThat(feedback.getAssignee()).isEqualTo(SUPERVISOR);
            support.submit(feedback, Map.of("feedback", "Pertahankan, triwulan " + period));
        }
        long appraisalId = appraisalId(pi);
        assertThat(reports.findByAppraisalIdOrderByPeriodNo(appraisalId)).hasSize(3)
                .allSatisfy(r -> assertThat(r.getFeedback()).startsWith("Pertahankan"));

        assertThat(pi).isWaitingAt(TASK_SELF_ASSESSMENT);
        Map<String, Object> self = ratings(3);
        self.putAll(Map.of("real1", 110, "real2", 5, "reflection", "Target berkas terlampaui."));
        support.submit(support.task(pi, TASK_SELF_ASSESSMENT), self);
        assertThat(pi).isWaitingAt(TASK_PROPOSE_WORK_RATING);
        support.executeAsyncJobs();

        assertThat(pi).isWaitingAt(TASK_RATE_PEER, TASK_REVIEW_BY_SUPERVISOR);
        assertThat(appraisals.findById(appraisalId).orElseThrow().getProposedWorkRating()).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        List<Task> peerTasks = support.tasks(pi, TASK_RATE_PEER);
        assertThat(peerTasks).hasSize(3);
        peerTasks.forEach(t -> support.submit(t, ratings(4)));
        Map<String, Object> review = ratings(5);
        review.putAll(Map.of("supervisorComment", "Kinerja sangat baik.", "workRatingDecision", "CONFIRM"));
        support.submit(support.task(pi, TASK_REVIEW_BY_SUPERVISOR), review);

        assertThat(pi).isWaitingAt(TASK_MERGE_FEEDBACK);
        support.executeAsyncJobs();
        assertThat(pi).isEnded().hasPassed(END_EVENT_SCORE_MERGED);

        // work: 100 × (60 × min(110/100, 1.2) + 40 × min(7/5, 1.2)) / 100 = 66 + 48 = 114.00 → di atas ekspektasi
        // behaviour: 0.6 × 5 + 0.3 × 4 + 0.1 × 3 = 4.50 for every value → di atas ekspektasi → SANGAT_BAIK
        AppraisalResult result = results.findById(appraisalId).orElseThrow();
        assertThat(result.getWorkResultScore()).isEqualByComparingTo("114.00");
        assertThat(result.getBehaviourScore()).isEqualByComparingTo("4.50");
        assertThat(result.isPeersUsed()).isTrue();
        assertThat(result.getPeerCount()).isEqualTo(3);
        assertThat(result.isCitizenUsed()).isFalse();
        assertThat(result.getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(result.getValues()).hasSize(7);
        assertThat(historicVariable(pi, VAR_PREDIKAT)).isEqualTo("SANGAT_BAIK");
        assertThat(indicators.findByAppraisalIdOrderBySeq(appraisalId)).extracting(SkpIndicator::getAchievement)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1.1"), new BigDecimal("1.2"));
    }

    @Test
    void shouldLoopBackToDraftingWhenTheSupervisorReturnsTheTargets() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_TWO);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators());
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "RETURN")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Catatan pengembalian wajib diisi");
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "RETURN",
                "returnComment", "Tambahkan indikator kualitas."));

        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS).hasPassed(GATEWAY_TARGETS_APPROVED);
        Task redraft = support.task(pi, TASK_DRAFT_TARGETS);
        assertThat(engine.getTaskService().getVariableLocal(redraft.getId(), "returnComment")).isEqualTo("Tambahkan indikator kualitas.");
        assertThat(engine.getTaskService().getVariableLocal(redraft.getId(), "iki2Name")).isEqualTo("Rata-rata waktu penyelesaian");
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("returnComment", "iki1Name", "targetsDecision");
    }

    @Test
    void shouldRefuseTargetsThatBreakTheRules() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_THREE);
        Map<String, Object> wrongWeights = twoIndicators();
        wrongWeights.put("iki2Weight", 30);
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), wrongWeights))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Jumlah bobot harus 100, sekarang 90");
        Map<String, Object> zeroTarget = twoIndicators();
        zeroTarget.put("iki1Target", 0);
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), zeroTarget))
                .hasMessageContaining("Indikator 1: Target harus lebih dari 0");
        Map<String, Object> tooMany = twoIndicators();
        tooMany.put("indicatorCount", 11);
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), tooMany))
                .hasMessageContaining("Jumlah indikator tidak boleh lebih dari 10");
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        assertThat(indicators.findByAppraisalIdOrderBySeq(appraisalId(pi))).isEmpty();
    }

    @Test
    void shouldRemindTheEmployeeAndEscalateToTheSupervisorWhenATaskIsLate() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_FOUR);
        Task draft = support.task(pi, TASK_DRAFT_TARGETS);
        // the task says whose appraisal it is and when it is due (the cycle's escalation delay, P14D)
        assertThat(draft.getName()).isEqualTo("Susun target SKP — Pegawai Empat");
        assertThat(draft.getDueDate()).isNotNull();
        assertThat(java.time.Duration.between(draft.getCreateTime().toInstant(), draft.getDueDate().toInstant()).toDays()).isEqualTo(14);
        Job reminder = support.deadlineTimer(pi, TASK_DRAFT_TARGETS, false);
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        assertThat(notifications.of(STAFF_FOUR)).filteredOn(n -> n.kind() == NotificationKind.TASK_REMINDER)
                .singleElement().satisfies(n -> assertThat(n.subject()).isEqualTo("Pengingat: Susun target SKP — Pegawai Empat"));

        engine.getManagementService().executeJob(support.deadlineTimer(pi, TASK_DRAFT_TARGETS, true).getId());
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        assertThat(notifications.of(SUPERVISOR)).filteredOn(n -> n.kind() == NotificationKind.TASK_ESCALATION)
                .anySatisfy(n -> assertThat(n.body()).contains("Pegawai Empat").contains("Susun target SKP"));
        assertThat(support.task(pi, TASK_DRAFT_TARGETS).getId()).isEqualTo(draft.getId());
    }

    @Test
    void shouldKeepButNotUseFewerThanThreePeersAndHonourASupervisorOverride() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_FIVE, "SEK-A2");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), VAR_PEER_COUNT)).isEqualTo(1);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), Map.of("indicatorCount", 1, "rhk1", "Terlayaninya pemohon",
                "iki1Name", "Berkas diproses", "iki1Unit", "berkas", "iki1Target", 10, "iki1Direction", "HIGHER_IS_BETTER",
                "iki1Weight", 100, "iki1Aspect", "KUANTITAS"));
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), Map.of("real1", 2 * period, "evidenceLink", "https://arsip.example/" + period));
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Percepat penyelesaian berkas."));
        }
        Map<String, Object> self = ratings(5);
        self.putAll(Map.of("real1", 8, "reflection", "Sebagian berkas tertunda karena gangguan jaringan."));
        support.submit(support.task(pi, TASK_SELF_ASSESSMENT), self);
        support.executeAsyncJobs();
        long appraisalId = appraisalId(pi);
        assertThat(appraisals.findById(appraisalId).orElseThrow().getProposedWorkRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);

        support.submit(support.tasks(pi, TASK_RATE_PEER).get(0), ratings(2));
        Map<String, Object> review = ratings(4);
        review.putAll(Map.of("supervisorComment", "Kendala jaringan di luar kendali pegawai.", "workRatingDecision", "OVERRIDE",
                "workRatingOverride", "SESUAI_EKSPEKTASI"));
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_REVIEW_BY_SUPERVISOR), review))
                .hasMessageContaining("Alasan mengubah rating wajib diisi");
        review.put("overrideReason", "Gangguan jaringan SIAK selama dua bulan.");
        support.submit(support.task(pi, TASK_REVIEW_BY_SUPERVISOR), review);
        support.executeAsyncJobs();
        assertThat(pi).isEnded();

        // one peer answered: kept, not used; its weight moves to the supervisor: 0.9 × 4 + 0.1 × 5 = 4.10
        // work 80.00 (di bawah), overridden to sesuai; sesuai × sesuai → BAIK
        AppraisalResult result = results.findById(appraisalId).orElseThrow();
        assertThat(result.getPeerCount()).isEqualTo(1);
        assertThat(result.isPeersUsed()).isFalse();
        assertThat(result.getValues()).allSatisfy(v -> assertThat(v.peerAverage()).isNull());
        assertThat(result.getBehaviourScore()).isEqualByComparingTo("4.10");
        assertThat(result.getWorkResultScore()).isEqualByComparingTo("80.00");
        assertThat(result.getProposedWorkRating()).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
        assertThat(result.getWorkRating()).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(result.isWorkRatingOverridden()).isTrue();
        assertThat(result.getOverrideReason()).contains("Gangguan jaringan");
        assertThat(result.getPredikat()).isEqualTo(Predikat.BAIK);
    }

    @Test
    void shouldMergeAfterThePeerDeadlineWithThePeersWhoAnswered() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_ONE);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), Map.of("real1", 30.0 * period, "real2", 6, "evidenceNote", "Rekap"));
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        }
        Map<String, Object> self = ratings(4);
        self.putAll(Map.of("real1", 100, "real2", 5, "reflection", "Target tercapai."));
        support.submit(support.task(pi, TASK_SELF_ASSESSMENT), self);
        support.executeAsyncJobs();
        List<Task> peers = support.tasks(pi, TASK_RATE_PEER);
        assertThat(peers).hasSize(3);
        Map<String, Object> review = ratings(4);
        review.putAll(Map.of("supervisorComment", "Konsisten.", "workRatingDecision", "CONFIRM"));
        support.submit(support.task(pi, TASK_REVIEW_BY_SUPERVISOR), review);
        // two peers answer; the third never does
        support.submit(peers.get(0), ratings(5));
        support.submit(peers.get(1), ratings(5));
        assertThat(pi).isWaitingAt(TASK_RATE_PEER);

        // the peer rating closes at its deadline (twice the escalation delay, P28D here): the merge goes on
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_PeerRatingClosed").singleResult();
        assertThat(java.time.Duration.between(java.time.Instant.now(), deadline.getDuedate().toInstant()).toDays()).isBetween(27L, 28L);
        engine.getManagementService().executeJob(deadline.getId());
        assertThat(support.tasks(pi, TASK_RATE_PEER)).isEmpty();
        support.executeAsyncJobs();
        assertThat(pi).isEnded().hasPassed("BoundaryEvent_PeerRatingClosed", TASK_MERGE_FEEDBACK);

        // the >= 3 rule applies to those who answered: 2 answered, so peers are kept but not used, and the result says so
        AppraisalResult result = results.findById(appraisalId(pi)).orElseThrow();
        assertThat(result.getPeerCount()).isEqualTo(2);
        assertThat(result.getPeersAsked()).isEqualTo(3);
        assertThat(result.isPeersUsed()).isFalse();
        assertThat(result.getPredikat()).isNotNull();
    }

    @Test
    void shouldLetTheHrAdminsApproveTheTargetsOfTheHeadWhoHasNoSupervisor() {
        ProcessInstance cycle = support.startCycle("DINAS", nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance pi = support.appraisalOf(cycle, HEAD);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators());
        Task approve = support.task(pi, TASK_APPROVE_TARGETS);
        assertThat(approve.getAssignee()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).taskCandidateGroup("admin-bkpsdm").count()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).taskCandidateGroupIn(groupsOf(HR_ADMIN)).count())
                .isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().taskId(approve.getId()).taskCandidateGroupIn(groupsOf(STAFF_ONE)).count())
                .isZero();
    }

    @Test
    void shouldAddTheCitizenTermFromTenResponsesButNotFromNine() {
        int year = java.time.LocalDate.now(SurveyService.ZONE).getYear();
        for (int i = 0; i < 10; i++) {
            citizenRates(STAFF_FIVE, 4);
        }
        for (int i = 0; i < 9; i++) {
            citizenRates(STAFF_SIX, 4);
        }
        ProcessInstance cycle = support.startCycle("SEK-A2", year, "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance five = support.appraisalOf(cycle, STAFF_FIVE);
        ProcessInstance six = support.appraisalOf(cycle, STAFF_SIX);
        for (ProcessInstance pi : List.of(five, six)) {
            support.submit(support.task(pi, TASK_DRAFT_TARGETS), Map.of("indicatorCount", 1, "rhk1", "Terlayaninya pemohon",
                    "iki1Name", "Berkas diproses", "iki1Unit", "berkas", "iki1Target", 100, "iki1Direction", "HIGHER_IS_BETTER",
                    "iki1Weight", 100, "iki1Aspect", "KUANTITAS"));
            support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
            for (int period = 1; period <= 3; period++) {
                support.submit(support.task(pi, TASK_REPORT_PROGRESS), Map.of("real1", 25 * period, "evidenceNote", "Rekap"));
                support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
            }
            Map<String, Object> self = ratings(4);
            self.putAll(Map.of("real1", 100, "reflection", "Sesuai target."));
            support.submit(support.task(pi, TASK_SELF_ASSESSMENT), self);
        }
        support.executeAsyncJobs();
        for (ProcessInstance pi : List.of(five, six)) {
            support.tasks(pi, TASK_RATE_PEER).forEach(t -> support.submit(t, ratings(4)));
            Map<String, Object> review = ratings(4);
            review.putAll(Map.of("supervisorComment", "Sesuai ekspektasi.", "workRatingDecision", "CONFIRM"));
            support.submit(support.task(pi, TASK_REVIEW_BY_SUPERVISOR), review);
        }
        support.executeAsyncJobs();

        // ten responses, all 4: IKM 100 → citizen score 5; Berorientasi Pelayanan = 0.7 × 4 + 0.3 × 5 = 4.3;
        // behaviour = (4.3 + 6 × 4) / 7 = 4.0428… → 4.04
        AppraisalResult withCitizens = results.findById(appraisalId(five)).orElseThrow();
        assertThat(withCitizens.isCitizenUsed()).isTrue();
        assertThat(withCitizens.getBehaviourScore()).isEqualByComparingTo("4.04");
        assertThat(withCitizens.getValues()).filteredOn(v -> v.value() == BerakhlakValue.BERORIENTASI_PELAYANAN).singleElement()
                .satisfies(v -> assertThat(v.finalScore()).isEqualByComparingTo("4.3"));
        // nine responses: kept, but below the threshold of ten, so no citizen term
        AppraisalResult withoutCitizens = results.findById(appraisalId(six)).orElseThrow();
        assertThat(withoutCitizens.isCitizenUsed()).isFalse();
        assertThat(withoutCitizens.getBehaviourScore()).isEqualByComparingTo("4.00");
    }

    private void citizenRates(String nip, int answer) {
        String number = survey.registerTicket(new SurveyService.TicketRequest("KTP-" + System.nanoTime(), "Penerbitan KTP-el", nip,
                java.time.Instant.now()), "loket").ticketNumber();
        int[] answers = new int[9];
        java.util.Arrays.fill(answers, answer);
        survey.respond(number, answers, null);
    }

    @Test
    void shouldRefuseAPeerRatingOutsideTheScale() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_ONE);
        walkToReviews(pi);
        Map<String, Object> bad = ratings(4);
        bad.put(FormKeys.rating(BerakhlakValue.LOYAL), 6);
        Task peerTask = support.tasks(pi, TASK_RATE_PEER).get(0);
        assertThatThrownBy(() -> support.submit(peerTask, bad)).hasMessageContaining("Nilai Loyal tidak boleh lebih dari 5");
        assertThat(support.tasks(pi, TASK_RATE_PEER)).hasSize(3);
    }

    private void walkToReviews(ProcessInstance pi) {
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), Map.of("real1", 20, "real2", 7, "evidenceNote", "Rekap"));
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        }
        Map<String, Object> self = ratings(3);
        self.putAll(Map.of("real1", 95, "real2", 7, "reflection", "Sesuai rencana."));
        support.submit(support.task(pi, TASK_SELF_ASSESSMENT), self);
        support.executeAsyncJobs();
    }

    private ProcessInstance appraisalWaitingAtDraft(String nip) {
        return appraisalWaitingAtDraft(nip, "SEK-A1");
    }

    private ProcessInstance appraisalWaitingAtDraft(String nip, String unit) {
        ProcessInstance cycle = support.startCycle(unit, nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        ProcessInstance pi = support.appraisalOf(cycle, nip);
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        return pi;
    }

    private List<String> groupsOf(String userId) {
        return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    private long appraisalId(ProcessInstance pi) {
        return ((Number) historicVariable(pi, VAR_APPRAISAL_ID)).longValue();
    }

    private Object historicVariable(ProcessInstance pi, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).variableName(name)
                .singleResult().getValue();
    }

    static Map<String, Object> twoIndicators() {
        Map<String, Object> form = new HashMap<>();
        form.put("indicatorCount", 2);
        form.put("rhk1", "Terlayaninya permohonan dokumen kependudukan");
        form.put("rhkParent1", "-");
        form.put("iki1Name", "Jumlah berkas diproses");
        form.put("iki1Unit", "berkas");
        form.put("iki1Target", 100);
        form.put("iki1Direction", "HIGHER_IS_BETTER");
        form.put("iki1Weight", 60);
        form.put("iki1Aspect", "KUANTITAS");
        form.put("rhk2", "Terlayaninya permohonan dokumen kependudukan");
        form.put("rhkParent2", "-");
        form.put("iki2Name", "Rata-rata waktu penyelesaian");
        form.put("iki2Unit", "hari");
        form.put("iki2Target", 7);
        form.put("iki2Direction", "LOWER_IS_BETTER");
        form.put("iki2Weight", 40);
        form.put("iki2Aspect", "WAKTU");
        return form;
    }

}

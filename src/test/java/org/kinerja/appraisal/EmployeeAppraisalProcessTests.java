package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.appraisal.EmployeeAppraisalProcess.*;
import static org.kinerja.support.ProcessTestSupport.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
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
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
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
    AppraisalAssignment assignment;
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
        assertThat(assignment.peerCount(appraisalId(pi))).isEqualTo(3);
        // Who rates whom, how many peers and periods, the deadlines: all in Kinerja's tables. The process holds ids only.
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).containsOnlyKeys("cycleId", "employeeId", "appraisalId");

        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators().form());
        Task approve = support.task(pi, TASK_APPROVE_TARGETS);
        assertThat(approve.getAssignee()).isEqualTo(SUPERVISOR);
        support.submit(approve, Map.of("targetsDecision", "APPROVE"));

        for (int period = 1; period <= 3; period++) {
            assertThat(pi).isWaitingAt(TASK_REPORT_PROGRESS);
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), SkpRows.report("Rekap berkas triwulan " + period, 30.0 * period, 6));
            Task feedback = support.task(pi, TASK_GIVE_FEEDBACK);
            assertThat(feedback.getAssignee()).isEqualTo(SUPERVISOR);
            support.submit(feedback, Map.of("feedback", "Pertahankan, triwulan " + period));
        }
        long appraisalId = appraisalId(pi);
        assertThat(reports.findByAppraisalIdOrderByPeriodNo(appraisalId)).hasSize(3)
                .allSatisfy(r -> assertThat(r.getFeedback()).startsWith("Pertahankan"));

        assertThat(pi).isWaitingAt(TASK_SELF_ASSESSMENT);
        Map<String, Object> self = ratings(3);
        self.putAll(SkpRows.realisations(110, 5));
        self.put("reflection", "Target berkas terlampaui.");
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
    void shouldReadTheFormsContextWhenTheFormIsOpenedAndStoreNoneOfItInTheEngine() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_TWO);
        Task draft = support.task(pi, TASK_DRAFT_TARGETS);
        assertThat(engine.getTaskService().getVariablesLocal(draft.getId())).as("nothing stored on the task").isEmpty();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().taskIdIn(draft.getId()).count())
                .as("nor in the history").isZero();

        Map<String, Object> form = engine.getFormService().getTaskFormVariables(draft.getId());
        assertThat(form).containsKeys("header", SkpRows.LIST).containsEntry("appraisalId", appraisalId(pi));
        assertThat(form.get("header").toString()).contains("Pegawai Dua");
        assertThat(rowsOf(draft, engine)).as("the rows the form starts from, a Json value").isNotEmpty();
        assertThat(engine.getFormService().getTaskFormVariables(draft.getId(), List.of("header"), true))
                .as("only the names asked for").containsOnlyKeys("header");

        // read again after a change: the context is read now, not when the task was created
        support.submit(draft, twoIndicators().form());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "RETURN", "returnComment", "Perbaiki."));
        Task redraft = support.task(pi, TASK_DRAFT_TARGETS);
        assertThat(rowsOf(redraft, engine)).hasSize(2);
        assertThat(engine.getTaskService().getVariablesLocal(redraft.getId())).isEmpty();
    }

    @Test
    void shouldLoopBackToDraftingWhenTheSupervisorReturnsTheTargets() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_TWO);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators().form());
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "RETURN")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Catatan pengembalian wajib diisi");
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "RETURN",
                "returnComment", "Tambahkan indikator kualitas."));

        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS).hasPassed(GATEWAY_TARGETS_APPROVED);
        Task redraft = support.task(pi, TASK_DRAFT_TARGETS);
        assertThat(engine.getFormService().getTaskFormVariables(redraft.getId()).get("returnComment")).isEqualTo("Tambahkan indikator kualitas.");
        // the redraft shows the returned plan as the list's rows, a Json form variable
        assertThat(rowsOf(redraft, engine)).extracting(r -> r.get("name").asText())
                .containsExactly("Jumlah berkas diproses", "Rata-rata waktu penyelesaian");
        assertThat(rowsOf(redraft, engine).get(1).get("target").decimalValue()).isEqualByComparingTo("7");
        assertThat(engine.getRuntimeService().getVariables(pi.getId())).doesNotContainKeys("returnComment", SkpRows.LIST, "targetsDecision");
    }

    @Test
    void shouldRefuseTargetsThatBreakTheRules() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_THREE);
        Map<String, Object> wrongWeights = twoIndicators().set(2, "weight", 30).form();
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), wrongWeights))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Jumlah bobot harus 100, sekarang 90");
        Map<String, Object> zeroTarget = twoIndicators().set(1, "target", 0).form();
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), zeroTarget))
                .hasMessageContaining("Indikator 1: Target harus lebih dari 0");
        Map<String, Object> noUnit = twoIndicators().set(2, "unit", null).form();
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), noUnit))
                .hasMessageContaining("Indikator 2: Satuan wajib diisi.");
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), indicators(31).form()))
                .hasMessageContaining("SKP harus berisi 1–30 indikator, sekarang 31.");
        assertThatThrownBy(() -> support.submit(support.task(pi, TASK_DRAFT_TARGETS), SkpRows.plan().form()))
                .hasMessageContaining("SKP harus berisi 1–30 indikator, sekarang 0.");
        // without a template the form holds one empty row; submitted untouched, it names what the row lacks
        Task draft = support.task(pi, TASK_DRAFT_TARGETS);
        Object untouched = engine.getFormService().getTaskFormVariables(draft.getId(), List.of(SkpRows.LIST), false).getValueTyped(SkpRows.LIST);
        assertThatThrownBy(() -> support.submit(draft, Map.of(SkpRows.LIST, untouched)))
                .hasMessageContaining("Indikator 1: Rencana hasil kerja (RHK) wajib diisi.").hasMessageContaining("Indikator 1: Bobot wajib diisi.");
        assertThat(pi).isWaitingAt(TASK_DRAFT_TARGETS);
        assertThat(indicators.findByAppraisalIdOrderBySeq(appraisalId(pi))).isEmpty();
    }

    @Test
    void shouldTakeFifteenIndicatorsAndMatchEveryReportRowToItsIndicatorByNumber() {
        ProcessInstance pi = appraisalWaitingAtDraft(STAFF_TWO);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), indicators(15).form());
        long appraisalId = appraisalId(pi);
        List<SkpIndicator> plan = indicators.findByAppraisalIdOrderBySeq(appraisalId);
        assertThat(plan).extracting(SkpIndicator::getSeq).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());
        assertThat(plan.get(14).getName()).isEqualTo("Indikator 15: berkas jenis 15 diproses");
        assertThat(plan.get(14).getWeight()).isEqualByComparingTo("6.76"); // 100 − 14 × 6.66
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));

        // the report form lists every indicator: its number, what it measures, and no realisation yet
        Task first = support.task(pi, TASK_REPORT_PROGRESS);
        List<JsonNode> shown = rowsOf(first, engine);
        assertThat(shown).hasSize(15);
        assertThat(shown.get(3).get("no").asInt()).isEqualTo(4);
        assertThat(shown.get(3).get("name").asText()).isEqualTo("Indikator 4: berkas jenis 4 diproses");
        assertThat(shown.get(3).get("target").decimalValue()).isEqualByComparingTo("40");
        assertThat(shown.get(3).get("unit").asText()).isEqualTo("berkas");
        assertThat(shown.get(3).get("direction").asText()).isEqualTo("semakin rendah semakin baik");
        assertThat(shown.get(3).path("realisation").isNumber()).as("no realisation before the first report").isFalse();

        // rows are matched by the indicator's number, not by their order
        List<Map<String, Object>> reversed = new java.util.ArrayList<>();
        for (int no = 15; no >= 1; no--) {
            reversed.add(SkpRows.realisation(no, no + 0.5));
        }
        support.submit(first, Map.of(SkpRows.LIST, reversed, "evidenceNote", "Rekap triwulan 1"));
        Map<Long, BigDecimal> reported = reports.findByAppraisalIdAndPeriodNo(appraisalId, 1).orElseThrow().getRealisations();
        assertThat(plan).allSatisfy(i -> assertThat(reported.get(i.getId())).as("indicator %d", i.getSeq())
                .isEqualByComparingTo(BigDecimal.valueOf(i.getSeq() + 0.5)));
        support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));

        Task second = support.task(pi, TASK_REPORT_PROGRESS);
        assertThat(rowsOf(second, engine)).as("prefilled with the previous period's realisation")
                .allSatisfy(r -> assertThat(r.get("realisation").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(r.get("no").asInt() + 0.5)));
        List<Map<String, Object>> duplicate = SkpRows.realisationRows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        duplicate.set(3, SkpRows.realisation(3, 4));
        assertThatThrownBy(() -> support.submit(second, Map.of(SkpRows.LIST, duplicate, "evidenceNote", "Rekap")))
                .hasMessageContaining("Baris 4: indikator 3 (Indikator 3: berkas jenis 3 diproses) sudah dilaporkan pada baris sebelumnya.")
                .hasMessageContaining("Realisasi indikator 4 (Indikator 4: berkas jenis 4 diproses) wajib diisi: daftar tidak memuat baris");
        List<Map<String, Object>> unknown = SkpRows.realisationRows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThatThrownBy(() -> support.submit(second, Map.of(SkpRows.LIST, unknown, "evidenceNote", "Rekap")))
                .hasMessageContaining("Baris 16: indikator 16 tidak ada dalam SKP ini (SKP berisi indikator 1–15).");
        List<Map<String, Object>> tooPrecise = SkpRows.realisationRows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        tooPrecise.set(0, SkpRows.realisation(1, new BigDecimal("0.00001")));
        tooPrecise.set(1, SkpRows.realisation(2, -1));
        assertThatThrownBy(() -> support.submit(second, Map.of(SkpRows.LIST, tooPrecise, "evidenceNote", "Rekap")))
                .hasMessageContaining("Realisasi indikator 1 (Indikator 1: berkas jenis 1 diproses) paling banyak 4 angka di belakang koma.")
                .hasMessageContaining("Realisasi indikator 2 (Indikator 2: berkas jenis 2 diproses) tidak boleh kurang dari 0.");
        List<Map<String, Object>> withName = SkpRows.realisationRows(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        withName.get(0).put("name", "Indikator lain");
        // what a row shows is no field: the engine guard refuses it from the employee, whichever door (here the Java API)
        engine.getIdentityService().setAuthentication(STAFF_TWO, List.of("pegawai"));
        try {
            assertThatThrownBy(() -> support.submit(second, Map.of(SkpRows.LIST, withName, "evidenceNote", "Rekap")))
                    .hasMessageContaining("Isian 'indicators': baris 1: isian 'name' bukan bagian dari daftar ini.");
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(reports.findByAppraisalIdAndPeriodNo(appraisalId, 2)).as("nothing of the refused reports is stored").isEmpty();

        support.submit(second, SkpRows.report("Rekap triwulan 2", 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30));
        support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        support.submit(support.task(pi, TASK_REPORT_PROGRESS), SkpRows.report("Rekap triwulan 3", 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33,
                36, 39, 42, 45));
        support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        Task self = support.task(pi, TASK_SELF_ASSESSMENT);
        assertThat(rowsOf(self, engine)).extracting(r -> r.get("realisation").intValue())
                .containsExactly(3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45);
        Map<String, Object> assessment = ratings(4);
        assessment.putAll(SkpRows.realisations(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150));
        assessment.put("reflection", "Semua indikator tercapai.");
        support.submit(self, assessment);
        assertThat(indicators.findByAppraisalIdOrderBySeq(appraisalId)).extracting(SkpIndicator::getFinalRealisation)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 15)
                        .mapToObj(i -> BigDecimal.valueOf(10L * i)).toList());
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
        assertThat(assignment.peerCount(appraisalId(pi))).isEqualTo(1);
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), SkpRows.oneIndicator().set(1, "target", 10).form());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            Map<String, Object> report = SkpRows.realisations(2 * period);
            report.put("evidenceLink", "https://arsip.example/" + period);
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), report);
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Percepat penyelesaian berkas."));
        }
        Map<String, Object> self = ratings(5);
        self.putAll(SkpRows.realisations(8));
        self.put("reflection", "Sebagian berkas tertunda karena gangguan jaringan.");
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
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators().form());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), SkpRows.report("Rekap", 30.0 * period, 6));
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        }
        Map<String, Object> self = ratings(4);
        self.putAll(SkpRows.realisations(100, 5));
        self.put("reflection", "Target tercapai.");
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
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators().form());
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
            support.submit(support.task(pi, TASK_DRAFT_TARGETS), SkpRows.oneIndicator().form());
            support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
            for (int period = 1; period <= 3; period++) {
                support.submit(support.task(pi, TASK_REPORT_PROGRESS), SkpRows.report("Rekap", 25 * period));
                support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
            }
            Map<String, Object> self = ratings(4);
            self.putAll(SkpRows.realisations(100));
            self.put("reflection", "Sesuai target.");
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
        support.submit(support.task(pi, TASK_DRAFT_TARGETS), twoIndicators().form());
        support.submit(support.task(pi, TASK_APPROVE_TARGETS), Map.of("targetsDecision", "APPROVE"));
        for (int period = 1; period <= 3; period++) {
            support.submit(support.task(pi, TASK_REPORT_PROGRESS), SkpRows.report("Rekap", 20, 7));
            support.submit(support.task(pi, TASK_GIVE_FEEDBACK), Map.of("feedback", "Baik."));
        }
        Map<String, Object> self = ratings(3);
        self.putAll(SkpRows.realisations(95, 7));
        self.put("reflection", "Sesuai rencana.");
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

    /** Two indicators under one RHK: 100 berkas (weight 60) and 7 days, lower is better (weight 40). */
    static SkpRows.Plan twoIndicators() {
        return SkpRows.plan()
                .indicator("Terlayaninya permohonan dokumen kependudukan", "Jumlah berkas diproses", "berkas", 100, "HIGHER_IS_BETTER", 60,
                        "KUANTITAS")
                .indicator("Terlayaninya permohonan dokumen kependudukan", "Rata-rata waktu penyelesaian", "hari", 7, "LOWER_IS_BETTER", 40,
                        "WAKTU");
    }

    /** {@code count} indicators under five RHK, targets 10, 20, …, weights as equal as two decimals allow, totalling 100. */
    static SkpRows.Plan indicators(int count) {
        SkpRows.Plan plan = SkpRows.plan();
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(count), 2, java.math.RoundingMode.DOWN);
        for (int i = 1; i <= count; i++) {
            BigDecimal weight = i < count ? each : BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(count - 1)));
            plan.indicator("RHK " + ((i - 1) % 5 + 1) + ": terlayaninya pemohon dokumen", "Indikator " + i + ": berkas jenis " + i
                    + " diproses", "berkas", 10 * i, i % 4 == 0 ? "LOWER_IS_BETTER" : "HIGHER_IS_BETTER", weight,
                    i % 3 == 0 ? "KUALITAS" : "KUANTITAS");
        }
        return plan;
    }

    /** The rows of a task's indicator list as Tasklist reads them: a Json form variable, not deserialised. */
    static List<JsonNode> rowsOf(Task task, ProcessEngine engine) {
        TypedValue value = engine.getFormService().getTaskFormVariables(task.getId(), List.of(SkpRows.LIST), false).getValueTyped(SkpRows.LIST);
        assertThat(value.getType().getName()).as("the list is a Json variable").isEqualTo("json");
        try {
            List<JsonNode> rows = new java.util.ArrayList<>();
            new ObjectMapper().readTree(((SerializableValue) value).getValueSerialized()).forEach(rows::add);
            return rows;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

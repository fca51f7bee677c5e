package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.cycle.AppraisalCycleProcess.*;
import static org.kinerja.support.ProcessTestSupport.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code AppraisalCycleProcess}: opening a cycle from its start form, one appraisal per employee, and its end. */
@KinerjaTest
class AppraisalCycleProcessTests {

    static final String EMPLOYEE_PROCESS = "EmployeeAppraisalProcess";

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    AppraisalCycleRepository cycles;
    @Autowired
    CycleParticipantRepository participants;
    @Autowired
    CycleProgress progress;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    ProcessTestSupport support;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldDeploy() {
        var definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID)
                .latestVersion().singleResult();
        assertThat(definition.isStartableInTasklist()).isTrue();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(730);
        assertThat(engine.getFormService().getStartFormKey(definition.getId())).isNull();
        assertThat(engine.getFormService().getStartFormData(definition.getId()).getCamundaFormRef().getKey()).isEqualTo("cycle-start");
    }

    @Test
    void shouldOpenTheCycleAndStartOneAppraisalPerEmployeeOfTheSubtree() {
        int year = nextYear();
        ProcessInstance cycle = support.startCycle("bid-a", year, "MONTHLY");
        // the whole multi-instance body is asynchronous: submitting the start form only opens the cycle, which waits
        // from then on for the message of the last appraisal
        assertThat(cycle).isWaitingAt(TASK_START_APPRAISALS + "#multiInstanceBody", EVENT_APPRAISALS_CONCLUDED);
        Map<String, Object> variables = engine.getRuntimeService().getVariables(cycle.getId());
        assertThat(variables).containsOnlyKeys(VAR_CYCLE_ID, VAR_PARTICIPANT_COUNT).containsEntry(VAR_PARTICIPANT_COUNT, 7);
        AppraisalCycle row = cycles.findByProcessInstanceId(cycle.getId()).orElseThrow();
        assertThat(row.getYear()).isEqualTo(year);
        assertThat(row.settings().periodLength().progressPeriods()).isEqualTo(11);
        assertThat(row.settings().behaviour().supervisorWeight()).isEqualTo(60);

        support.executeAsyncJobs();
        List<ProcessInstance> children = support.appraisals(cycle);
        assertThat(children).hasSize(7);
        List<String> waiting = children.stream().map(pi -> support.task(pi, "Task_DraftTargets").getAssignee()).toList();
        assertThat(waiting).containsExactlyInAnyOrder(SUPERVISOR, STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR, STAFF_FIVE, STAFF_SIX);
        assertThat(children).extracting(ProcessInstance::getBusinessKey).contains(row.getId() + "-" + STAFF_ONE);
        // results are never collected into a list variable on the parent
        assertThat(engine.getRuntimeService().getVariables(cycle.getId()).keySet())
                .allMatch(name -> !name.toLowerCase().contains("result"));
    }

    @Test
    void shouldStartTheAppraisalsByBatchInNonExclusiveJobsAndPrepareEachInItsOwnJob() {
        ProcessInstance cycle = support.startCycle("SEK-A1", nextYear(), "QUARTERLY");
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        // four employees make one batch: one job, not exclusive, so that batches spread over the executor's threads
        List<org.camunda.bpm.engine.runtime.Job> batches = management.createJobQuery().processInstanceId(cycle.getId()).list();
        assertThat(batches).hasSize(1).allSatisfy(job -> {
            assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).isExclusive()).isFalse();
            assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getLockExpirationTime()).isNull();
        });
        management.executeJob(batches.get(0).getId());
        // the batch only started the processes; each prepares its appraisal in its own job, so one employee's failure
        // holds back nobody else
        List<ProcessInstance> children = support.appraisals(cycle);
        assertThat(children).hasSize(4).allSatisfy(child -> assertThat(management.createJobQuery().processInstanceId(child.getId())
                .activityId("Task_PrepareAppraisal").count()).isEqualTo(1));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count()).isZero();
        support.executeAsyncJobs();
        assertThat(children).allSatisfy(child -> assertThat(child).isWaitingAt("Task_DraftTargets"));
        assertThat(cycle).isWaitingAt(EVENT_APPRAISALS_CONCLUDED);
    }

    @Test
    void shouldCoverEveryParticipantOnceWhicheverTheBatchCount() {
        for (int count = 1; count <= 1_001; count += 37) {
            int batches = CycleChildren.batchCount(count);
            assertThat(batches * CycleChildren.BATCH_SIZE).isGreaterThanOrEqualTo(count);
            for (int cardinality : new int[] {batches, 1, Math.max(1, batches / 2), batches * 3}) {
                boolean[] seen = new boolean[count];
                for (int batch = 0; batch < cardinality; batch++) {
                    int[] range = CycleChildren.range(count, cardinality, batch);
                    for (int i = range[0]; i < range[1]; i++) {
                        assertThat(seen[i]).as("participant %d of %d in %d batches", i, count, cardinality).isFalse();
                        seen[i] = true;
                    }
                }
                for (int i = 0; i < count; i++) {
                    assertThat(seen[i]).as("participant %d of %d in %d batches", i, count, cardinality).isTrue();
                }
            }
        }
    }

    @Test
    void shouldRefuseABadStartFormAndStartNothing() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
        assertThatThrownBy(() -> support.startCycle("TIDAK-ADA", nextYear(), "QUARTERLY"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("unit 'TIDAK-ADA' tidak dikenal");
        assertThatThrownBy(() -> support.startCycle("SEK-A1", 1999, "YEARLY"))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Tahun harus bilangan bulat antara 2000 dan 2100")
                .hasMessageContaining("MONTHLY (bulanan) atau QUARTERLY");
        assertThatThrownBy(() -> start(Map.of("reminderDelay", "P14D", "escalationDelay", "P7D")))
                .hasMessageContaining("harus lebih pendek daripada batas waktu eskalasi");
        assertThatThrownBy(() -> start(Map.of("reminderDelay", "7 hari")))
                .hasMessageContaining("bukan durasi ISO-8601 yang sah: '7 HARI'");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isEqualTo(before);
    }

    @Test
    void shouldAllowOneCycleOfAnOrganisationPerYear() {
        int year = nextYear();
        support.startCycle("BID-A", year, "QUARTERLY");
        assertThatThrownBy(() -> support.startCycle("SEK-A1", year, "QUARTERLY"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("sudah dinilai dalam siklus");
        assertThatThrownBy(() -> support.startCycle("DINAS", year, "QUARTERLY"))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Satu organisasi hanya punya satu siklus per tahun");
        support.startCycle("SEK-A1", year + 1000 > 2100 ? 2099 : year + 1, "QUARTERLY");
    }

    @Test
    void shouldGoToCalibrationOnceEveryEmployeeHasAMergedScore() {
        ProcessInstance cycle = support.startCycle("SEK-A2", nextYear(), "QUARTERLY");
        support.executeAsyncJobs();
        List<ProcessInstance> children = support.appraisals(cycle);
        assertThat(children).hasSize(2);
        for (ProcessInstance child : children) {
            support.submit(support.task(child, "Task_DraftTargets"), SkpRows.oneIndicator().form());
            support.submit(support.task(child, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
            for (int period = 1; period <= 3; period++) {
                support.submit(support.task(child, "Task_ReportProgress"), SkpRows.report("Rekap", 25 * period));
                support.submit(support.task(child, "Task_GiveProgressFeedback"), Map.of("feedback", "Lanjutkan."));
            }
            Map<String, Object> self = ratings(4);
            self.putAll(SkpRows.realisations(100));
            self.put("reflection", "Sesuai target.");
            support.submit(support.task(child, "Task_SelfAssessment"), self);
        }
        support.executeAsyncJobs();
        for (ProcessInstance child : children) {
            for (Task peer : support.tasks(child, "Task_RatePeer")) {
                support.submit(peer, ratings(4));
            }
            Map<String, Object> review = ratings(4);
            review.putAll(Map.of("supervisorComment", "Sesuai ekspektasi.", "workRatingDecision", "CONFIRM"));
            support.submit(support.task(child, "Task_ReviewBySupervisor"), review);
        }
        assertThat(cycle).isWaitingAt(EVENT_APPRAISALS_CONCLUDED);
        long cycleId = support.cycleId(cycle);
        assertThat(progress.open(cycleId)).containsExactly(2, 2);
        // the first appraisal merges and ends: counted, and the cycle goes on waiting for the other
        executeJobsOf(children.get(0));
        assertThat(children.get(0)).isEnded().hasPassed("Task_MergeFeedback", "EndEvent_ScoreMerged");
        assertThat(progress.open(cycleId)).containsExactly(1, 2);
        assertThat(cycle).isWaitingAt(EVENT_APPRAISALS_CONCLUDED);
        // the last one wakes the cycle
        support.executeAsyncJobs();
        assertThat(progress.open(cycleId)).containsExactly(0, 2);
        children.forEach(child -> assertThat(child).isEnded().hasPassed("EndEvent_ScoreMerged"));
        assertThat(cycle).hasPassed(TASK_MARK_SCORED).isWaitingAt(TASK_SET_ORGANISATION_RATING);
        assertThat(cycles.findByProcessInstanceId(cycle.getId()).orElseThrow().settings().status()).isEqualTo(CycleStatus.SCORED);
    }

    @Test
    void shouldCountEachConclusionOnceAndUndoTheCountWithItsTransaction() {
        ProcessInstance cycle = support.startCycle("SEK-A2", nextYear(), "QUARTERLY");
        long cycleId = support.cycleId(cycle);
        List<Long> employeesOfCycle = participants.findBatch(cycleId, 0, 2).stream().map(CycleParticipant::getEmployeeId).toList();
        var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);

        CycleProgress.Conclusion first = tx.execute(s -> progress.conclude(cycleId, employeesOfCycle.get(0), CycleProgress.Phase.APPRAISAL));
        assertThat(first.counted()).isTrue();
        assertThat(first.remaining()).isEqualTo(1);
        assertThat(first.last()).isFalse();
        // the same employee's end again (a second end event, a job run twice): not counted again
        CycleProgress.Conclusion again = tx.execute(s -> progress.conclude(cycleId, employeesOfCycle.get(0), CycleProgress.Phase.APPRAISAL));
        assertThat(again.counted()).isFalse();
        assertThat(progress.open(cycleId)).containsExactly(1, 2);
        // the last one's job fails after counting: the rollback undoes the count, and its retry is the last again
        CycleProgress.Conclusion rolledBack = tx.execute(s -> {
            s.setRollbackOnly();
            return progress.conclude(cycleId, employeesOfCycle.get(1), CycleProgress.Phase.APPRAISAL);
        });
        assertThat(rolledBack.last()).isTrue();
        assertThat(progress.open(cycleId)).containsExactly(1, 2);
        assertThat(tx.execute(s -> progress.conclude(cycleId, employeesOfCycle.get(1), CycleProgress.Phase.APPRAISAL)).last()).isTrue();
        // the phases count apart
        assertThat(progress.open(cycleId)).containsExactly(0, 2);
        assertThat(tx.execute(s -> progress.conclude(cycleId, employeesOfCycle.get(1), CycleProgress.Phase.OUTCOME)).remaining()).isEqualTo(1);
    }

    @Test
    void shouldNotLoseTheWakeUpOfASuspendedCycle() {
        ProcessInstance cycle = support.startCycle("SEK-A2", nextYear(), "QUARTERLY");
        long cycleId = support.cycleId(cycle);
        support.executeAsyncJobs();
        List<ProcessInstance> children = support.appraisals(cycle);
        assertThat(children).hasSize(2);
        var management = engine.getManagementService();
        // the first appraisal ends (moved to its end event, as an operator could): counted
        toEndEvent(children.get(0));
        executeJobsOf(children.get(0));
        assertThat(progress.open(cycleId)).containsExactly(1, 2);
        // the last one ends while an admin has suspended the cycle: the message would match nothing, so the job fails
        // and its count is undone, rather than leaving the cycle waiting for ever
        engine.getRuntimeService().suspendProcessInstanceById(cycle.getId());
        toEndEvent(children.get(1));
        String end = management.createJobQuery().processInstanceId(children.get(1).getId()).singleResult().getId();
        assertThatThrownBy(() -> management.executeJob(end)).hasMessageContaining("sedang ditangguhkan");
        assertThat(progress.open(cycleId)).containsExactly(1, 2);
        assertThat(children.get(1)).isNotEnded();
        // resumed, the retried job counts the last appraisal and wakes the cycle
        engine.getRuntimeService().activateProcessInstanceById(cycle.getId());
        management.executeJob(end);
        assertThat(progress.open(cycleId)).containsExactly(0, 2);
        support.executeAsyncJobs();
        assertThat(cycle).hasPassed(EVENT_APPRAISALS_CONCLUDED, TASK_MARK_SCORED).isWaitingAt(TASK_SET_ORGANISATION_RATING);
    }

    /** Moves an appraisal waiting at its first task to its (asynchronous) end event. */
    private void toEndEvent(ProcessInstance appraisal) {
        engine.getRuntimeService().createProcessInstanceModification(appraisal.getId()).startBeforeActivity("EndEvent_ScoreMerged")
                .cancelAllForActivity("Task_DraftTargets").execute(true, true);
    }

    private void executeJobsOf(ProcessInstance instance) {
        var management = engine.getManagementService();
        for (int round = 0; round < 100; round++) {
            var jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }

    private ProcessInstance start(Map<String, Object> overrides) {
        engine.getIdentityService().setAuthentication(HR_ADMIN, List.of("admin-bkpsdm", "pegawai"));
        try {
            Map<String, Object> form = new HashMap<>(Map.of("cycleName", "Siklus uji", "year", nextYear(), "unitCode", "SEK-A1",
                    "periodLength", "QUARTERLY", "reminderDelay", "P7D", "escalationDelay", "P14D"));
            form.putAll(overrides);
            String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID)
                    .latestVersion().singleResult().getId();
            return engine.getFormService().submitStartForm(definitionId, form);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

}

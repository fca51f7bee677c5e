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
        // the whole multi-instance body is asynchronous: submitting the start form only opens the cycle
        assertThat(cycle).isWaitingAt(CALL_APPRAISE_EMPLOYEES + "#multiInstanceBody");
        Map<String, Object> variables = engine.getRuntimeService().getVariables(cycle.getId());
        assertThat(variables).containsOnlyKeys(VAR_CYCLE_ID, VAR_PARTICIPANT_COUNT).containsEntry(VAR_PARTICIPANT_COUNT, 7);
        AppraisalCycle row = cycles.findByProcessInstanceId(cycle.getId()).orElseThrow();
        assertThat(row.getYear()).isEqualTo(year);
        assertThat(row.settings().periodLength().progressPeriods()).isEqualTo(11);
        assertThat(row.settings().behaviour().supervisorWeight()).isEqualTo(60);

        support.executeAsyncJobs();
        List<ProcessInstance> children = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId()).list();
        assertThat(children).hasSize(7);
        List<String> waiting = children.stream().map(pi -> support.task(pi, "Task_DraftTargets").getAssignee()).toList();
        assertThat(waiting).containsExactlyInAnyOrder(SUPERVISOR, STAFF_ONE, STAFF_TWO, STAFF_THREE, STAFF_FOUR, STAFF_FIVE, STAFF_SIX);
        assertThat(children).extracting(ProcessInstance::getBusinessKey).contains(row.getId() + "-" + STAFF_ONE);
        // results are never collected into a list variable on the parent
        assertThat(engine.getRuntimeService().getVariables(cycle.getId()).keySet())
                .allMatch(name -> !name.toLowerCase().contains("result"));
    }

    @Test
    void shouldStartEachAppraisalInItsOwnNonExclusiveJob() {
        ProcessInstance cycle = support.startCycle("SEK-A1", nextYear(), "QUARTERLY");
        var management = engine.getManagementService();
        management.executeJob(management.createJobQuery().processInstanceId(cycle.getId()).singleResult().getId());
        List<org.camunda.bpm.engine.runtime.Job> starts = management.createJobQuery().processInstanceId(cycle.getId()).list();
        assertThat(starts).hasSize(4).allSatisfy(job -> {
            assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).isExclusive()).isFalse();
            assertThat(((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getLockExpirationTime()).isNull();
        });
        support.executeAsyncJobs();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId()).count()).isEqualTo(4);
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
        List<ProcessInstance> children = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(cycle.getId()).list();
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
        assertThat(cycle).isWaitingAt(CALL_APPRAISE_EMPLOYEES);
        support.executeAsyncJobs();
        children.forEach(child -> assertThat(child).isEnded().hasPassed("EndEvent_ScoreMerged"));
        assertThat(cycle).hasPassed(TASK_MARK_SCORED).isWaitingAt(TASK_SET_ORGANISATION_RATING);
        assertThat(cycles.findByProcessInstanceId(cycle.getId()).orElseThrow().settings().status()).isEqualTo(CycleStatus.SCORED);
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

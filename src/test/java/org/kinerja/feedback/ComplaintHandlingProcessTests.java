package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.kinerja.feedback.ComplaintHandlingProcess.*;

import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ComplaintHandlingProcess}: a complaint in a survey answer becomes a task for the head of the unit that served. */
@KinerjaTest
class ComplaintHandlingProcessTests {

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    SurveyService survey;
    @Autowired
    ComplaintCaseRepository cases;
    @Autowired
    NotificationService notifications;
    ProcessTestSupport support;

    @BeforeEach
    void organisation() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldDeploy() {
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_ID).latestVersion()
                .singleResult().getHistoryTimeToLive()).isEqualTo(730);
    }

    @Test
    void shouldGiveTheComplaintToTheUnitHeadAndCloseItWithTheActionTaken() {
        ProcessInstance pi = complaintAbout(ProcessTestSupport.STAFF_ONE, "Petugas loket tidak ramah.");
        assertThat(pi).isWaitingAt(TASK_FOLLOW_UP);
        Task task = support.task(pi, TASK_FOLLOW_UP);
        assertThat(task.getAssignee()).isEqualTo(ProcessTestSupport.SUPERVISOR);
        assertThat(engine.getFormService().getTaskFormVariables(task.getId()).get("complaintText")).isEqualTo("Petugas loket tidak ramah.");

        assertThatThrownBy(() -> support.submit(task, Map.of("actionTaken", "")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Tindakan yang diambil wajib diisi, 5 sampai 4.000 karakter");
        support.submit(task, Map.of("actionTaken", "Petugas dibina; standar sapaan loket diumumkan ulang."));

        assertThat(pi).isEnded().hasPassed(END_EVENT_CLOSED);
        long complaintId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(VAR_COMPLAINT_ID).singleResult().getValue()).longValue();
        ComplaintCase closed = cases.findById(complaintId).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo("CLOSED");
        assertThat(closed.getActionTaken()).startsWith("Petugas dibina");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void shouldRemindTheUnitHeadThenEscalateToHr() {
        ProcessInstance pi = complaintAbout(ProcessTestSupport.STAFF_TWO, "Berkas saya hilang.");
        var management = engine.getManagementService();
        management.executeJob(support.deadlineTimer(pi, TASK_FOLLOW_UP, false).getId());
        assertThat(notifications.of(ProcessTestSupport.SUPERVISOR)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK_REMINDER);
            assertThat(n.subject()).startsWith("Pengingat: Tindak lanjuti pengaduan");
        });
        management.executeJob(support.deadlineTimer(pi, TASK_FOLLOW_UP, true).getId());
        assertThat(notifications.of(ProcessTestSupport.HR_ADMIN)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.TASK_ESCALATION);
            assertThat(n.body()).contains("Atasan Uji");
        });
        assertThat(pi).isWaitingAt(TASK_FOLLOW_UP);
    }

    @Test
    void shouldGiveAComplaintAboutTheHeadToTheHrAdmins() {
        ProcessInstance pi = complaintAbout(ProcessTestSupport.HEAD, "Antrean di ruang kepala dinas terlalu lama.");
        Task task = support.task(pi, TASK_FOLLOW_UP);
        assertThat(task.getAssignee()).isNull();
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).taskCandidateGroup("admin-bkpsdm").count()).isEqualTo(1);
    }

    @Test
    void shouldStartNothingForAnAnswerWithoutAComplaint() {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count();
        survey.respond(ticket(ProcessTestSupport.STAFF_ONE), answers(4), "   ");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).count()).isEqualTo(before);
    }

    private ProcessInstance complaintAbout(String nip, String complaint) {
        String number = ticket(nip);
        survey.respond(number, answers(3), complaint);
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_ID)
                .orderByProcessInstanceId().desc().list().stream()
                .filter(p -> complaint.equals(engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).list().stream()
                        .findFirst().map(t -> engine.getFormService().getTaskFormVariables(t.getId()).get("complaintText")).orElse(null)))
                .findFirst().orElseThrow();
    }

    private String ticket(String nip) {
        return survey.registerTicket(new SurveyService.TicketRequest("ADU-" + System.nanoTime(), "Penerbitan KTP-el", nip, Instant.now()),
                "loket").ticketNumber();
    }

    private static int[] answers(int value) {
        return IkmCalculatorTests.all(value);
    }
}

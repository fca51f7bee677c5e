package org.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Email notifications against a real SMTP server (GreenMail): the outbox, the delivery process with its retries and
 * incident, and a retry after a successful send. The job executor is off: the tests run each delivery job themselves,
 * as the job executor (or an operator in Cockpit) would. Retry cycle here: {@code R2/PT0S}, two attempts in all (Camunda
 * gives the job the cycle's count of retries when it is created).
 */
@SpringBootTest(properties = {"kinerja.mail.enabled=true", "kinerja.public-base-url=https://kinerja.example/"})
@ActiveProfiles("test")
class MailDeliveryTests {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    /** Makes the next {@code Task_SendMail} fail after its work, as if the job's transaction failed after the send. */
    static final AtomicBoolean FAIL_AFTER_SEND = new AtomicBoolean();

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @TestConfiguration
    static class FailingJobTransaction {

        @Bean
        AbstractCamundaConfiguration failAfterSendListener() {
            return new AbstractCamundaConfiguration() {
                @Override
                public void preInit(SpringProcessEngineConfiguration configuration) {
                    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                    listeners.add(new AbstractBpmnParseListener() {
                        @Override
                        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                            if (MailDeliveryProcess.TASK_SEND_MAIL.equals(activity.getId())) {
                                activity.addListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                                    if (FAIL_AFTER_SEND.getAndSet(false)) {
                                        throw new IllegalStateException("Uji: transaksi job gagal setelah email terkirim");
                                    }
                                });
                            }
                        }
                    });
                    configuration.setCustomPostBPMNParseListeners(listeners);
                }
            };
        }
    }

    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailOutboxRepository outbox;
    @Autowired
    MailSettings settings;
    @Autowired
    JavaMailSender mailSender;
    ProcessTestSupport support;
    int smtpPort;

    @BeforeEach
    void setUp() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        smtp.purgeEmailFromAllMailboxes();
        smtpPort = ((JavaMailSenderImpl) mailSender).getPort();
    }

    @AfterEach
    void cleanUp() {
        ((JavaMailSenderImpl) mailSender).setPort(smtpPort);
        settings.setEnabled(true);
        FAIL_AFTER_SEND.set(false);
        engine.getIdentityService().clearAuthentication();
        // Other test classes run every due job of the shared database: leave no delivery job behind.
        for (String key : List.of(MailDeliveryProcess.PROCESS_ID, "KinerjaTestProcess")) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "uji selesai"));
        }
    }

    @Test
    void shouldQueueTheMailWithTheNotificationAndSendItInItsOwnJob() throws Exception {
        String key = "RESULTS:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_ONE;
        assertThat(notifications.notify(ProcessTestSupport.STAFF_ONE, NotificationKind.RESULTS_PUBLISHED, key,
                "Hasil penilaian kinerja 2040 — sudah diumumkan", "Predikat Anda: “Baik”.\nNilai perilaku < 60 perlu dibina.",
                "https://kinerja.example/hasil/1")).isTrue();

        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(queued.getEmail()).isEqualTo("satu@uji.example");
        assertThat(queued.getKind()).isEqualTo(NotificationKind.RESULTS_PUBLISHED);
        assertThat(smtp.getReceivedMessages()).as("nothing is sent in the caller's transaction").isEmpty();
        Job job = deliveryJob(queued);
        assertThat(job.getRetries()).as("the retry cycle R2/PT0S: two attempts").isEqualTo(2);

        engine.getManagementService().executeJob(job.getId());

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("satu@uji.example");
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Hasil penilaian kinerja 2040 — sudah diumumkan");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("satu@uji.example");
        assertThat(((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getPersonal()).isEqualTo("Pegawai Satu");
        assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@kinerja.local");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Kinerja");
        assertThat(mail.getMessageID()).isEqualTo("<kinerja-mail-" + queued.getId() + "@kinerja.local>");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).startsWith("Kinerja · Hasil penilaian kinerja\n\nYth. Pegawai Satu,\n")
                .contains("Yth. Pegawai Satu,").contains("Predikat Anda: “Baik”.").contains("Nilai perilaku < 60 perlu dibina.")
                .contains("Buka di Kinerja: https://kinerja.example/hasil/1")
                .contains("Pesan ini dikirim otomatis oleh Kinerja. Jangan membalas email ini.");
        assertThat(html).contains("<html lang=\"id\"").contains(">Hasil penilaian kinerja 2040 — sudah diumumkan</h1>")
                .contains("Yth. <span>Pegawai Satu</span>,").contains("Predikat Anda: “Baik”.")
                .contains("Nilai perilaku &lt; 60 perlu dibina.").contains("href=\"https://kinerja.example/hasil/1\"")
                .contains("Pesan ini dikirim otomatis oleh Kinerja. Jangan membalas email ini.");

        MailOutbox sent = outbox.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(deliveryInstance(queued)).as("the delivery process has ended").isNull();
    }

    @Test
    void shouldRetryWhileTheSmtpServerIsDownThenRaiseAnIncidentAndSendWhenAnOperatorRetries() throws Exception {
        String key = "COACHING:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_TWO;
        notifications.notify(ProcessTestSupport.STAFF_TWO, NotificationKind.COACHING_PLAN, key, "Rencana pembinaan Anda",
                "Atasan Anda menyusun rencana pembinaan.");
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        String jobId = deliveryJob(queued).getId();
        ((JavaMailSenderImpl) mailSender).setPort(closedPort());

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        Job afterFirst = job(jobId);
        assertThat(afterFirst.getRetries()).as("R2: one attempt left").isEqualTo(1);
        assertThat(afterFirst.getExceptionMessage()).isNotBlank();
        assertThat(incidents(queued)).isEmpty();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(job(jobId).getRetries()).isZero();
        assertThat(incidents(queued)).singleElement().satisfies(i -> {
            assertThat(i.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(i.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_MAIL);
        });
        MailOutbox waiting = outbox.findById(queued.getId()).orElseThrow();
        assertThat(waiting.getStatus()).as("nothing lost").isEqualTo(MailStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(2);
        assertThat(waiting.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(MailOutbox.MAX_ERROR);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // The server is back; the operator raises the retries in Cockpit (this call) and the job executor runs the job.
        ((JavaMailSenderImpl) mailSender).setPort(smtpPort);
        engine.getManagementService().setJobRetries(jobId, 1);
        assertThat(incidents(queued)).isEmpty();
        engine.getManagementService().executeJob(jobId);

        assertThat(smtp.getReceivedMessagesForDomain("dua@uji.example")).hasSize(1)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("Rencana pembinaan Anda"));
        MailOutbox sent = outbox.findById(queued.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(deliveryInstance(queued)).isNull();
    }

    @Test
    void shouldNotSendAgainWhenTheJobIsRetriedAfterTheSend() throws Exception {
        String key = "APPEAL:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_THREE;
        notifications.notify(ProcessTestSupport.STAFF_THREE, NotificationKind.APPEAL_DECIDED, key, "Keberatan Anda sudah diputuskan",
                "Tim penilai memutuskan keberatan Anda.");
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        String jobId = deliveryJob(queued).getId();

        FAIL_AFTER_SEND.set(true);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
                .hasStackTraceContaining("transaksi job gagal setelah email terkirim");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.findById(queued.getId()).orElseThrow().getStatus()).as("the mark survives the job's rollback")
                .isEqualTo(MailStatus.SENT);
        assertThat(job(jobId).getRetries()).as("the job failed and is retried").isEqualTo(1);

        engine.getManagementService().executeJob(jobId);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(outbox.findById(queued.getId()).orElseThrow().getAttempts()).isEqualTo(1);
        assertThat(deliveryInstance(queued)).isNull();
    }

    @Test
    void shouldQueueOneMailPerKeyEvenWhenTheCurrentUserMayNotStartProcesses() throws Exception {
        String key = "CERTIFICATE:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_FOUR;
        // A Tasklist user's request: pegawai may not start MailDeliveryProcess; the notification must not fail for it.
        engine.getIdentityService().setAuthentication(ProcessTestSupport.STAFF_ONE, List.of("pegawai"));
        assertThat(notifications.notify(ProcessTestSupport.STAFF_FOUR, NotificationKind.CERTIFICATE_READY, key, "Sertifikat siap",
                "Sertifikat Anda dapat diunduh.")).isTrue();
        assertThat(notifications.notify(ProcessTestSupport.STAFF_FOUR, NotificationKind.CERTIFICATE_READY, key, "Sertifikat siap",
                "Sertifikat Anda dapat diunduh.")).isFalse();
        engine.getIdentityService().clearAuthentication();

        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(queued.getId().toString()).count()).isEqualTo(1);
        assertThat(notifications.of(ProcessTestSupport.STAFF_FOUR)).filteredOn(n -> n.subject().equals("Sertifikat siap")).hasSize(1);
        engine.getManagementService().executeJob(deliveryJob(queued).getId());
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void shouldNotifyInAppOnlyWithoutAnAddressOrWhenMailIsOff() {
        String unknown = "UNKNOWN:" + System.nanoTime() + ":tanpa-email";
        assertThat(notifications.notify("tanpa-email", NotificationKind.TASK_REMINDER, unknown, "Pengingat", "Tugas menunggu.")).isTrue();
        assertThat(notifications.of("tanpa-email")).isNotEmpty();
        assertThat(outbox.findByDedupeKey(unknown)).isEmpty();

        settings.setEnabled(false);
        String off = "OFF:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_ONE;
        assertThat(notifications.notify(ProcessTestSupport.STAFF_ONE, NotificationKind.TASK_REMINDER, off, "Pengingat", "Tugas menunggu."))
                .isTrue();
        assertThat(outbox.findByDedupeKey(off)).isEmpty();
    }

    @Test
    void shouldNotifyTheAssigneeOfEveryUserTaskOnceWithALinkToTheTask() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", ProcessTestSupport.STAFF_TWO);
        variables.put("candidateGroups", "pegawai");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("KinerjaTestProcess", variables);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

        String key = "TASK_ASSIGNED:" + task.getId() + ":" + ProcessTestSupport.STAFF_TWO;
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow(() -> new AssertionError("assigned at creation: no outbox row"));
        assertThat(queued.getKind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
        assertThat(queued.getSubject()).isEqualTo("Tugas baru: Kerjakan tugas uji");
        assertThat(notifications.of(ProcessTestSupport.STAFF_TWO)).filteredOn(n -> n.kind() == NotificationKind.TASK_ASSIGNED)
                .anySatisfy(n -> assertThat(n.body()).contains("\"Kerjakan tugas uji\"").contains("\"Proses uji Kinerja\""));
        engine.getManagementService().executeJob(deliveryJob(queued).getId());
        MimeMessage[] received = smtp.getReceivedMessagesForDomain("dua@uji.example");
        assertThat(received).hasSize(1);
        String text = (String) ((MimeMultipart) received[0].getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("Anda mendapat tugas \"Kerjakan tugas uji\" dalam proses \"Proses uji Kinerja\".")
                .contains("https://kinerja.example/camunda/app/tasklist/default/#/?task=" + task.getId());

        // Reassigned: the new assignee is told (with the due date); back to the first one: already told, nothing new.
        engine.getTaskService().setDueDate(task.getId(), java.util.Date.from(java.time.Instant.parse("2040-03-03T10:00:00Z")));
        engine.getTaskService().setAssignee(task.getId(), ProcessTestSupport.STAFF_ONE);
        MailOutbox second = outbox.findByDedupeKey("TASK_ASSIGNED:" + task.getId() + ":" + ProcessTestSupport.STAFF_ONE).orElseThrow();
        assertThat(second.getEmail()).isEqualTo("satu@uji.example");
        assertThat(second.getBodyText()).contains("Batas waktu: 3 Maret 2040 17:00 WIB.");
        long told = notifications.of(ProcessTestSupport.STAFF_TWO).stream().filter(n -> n.kind() == NotificationKind.TASK_ASSIGNED).count();
        engine.getTaskService().setAssignee(task.getId(), ProcessTestSupport.STAFF_TWO);
        assertThat(notifications.of(ProcessTestSupport.STAFF_TWO).stream().filter(n -> n.kind() == NotificationKind.TASK_ASSIGNED).count())
                .isEqualTo(told);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID).list())
                .as("only the second assignee's mail waits").singleElement()
                .satisfies(p -> assertThat(p.getBusinessKey()).isEqualTo(second.getId().toString()));
    }

    @Test
    void shouldNotNotifySomeoneWhoClaimsATaskThemselves() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", null);
        variables.put("candidateGroups", "pegawai");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("KinerjaTestProcess", variables);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        engine.getIdentityService().setAuthentication(ProcessTestSupport.STAFF_THREE, List.of("pegawai"));
        try {
            engine.getTaskService().claim(task.getId(), ProcessTestSupport.STAFF_THREE);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
                .isEqualTo(ProcessTestSupport.STAFF_THREE);
        assertThat(outbox.findByDedupeKey("TASK_ASSIGNED:" + task.getId() + ":" + ProcessTestSupport.STAFF_THREE)).isEmpty();
        assertThat(notifications.of(ProcessTestSupport.STAFF_THREE)).noneMatch(n -> n.body().contains(task.getId()));
    }

    private ProcessInstance deliveryInstance(MailOutbox mail) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(mail.getId().toString()).singleResult();
    }

    private Job deliveryJob(MailOutbox mail) {
        ProcessInstance instance = deliveryInstance(mail);
        assertThat(instance).as("a delivery process for mail " + mail.getId()).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), MailDeliveryProcess.VAR_MAIL_ID)).isEqualTo(mail.getId());
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(job.getDuedate()).isNull();
        return job;
    }

    private Job job(String id) {
        return engine.getManagementService().createJobQuery().jobId(id).singleResult();
    }

    private List<Incident> incidents(MailOutbox mail) {
        return engine.getRuntimeService().createIncidentQuery().processInstanceId(deliveryInstance(mail).getId()).list();
    }

    /** A local port nobody listens on: the SMTP server is "down". */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.kinerja.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on H2 with email on, against a real SMTP server (GreenMail), for the mail tests: one Spring context
 * for all of them. The job executor and the dispatcher's schedule are off (test profile): the tests run the dispatcher
 * and each job themselves, as the job executor (or an operator in Cockpit) would. Retry cycle here: {@code R2/PT0S},
 * two attempts in all (Camunda gives the job the cycle's count of retries when it is created).
 */
@SpringBootTest(properties = {"kinerja.mail.enabled=true", "kinerja.public-base-url=https://kinerja.example/"})
@ActiveProfiles("test")
@Import(MailTestBase.FailingJobTransaction.class)
abstract class MailTestBase {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    /** Makes the next {@code Task_SendBatch} fail after its work, as if the job's transaction failed after the sends. */
    static final AtomicBoolean FAIL_AFTER_SEND = new AtomicBoolean();

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
                            if (MailDeliveryProcess.TASK_SEND_BATCH.equals(activity.getId())) {
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
    MailDigestItemRepository digestItems;
    @Autowired
    MailSettings settings;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    JdbcTemplate jdbc;
    ProcessTestSupport support;

    @BeforeEach
    void connectToTheSmtpServer() throws Exception {
        support = new ProcessTestSupport(engine, units, employees);
        smtp.purgeEmailFromAllMailboxes();
        ((JavaMailSenderImpl) mailSender).setHost("127.0.0.1");
        ((JavaMailSenderImpl) mailSender).setPort(smtp.getSmtp().getPort());
        // Rows other tests left waiting would join this test's batches.
        jdbc.update("update mail_outbox set status = 'SENT' where status <> 'SENT'");
        jdbc.update("delete from mail_digest_item");
    }

    @AfterEach
    void restoreSettings() {
        settings.setEnabled(true);
        settings.setBatchSize(50);
        settings.setTaskAssignment(MailSettings.TaskAssignmentMail.DIGEST);
        FAIL_AFTER_SEND.set(false);
        engine.getIdentityService().clearAuthentication();
        // Other test classes run every due job of the shared database: leave no mail job behind.
        for (String key : List.of(MailDeliveryProcess.PROCESS_ID, MailDigestProcess.PROCESS_ID, "KinerjaTestProcess")) {
            engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list()
                    .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "uji selesai"));
        }
    }

    ProcessInstance batchInstance(long batchId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .processInstanceBusinessKey(Long.toString(batchId)).singleResult();
    }

    /** The send job of the batch a row is in. */
    Job batchJob(MailOutbox mail) {
        Long batchId = outbox.findById(mail.getId()).orElseThrow().getBatchId();
        if (batchId == null) {
            throw new AssertionError("mail " + mail.getId() + " is in no batch");
        }
        ProcessInstance instance = batchInstance(batchId);
        if (instance == null) {
            throw new AssertionError("no delivery process for batch " + batchId);
        }
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    }

    Job job(String id) {
        return engine.getManagementService().createJobQuery().jobId(id).singleResult();
    }

    MailOutbox reload(MailOutbox mail) {
        return outbox.findById(mail.getId()).orElseThrow();
    }

    /** A local port nobody listens on: the SMTP server is "down". */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package org.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kinerja.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Batched email delivery on PostgreSQL, against a real SMTP server (GreenMail): a batch whose job fails and is retried,
 * by Camunda and then from Cockpit, sends every row exactly once; the failure is an incident with the Indonesian
 * message naming the row; and two nodes dispatching at the same moment put every row into exactly one batch.
 *
 * <p>It uses the integration tests' shared application, where mail is off: it turns mail on and points the mail sender
 * at its own SMTP server for its duration, and runs the dispatcher and the jobs itself (the job executor is off).
 */
class MailBatchDeliveryIntegrationTests extends PostgresApplicationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Autowired
    ProcessEngine engine;
    @Autowired
    MailSettings settings;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailQueue queue;
    @Autowired
    MailTemplates templates;
    @Autowired
    MailOutboxRepository outbox;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private String host;
    private int port;
    private boolean enabled;
    private int batchSize;

    @BeforeEach
    void useOwnSmtpServer() throws Exception {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        host = sender.getHost();
        port = sender.getPort();
        enabled = settings.isEnabled();
        batchSize = settings.getBatchSize();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        settings.setEnabled(true);
        smtp.purgeEmailFromAllMailboxes();
        jdbc.update("update mail_outbox set status = 'SENT' where status <> 'SENT'");
    }

    @AfterEach
    void restore() {
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mailSender;
        sender.setHost(host);
        sender.setPort(port);
        settings.setEnabled(enabled);
        settings.setBatchSize(batchSize);
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID).list()
                .forEach(p -> engine.getRuntimeService().deleteProcessInstance(p.getId(), "uji selesai"));
        jdbc.update("update mail_outbox set status = 'SENT' where status <> 'SENT'");
    }

    @Test
    void shouldSendEveryRowOfAFailingBatchExactlyOnceAcrossRetriesAndShowTheFailureAsAnIncident() throws Exception {
        settings.setBatchSize(4);
        String run = Long.toString(System.nanoTime());
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            ids.add(queue(run + ":" + i, i == 2 ? "bukan alamat" : "penerima" + i + "@uji.example"));
        }
        long poisoned = ids.get(1);
        assertThat(dispatcher.startBatches()).isEqualTo(1);
        long batchId = ids.get(0);
        assertThat(ids).allSatisfy(id -> assertThat(outbox.findById(id).orElseThrow().getBatchId()).isEqualTo(batchId));
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).processInstanceBusinessKey(Long.toString(batchId)).singleResult();
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEqualTo(Map.of(MailDeliveryProcess.VAR_BATCH_ID, batchId));
        String jobId = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult().getId();

        // Attempt 1 of R2: the three good rows go out, the bad one fails alone and the job fails for it.
        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(messageIds()).containsExactlyInAnyOrder(messageId(ids.get(0)), messageId(ids.get(2)), messageId(ids.get(3)));
        Job failed = job(jobId);
        assertThat(failed.getRetries()).isEqualTo(1);
        assertThat(failed.getExceptionMessage()).startsWith("Batch email " + batchId + ": 1 email belum terkirim, 3 terkirim pada percobaan ini.")
                .contains("Gagal email " + poisoned + " ke bukan alamat:");
        assertThat(status(poisoned)).isEqualTo(MailStatus.PENDING);

        // Attempt 2 (Camunda's retry): only the bad row is tried; nothing is sent twice; then the incident.
        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(job(jobId).getRetries()).isZero();
        assertThat(status(poisoned)).isEqualTo(MailStatus.FAILED);
        assertThat(outbox.findById(poisoned).orElseThrow().getAttempts()).isEqualTo(2);
        assertThat(outbox.findById(ids.get(0)).orElseThrow().getAttempts()).isEqualTo(1);
        List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list();
        assertThat(incidents).singleElement().satisfies(i -> {
            assertThat(i.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
            assertThat(i.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_BATCH);
            assertThat(i.getIncidentMessage()).startsWith("Batch email " + batchId + ": 1 email belum terkirim, 0 terkirim pada percobaan ini.")
                    .contains("email " + poisoned).contains("ulangi job ini di Cockpit");
        });

        // The address is corrected; the operator retries the job in Cockpit (retries 1): only the unsent row goes.
        jdbc.update("update mail_outbox set email = 'penerima2@uji.example' where id = ?", poisoned);
        engine.getManagementService().setJobRetries(jobId, 1);
        engine.getManagementService().executeJob(jobId);

        assertThat(messageIds()).as("each row exactly once").containsExactlyInAnyOrderElementsOf(ids.stream().map(this::messageId).toList());
        assertThat(ids).allSatisfy(id -> assertThat(status(id)).isEqualTo(MailStatus.SENT));
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void shouldPutEveryRowIntoExactlyOneBatchWhenTwoNodesDispatchAtOnce() throws Exception {
        settings.setBatchSize(7);
        String run = Long.toString(System.nanoTime());
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            ids.add(queue(run + ":" + i, "penerima" + i + "@uji.example"));
        }

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> nodes = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return dispatcher.startBatches();
        })).toList();
        start.countDown();
        int batches = 0;
        for (CompletableFuture<Integer> node : nodes) {
            batches += node.get(60, TimeUnit.SECONDS);
        }

        Map<Long, List<Long>> byBatch = ids.stream().collect(Collectors.groupingBy(id -> outbox.findById(id).orElseThrow().getBatchId()));
        assertThat(byBatch.keySet()).doesNotContainNull().hasSize(batches);
        assertThat(byBatch.values()).allSatisfy(rows -> assertThat(rows).hasSizeBetween(1, 7));
        assertThat(byBatch).allSatisfy((batchId, rows) -> assertThat(rows).contains(batchId));
        List<ProcessInstance> instances = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(MailDeliveryProcess.PROCESS_ID).list();
        assertThat(instances).extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrderElementsOf(byBatch.keySet().stream().map(String::valueOf).toList());

        for (ProcessInstance instance : instances) {
            engine.getManagementService().executeJob(
                    engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
        }
        assertThat(messageIds()).containsExactlyInAnyOrderElementsOf(ids.stream().map(this::messageId).toList());
    }

    private long queue(String key, String email) {
        return new TransactionTemplate(transactions).execute(status -> {
            String dedupeKey = "IT-BATCH:" + key;
            queue.queue(dedupeKey, NotificationKind.RESULTS_PUBLISHED, "it-" + key, new MailQueue.MailRecipient("Penerima Uji", email),
                    "Hasil penilaian", templates.render(NotificationKind.RESULTS_PUBLISHED, "Penerima Uji", "Hasil penilaian",
                            "Hasil Anda sudah diumumkan.", null));
            return outbox.findByDedupeKey(dedupeKey).orElseThrow().getId();
        });
    }

    private MailStatus status(long id) {
        return outbox.findById(id).orElseThrow().getStatus();
    }

    private Job job(String id) {
        return engine.getManagementService().createJobQuery().jobId(id).singleResult();
    }

    private String messageId(long id) {
        return "<kinerja-mail-" + id + "@kinerja.local>";
    }

    private List<String> messageIds() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return ((MimeMessage) m).getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}

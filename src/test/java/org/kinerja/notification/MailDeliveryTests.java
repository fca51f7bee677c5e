package org.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Email notifications against a real SMTP server: the outbox, the dispatcher's batches, the batch job with its
 * retries and incident, a retry after a successful send, and the new task's email per task ({@code PER_TASK}).
 */
class MailDeliveryTests extends MailTestBase {

    @Test
    void shouldQueueTheMailWithTheNotificationAndSendItInABatchJob() throws Exception {
        String key = "RESULTS:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_ONE;
        assertThat(notifications.notify(ProcessTestSupport.STAFF_ONE, NotificationKind.RESULTS_PUBLISHED, key,
                "Hasil penilaian kinerja 2040 — sudah diumumkan", "Predikat Anda: “Baik”.\nNilai perilaku < 60 perlu dibina.",
                "https://kinerja.example/hasil/1")).isTrue();

        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(queued.getStatus()).isEqualTo(MailStatus.PENDING);
        assertThat(queued.getBatchId()).as("no batch before the dispatcher runs").isNull();
        assertThat(queued.getEmail()).isEqualTo("satu@uji.example");
        assertThat(queued.getKind()).isEqualTo(NotificationKind.RESULTS_PUBLISHED);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .count()).as("queueing starts no process").isZero();

        assertThat(dispatcher.startBatches()).isEqualTo(1);

        assertThat(reload(queued).getBatchId()).as("a batch of one: its id is the row's").isEqualTo(queued.getId());
        ProcessInstance instance = batchInstance(queued.getId());
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).as("process variables: the batch id only")
                .isEqualTo(Map.of(MailDeliveryProcess.VAR_BATCH_ID, queued.getId()));
        assertThat(smtp.getReceivedMessages()).as("nothing is sent in the dispatcher's transaction").isEmpty();
        Job job = batchJob(queued);
        assertThat(job.getDuedate()).as("due at once (every job has a due date)").isBeforeOrEqualTo(new java.util.Date());
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
                .contains("Predikat Anda: “Baik”.").contains("Nilai perilaku < 60 perlu dibina.")
                .contains("Buka di Kinerja: https://kinerja.example/hasil/1")
                .contains("Pesan ini dikirim otomatis oleh Kinerja. Jangan membalas email ini.");
        assertThat(html).contains("<html lang=\"id\"").contains(">Hasil penilaian kinerja 2040 — sudah diumumkan</h1>")
                .contains("Yth. <span>Pegawai Satu</span>,").contains("Nilai perilaku &lt; 60 perlu dibina.")
                .contains("href=\"https://kinerja.example/hasil/1\"");

        MailOutbox sent = reload(queued);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(1);
        assertThat(sent.getSentAt()).isNotNull();
        assertThat(batchInstance(queued.getId())).as("the delivery process has ended").isNull();
    }

    @Test
    void shouldPutWaitingMailsIntoBatchesOfTheConfiguredSizeEachSentByOneJob() throws Exception {
        settings.setBatchSize(3);
        List<MailOutbox> queued = new ArrayList<>();
        String[] staff = {ProcessTestSupport.STAFF_ONE, ProcessTestSupport.STAFF_TWO, ProcessTestSupport.STAFF_THREE,
                ProcessTestSupport.STAFF_FOUR, ProcessTestSupport.STAFF_ONE};
        for (int i = 0; i < staff.length; i++) {
            String key = "BATCH:" + System.nanoTime() + ":" + i;
            notifications.notify(staff[i], NotificationKind.CERTIFICATE_READY, key, "Sertifikat " + i, "Sertifikat Anda siap.");
            queued.add(outbox.findByDedupeKey(key).orElseThrow());
        }

        assertThat(dispatcher.startBatches()).as("5 mails, 3 per batch").isEqualTo(2);
        assertThat(dispatcher.startBatches()).as("nothing left without a batch").isZero();

        List<Long> batchIds = queued.stream().map(m -> reload(m).getBatchId()).toList();
        assertThat(batchIds).containsExactly(queued.get(0).getId(), queued.get(0).getId(), queued.get(0).getId(),
                queued.get(3).getId(), queued.get(3).getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDeliveryProcess.PROCESS_ID)
                .count()).isEqualTo(2);
        engine.getManagementService().executeJob(batchJob(queued.get(0)).getId());
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Sertifikat 0", "Sertifikat 1", "Sertifikat 2");
        engine.getManagementService().executeJob(batchJob(queued.get(3)).getId());
        assertThat(smtp.getReceivedMessages()).hasSize(5);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(this::messageId).distinct()).hasSize(5);
        assertThat(queued).allSatisfy(m -> assertThat(reload(m).getStatus()).isEqualTo(MailStatus.SENT));
    }

    @Test
    void shouldRetryWhileTheSmtpServerIsDownThenRaiseAnIncidentAndSendWhenAnOperatorRetries() throws Exception {
        String key = "COACHING:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_TWO;
        notifications.notify(ProcessTestSupport.STAFF_TWO, NotificationKind.COACHING_PLAN, key, "Rencana pembinaan Anda",
                "Atasan Anda menyusun rencana pembinaan.");
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        dispatcher.startBatches();
        String jobId = batchJob(queued).getId();
        int smtpPort = ((JavaMailSenderImpl) mailSender).getPort();
        ((JavaMailSenderImpl) mailSender).setPort(closedPort());

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        Job afterFirst = job(jobId);
        assertThat(afterFirst.getRetries()).as("R2: one attempt left").isEqualTo(1);
        assertThat(afterFirst.getExceptionMessage()).startsWith("Batch email " + queued.getId() + ": 1 email belum terkirim, 0 terkirim pada percobaan ini.")
                .contains("tidak dapat dihubungi").contains("ulangi job ini di Cockpit");
        assertThat(reload(queued).getStatus()).isEqualTo(MailStatus.PENDING);

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(job(jobId).getRetries()).isZero();
        ProcessInstance instance = batchInstance(queued.getId());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list()).singleElement()
                .satisfies(i -> {
                    assertThat(i.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
                    assertThat(i.getActivityId()).isEqualTo(MailDeliveryProcess.TASK_SEND_BATCH);
                    assertThat(i.getIncidentMessage()).startsWith("Batch email " + queued.getId() + ": 1 email belum terkirim, 0 terkirim pada percobaan ini.");
                });
        MailOutbox waiting = reload(queued);
        assertThat(waiting.getStatus()).as("the last attempt failed: nothing lost, marked for the operator").isEqualTo(MailStatus.FAILED);
        assertThat(waiting.getAttempts()).isEqualTo(2);
        assertThat(waiting.getLastError()).isNotBlank().hasSizeLessThanOrEqualTo(MailOutbox.MAX_ERROR);
        assertThat(smtp.getReceivedMessages()).isEmpty();

        // The server is back; the operator raises the retries in Cockpit (this call) and the job executor runs the job.
        ((JavaMailSenderImpl) mailSender).setPort(smtpPort);
        engine.getManagementService().setJobRetries(jobId, 1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
        engine.getManagementService().executeJob(jobId);

        assertThat(smtp.getReceivedMessagesForDomain("dua@uji.example")).hasSize(1)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("Rencana pembinaan Anda"));
        MailOutbox sent = reload(queued);
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(3);
        assertThat(batchInstance(queued.getId())).isNull();
    }

    @Test
    void shouldNotSendAgainWhenTheJobIsRetriedAfterTheSends() throws Exception {
        settings.setBatchSize(2);
        String first = "APPEAL:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_THREE;
        String second = "APPEAL:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_FOUR;
        notifications.notify(ProcessTestSupport.STAFF_THREE, NotificationKind.APPEAL_DECIDED, first, "Keberatan Anda sudah diputuskan",
                "Tim penilai memutuskan keberatan Anda.");
        notifications.notify(ProcessTestSupport.STAFF_FOUR, NotificationKind.APPEAL_DECIDED, second, "Keberatan Anda sudah diputuskan",
                "Tim penilai memutuskan keberatan Anda.");
        MailOutbox queued = outbox.findByDedupeKey(first).orElseThrow();
        dispatcher.startBatches();
        String jobId = batchJob(queued).getId();

        FAIL_AFTER_SEND.set(true);
        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
                .hasStackTraceContaining("transaksi job gagal setelah email terkirim");
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(List.of(first, second)).as("the marks survive the job's rollback")
                .allSatisfy(k -> assertThat(outbox.findByDedupeKey(k).orElseThrow().getStatus()).isEqualTo(MailStatus.SENT));
        assertThat(job(jobId).getRetries()).as("the job failed and is retried").isEqualTo(1);

        engine.getManagementService().executeJob(jobId);

        assertThat(smtp.getReceivedMessages()).as("no second mail").hasSize(2);
        assertThat(reload(queued).getAttempts()).isEqualTo(1);
        assertThat(batchInstance(queued.getId())).isNull();
    }

    @Test
    void shouldSendTheOthersOfABatchWhenOneRowCannotBeSentAndMarkThatRowFailedAfterTheLastAttempt() throws Exception {
        settings.setBatchSize(3);
        List<MailOutbox> queued = new ArrayList<>();
        for (String nip : List.of(ProcessTestSupport.STAFF_ONE, ProcessTestSupport.STAFF_TWO, ProcessTestSupport.STAFF_THREE)) {
            String key = "POISON:" + System.nanoTime() + ":" + nip;
            notifications.notify(nip, NotificationKind.RESULTS_PUBLISHED, key, "Hasil penilaian", "Hasil Anda sudah diumumkan.");
            queued.add(outbox.findByDedupeKey(key).orElseThrow());
        }
        MailOutbox poisoned = queued.get(1);
        jdbc.update("update mail_outbox set email = 'bukan alamat email' where id = ?", poisoned.getId());
        dispatcher.startBatches();
        String jobId = batchJob(poisoned).getId();

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(smtp.getReceivedMessages()).as("the others went out").hasSize(2);
        assertThat(job(jobId).getExceptionMessage()).startsWith("Batch email " + queued.get(0).getId() + ": 1 email belum terkirim, 2 terkirim pada percobaan ini.")
                .contains("email " + poisoned.getId() + " ke bukan alamat email");
        assertThat(reload(poisoned).getStatus()).isEqualTo(MailStatus.PENDING);

        assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId)).isInstanceOf(Exception.class);
        assertThat(smtp.getReceivedMessages()).as("the sent ones are not sent again").hasSize(2);
        assertThat(reload(poisoned).getStatus()).isEqualTo(MailStatus.FAILED);
        assertThat(reload(poisoned).getAttempts()).isEqualTo(2);
        assertThat(reload(queued.get(0)).getAttempts()).isEqualTo(1);
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(batchInstance(queued.get(0).getId()).getId())
                .count()).isEqualTo(1);
    }

    @Test
    void shouldSendTheMailOfAnInstanceStartedBeforeBatchesExisted() throws Exception {
        String key = "LEGACY:" + System.nanoTime() + ":" + ProcessTestSupport.STAFF_FIVE;
        notifications.notify(ProcessTestSupport.STAFF_FIVE, NotificationKind.RESULTS_PUBLISHED, key, "Hasil lama", "Dikirim setelah pembaruan.");
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        // What V16 does to a waiting row, and how the instance of the old version was started (variable mailId).
        jdbc.update("update mail_outbox set batch_id = id where id = ?", queued.getId());
        ProcessInstance legacy = engine.getRuntimeService().createProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID)
                .businessKey(queued.getId().toString()).setVariable(MailDeliveryProcess.VAR_LEGACY_MAIL_ID, queued.getId()).execute();

        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(legacy.getId()).singleResult().getId());

        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("Hasil lama");
        assertThat(reload(queued).getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(dispatcher.startBatches()).as("the row was in its batch already").isZero();
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
        assertThat(dispatcher.startBatches()).isEqualTo(1);
        engine.getIdentityService().clearAuthentication();

        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(batchInstance(queued.getId())).isNotNull();
        assertThat(notifications.of(ProcessTestSupport.STAFF_FOUR)).filteredOn(n -> n.subject().equals("Sertifikat siap")).hasSize(1);
        engine.getManagementService().executeJob(batchJob(queued).getId());
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
    void shouldMailTheAssigneeOfEveryUserTaskOncePerTaskWhenSetToPerTask() throws Exception {
        settings.setTaskAssignment(MailSettings.TaskAssignmentMail.PER_TASK);
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", ProcessTestSupport.STAFF_TWO);
        variables.put("candidateGroups", "pegawai");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("KinerjaTestProcess", variables);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();

        String key = "TASK_ASSIGNED:" + task.getId() + ":" + ProcessTestSupport.STAFF_TWO;
        MailOutbox queued = outbox.findByDedupeKey(key).orElseThrow(() -> new AssertionError("assigned at creation: no outbox row"));
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_TWO)).as("no digest entry per task").isEmpty();
        assertThat(queued.getKind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
        assertThat(queued.getSubject()).isEqualTo("Tugas baru: Kerjakan tugas uji");
        assertThat(notifications.of(ProcessTestSupport.STAFF_TWO)).filteredOn(n -> n.kind() == NotificationKind.TASK_ASSIGNED)
                .anySatisfy(n -> assertThat(n.body()).contains("\"Kerjakan tugas uji\"").contains("\"Proses uji Kinerja\""));
        dispatcher.startBatches();
        engine.getManagementService().executeJob(batchJob(queued).getId());
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
        assertThat(outbox.idsWithoutBatch(MailStatus.PENDING, org.springframework.data.domain.Limit.of(10)))
                .as("only the second assignee's mail waits").containsExactly(second.getId());
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
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_THREE)).isEmpty();
        assertThat(notifications.of(ProcessTestSupport.STAFF_THREE)).noneMatch(n -> n.body().contains(task.getId()));
    }

    private String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

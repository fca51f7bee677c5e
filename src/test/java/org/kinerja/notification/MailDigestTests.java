package org.kinerja.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.kinerja.support.ProcessTestSupport;

/**
 * The daily digest of new tasks ({@code kinerja.mail.task-assignment: DIGEST}, the default): in-app at once, one
 * email per person and day at the digest time, listing only the tasks still open and still theirs.
 */
class MailDigestTests extends MailTestBase {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @org.springframework.beans.factory.annotation.Autowired
    MailDigest digest;

    @Test
    void shouldMailEachPersonOneDigestOfTheirOpenTasksAtTheDigestTime() throws Exception {
        LocalDate day = LocalDate.of(2041, 3, 14);
        Task first = task(ProcessTestSupport.STAFF_TWO);
        Task second = task(ProcessTestSupport.STAFF_TWO);
        Task third = task(ProcessTestSupport.STAFF_TWO);
        Task completed = task(ProcessTestSupport.STAFF_TWO);
        Task handedOver = task(ProcessTestSupport.STAFF_TWO);
        Task onlyDone = task(ProcessTestSupport.STAFF_THREE);
        engine.getTaskService().setDueDate(first.getId(), Date.from(Instant.parse("2026-12-13T03:00:00Z")));
        engine.getTaskService().setDueDate(second.getId(), Date.from(Instant.parse("2026-12-01T20:00:00Z")));
        engine.getTaskService().setDueDate(third.getId(), null);

        assertThat(notifications.of(ProcessTestSupport.STAFF_TWO)).as("in-app at once")
                .filteredOn(n -> n.kind() == NotificationKind.TASK_ASSIGNED && n.body().contains("Kerjakan tugas uji")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_TWO)).hasSize(5);
        assertThat(outbox.findByDedupeKey("TASK_ASSIGNED:" + first.getId() + ":" + ProcessTestSupport.STAFF_TWO)).as("no mail per task")
                .isEmpty();
        engine.getTaskService().complete(completed.getId());
        engine.getTaskService().complete(onlyDone.getId());
        engine.getTaskService().setAssignee(handedOver.getId(), ProcessTestSupport.STAFF_ONE);

        dispatcher.startDigestIfDue(wib(day, 5, 59));
        assertThat(digestInstance(day)).as("before the digest time").isNull();
        dispatcher.startDigestIfDue(wib(day, 6, 0));
        ProcessInstance digest = digestInstance(day);
        assertThat(digest).isNotNull();
        assertThat(engine.getRuntimeService().getVariables(digest.getId())).as("no process variables: the date is the business key").isEmpty();
        dispatcher.startDigestIfDue(wib(day, 6, 1));
        dispatcher.startDigestIfDue(wib(day, 23, 0));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDigestProcess.PROCESS_ID).count())
                .as("one digest a day").isEqualTo(1);

        Job compose = engine.getManagementService().createJobQuery().processInstanceId(digest.getId()).singleResult();
        engine.getManagementService().executeJob(compose.getId());

        assertThat(digestInstance(day)).isNull();
        assertThat(digestItems.findAll()).as("every entry dealt with").isEmpty();
        MailOutbox staffTwo = outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_TWO).orElseThrow();
        assertThat(staffTwo.getKind()).isEqualTo(NotificationKind.TASK_DIGEST);
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_ONE)).as("the task handed over")
                .isPresent();
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_THREE))
                .as("their only task is done: no digest").isEmpty();

        assertThat(dispatcher.startBatches()).isEqualTo(1);
        engine.getManagementService().executeJob(batchJob(staffTwo).getId());

        MimeMessage[] received = smtp.getReceivedMessagesForDomain("dua@uji.example");
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Anda punya 3 tugas baru di Kinerja");
        MimeMultipart parts = (MimeMultipart) received[0].getContent();
        String text = ((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) parts.getBodyPart(1).getContent();
        String link = "https://kinerja.example/camunda/app/tasklist/default/#/?task=";
        assertThat(text).startsWith("Kinerja · Ringkasan tugas baru\n\nYth. Pegawai Dua,\n")
                .contains("1. Kerjakan tugas uji (Proses uji Kinerja)\n   Batas waktu: 2 Desember 2026\n   " + link + second.getId())
                .contains("2. Kerjakan tugas uji (Proses uji Kinerja)\n   Batas waktu: 13 Desember 2026\n   " + link + first.getId())
                .contains("3. Kerjakan tugas uji (Proses uji Kinerja)\n   Tanpa batas waktu\n   " + link + third.getId())
                .doesNotContain(completed.getId()).doesNotContain(handedOver.getId()).doesNotContain("tugas lain")
                .contains("Buka Tasklist: https://kinerja.example/camunda/app/tasklist/default/");
        assertThat(html).contains(">Anda punya 3 tugas baru di Kinerja</h1>").contains("Batas waktu: 13 Desember 2026")
                .contains("href=\"" + link + first.getId() + "\"").doesNotContain(completed.getId());
        assertThat(smtp.getReceivedMessagesForDomain("satu@uji.example")).hasSize(1)
                .allSatisfy(m -> assertThat(m.getSubject()).isEqualTo("Anda punya 1 tugas baru di Kinerja"));
    }

    @Test
    void shouldKeepAnAssignmentAfterTheDaysDigestForTheNextDay() throws Exception {
        LocalDate day = LocalDate.of(2041, 5, 20);
        task(ProcessTestSupport.STAFF_FOUR);
        dispatcher.startDigestIfDue(wib(day, 7, 0));
        runDigest(day);
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_FOUR)).isPresent();

        // Assigned after the day's digest: nothing more today (even if the dispatcher ran again), tomorrow's lists it.
        Task later = task(ProcessTestSupport.STAFF_FOUR);
        dispatcher.startDigestIfDue(wib(day, 20, 0));
        assertThat(digestInstance(day)).isNull();
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_FOUR)).extracting(MailDigestItem::getTaskId)
                .containsExactly(later.getId());
        LocalDate next = day.plusDays(1);
        dispatcher.startDigestIfDue(wib(next, 6, 30));
        runDigest(next);
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + next + ":" + ProcessTestSupport.STAFF_FOUR).orElseThrow().getBodyText())
                .contains(later.getId());
    }

    @Test
    void shouldLeaveTheRestToTheNextJobWhenOneRunsOutOfTime() {
        LocalDate day = LocalDate.of(2041, 9, 9);
        task(ProcessTestSupport.STAFF_SIX);
        dispatcher.startDigestIfDue(wib(day, 6, 0));

        assertThat(digest.compose(day, System.nanoTime() - 1)).as("out of time before the first recipient").isFalse();
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_SIX)).hasSize(1);
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_SIX)).isEmpty();

        runDigest(day);
        assertThat(outbox.findByDedupeKey("TASK_DIGEST:" + day + ":" + ProcessTestSupport.STAFF_SIX)).isPresent();
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_SIX)).isEmpty();
        assertThat(digestInstance(day)).as("done: the process ended").isNull();
    }

    @Test
    void shouldStartNoDigestProcessOnADayWithoutNewTasks() {
        LocalDate day = LocalDate.of(2041, 7, 1);
        dispatcher.startDigestIfDue(wib(day, 6, 0));
        assertThat(digestInstance(day)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from mail_digest_run where digest_date = ?", Long.class, day))
                .as("the day is done all the same: a task assigned later waits for the next day").isEqualTo(1);
    }

    @Test
    void shouldQueueNoDigestEntryWhenMailIsOff() {
        settings.setEnabled(false);
        long before = notifications.of(ProcessTestSupport.STAFF_FIVE).size();
        task(ProcessTestSupport.STAFF_FIVE);
        assertThat(digestItems.findByRecipientId(ProcessTestSupport.STAFF_FIVE)).isEmpty();
        assertThat(notifications.of(ProcessTestSupport.STAFF_FIVE)).as("in-app all the same").hasSize((int) before + 1);
    }

    private Task task(String assignee) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("assignee", assignee);
        variables.put("candidateGroups", "pegawai");
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("KinerjaTestProcess", variables);
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void runDigest(LocalDate day) {
        ProcessInstance digest = digestInstance(day);
        assertThat(digest).as("digest of " + day).isNotNull();
        engine.getManagementService().executeJob(
                engine.getManagementService().createJobQuery().processInstanceId(digest.getId()).singleResult().getId());
    }

    private ProcessInstance digestInstance(LocalDate day) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MailDigestProcess.PROCESS_ID)
                .processInstanceBusinessKey(day.toString()).singleResult();
    }

    private static Instant wib(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(WIB).toInstant();
    }
}

package org.kinerja.notification;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Email settings under {@code kinerja.mail}; the SMTP server itself is Spring's {@code spring.mail.*}. A bean named
 * {@code mailSettings} because the mail processes read their retry cycle as {@code ${mailSettings.retryCycle}}.
 */
@Component("mailSettings")
@ConfigurationProperties(prefix = "kinerja.mail")
public class MailSettings {

    /** How the assignee of a new task is told by email (in-app they are always told at once). */
    public enum TaskAssignmentMail {
        /** One email a day per person listing the tasks assigned since the last one ({@code digest-time}). */
        DIGEST,
        /** One email per task, sent within a dispatch interval. */
        PER_TASK
    }

    static final int MAX_BATCH_SIZE = 500;
    private static final Pattern REPEATS = Pattern.compile("^R(\\d+)/");

    /** Off: notifications stay in-app only (no outbox row, no digest entry, no delivery). */
    private boolean enabled;
    /** The sender, an RFC 5322 address with an optional display name. */
    private String from = "Kinerja <no-reply@kinerja.local>";
    /**
     * Camunda's {@code failedJobRetryTimeCycle} of the send and digest jobs: {@code R5/PT5M} is 5 attempts in all,
     * 5 minutes apart (the job starts with the cycle's count of retries); after the last one, an incident.
     */
    private String retryCycle = "R5/PT5M";
    private TaskAssignmentMail taskAssignment = TaskAssignmentMail.DIGEST;
    /** The time of day, in {@link #zone}, from which the daily digest is sent. */
    private LocalTime digestTime = LocalTime.of(6, 0);
    /** The zone of {@link #digestTime} and of the dates in emails. */
    private ZoneId zone = ZoneId.of("Asia/Jakarta");
    /** Emails one delivery job sends (one {@code MailDeliveryProcess} instance, one SMTP connection). */
    private int batchSize = 50;
    /** How often the dispatcher looks for queued emails (and whether the digest is due); read at start-up. */
    private Duration dispatchInterval = Duration.ofSeconds(10);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getRetryCycle() {
        return retryCycle;
    }

    public void setRetryCycle(String retryCycle) {
        this.retryCycle = retryCycle;
    }

    public TaskAssignmentMail getTaskAssignment() {
        return taskAssignment;
    }

    public void setTaskAssignment(TaskAssignmentMail taskAssignment) {
        this.taskAssignment = taskAssignment;
    }

    public LocalTime getDigestTime() {
        return digestTime;
    }

    public void setDigestTime(LocalTime digestTime) {
        this.digestTime = digestTime;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("kinerja.mail.batch-size harus 1 sampai " + MAX_BATCH_SIZE + ", bukan " + batchSize);
        }
        this.batchSize = batchSize;
    }

    public Duration getDispatchInterval() {
        return dispatchInterval;
    }

    public void setDispatchInterval(Duration dispatchInterval) {
        if (dispatchInterval == null || dispatchInterval.isNegative() || dispatchInterval.isZero()) {
            throw new IllegalArgumentException("kinerja.mail.dispatch-interval harus positif, bukan " + dispatchInterval);
        }
        this.dispatchInterval = dispatchInterval;
    }

    /**
     * The attempts a batch job makes before its incident, as {@link #retryCycle} gives them: {@code R5/PT5M} is 5, a
     * list of intervals ({@code PT1M,PT5M,PT10M}) one more than its entries. A row that fails its last one is FAILED.
     */
    int attemptsPerBatch() {
        String cycle = retryCycle == null ? "" : retryCycle.strip();
        Matcher repeats = REPEATS.matcher(cycle);
        if (repeats.find()) {
            return Math.max(1, Integer.parseInt(repeats.group(1)));
        }
        return cycle.isEmpty() ? 1 : cycle.split(",").length + 1;
    }
}

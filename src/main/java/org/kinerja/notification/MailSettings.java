package org.kinerja.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Email settings under {@code kinerja.mail}; the SMTP server itself is Spring's {@code spring.mail.*}. A bean named
 * {@code mailSettings} because {@code MailDeliveryProcess} reads its retry cycle as {@code ${mailSettings.retryCycle}}.
 */
@Component("mailSettings")
@ConfigurationProperties(prefix = "kinerja.mail")
public class MailSettings {

    /** Off: notifications stay in-app only (no outbox row, no delivery process). */
    private boolean enabled;
    /** The sender, an RFC 5322 address with an optional display name. */
    private String from = "Kinerja <no-reply@kinerja.local>";
    /**
     * Camunda's {@code failedJobRetryTimeCycle} of {@code Task_SendMail}: {@code R5/PT5M} is 5 attempts in all, 5 minutes
     * apart (the job starts with the cycle's count of retries); after the last one, an incident.
     */
    private String retryCycle = "R5/PT5M";

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
}

package org.kinerja.outcome;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.kinerja.shared.PublicAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * {@code ${outcomeSettings...}} in {@code AppraisalOutcomeProcess}: the appeal window (product default 14 days,
 * {@code kinerja.outcome.appeal-window-days}) and the delay before the coaching follow-up
 * ({@code kinerja.outcome.coaching-follow-up}, ISO-8601, default P90D).
 */
@Component("outcomeSettings")
public class OutcomeSettings {

    /** Dates of the outcome (appeal deadline, certificate, dialog kinerja) are dates in WIB. */
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    private final int appealWindowDays;
    private final String coachingFollowUp;
    private final String publicBaseUrl;

    /** {@code kinerja.outcome.*}, typed. */
    @ConfigurationProperties(prefix = "kinerja.outcome")
    record Properties(@DefaultValue("14") int appealWindowDays, @DefaultValue("P90D") String coachingFollowUp) {
    }

    OutcomeSettings(Properties properties, PublicAddress address) {
        int appealWindowDays = properties.appealWindowDays();
        String coachingFollowUp = properties.coachingFollowUp();
        String publicBaseUrl = address.publicBaseUrl();
        if (appealWindowDays < 1 || appealWindowDays > 365) {
            throw new IllegalStateException("kinerja.outcome.appeal-window-days harus 1 sampai 365, bukan " + appealWindowDays);
        }
        Duration.parse(coachingFollowUp);
        this.appealWindowDays = appealWindowDays;
        this.coachingFollowUp = coachingFollowUp;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    public int appealWindowDays() {
        return appealWindowDays;
    }

    /** The last day an employee may appeal a result published at {@code publishedAt}. */
    LocalDate appealDeadline(Instant publishedAt) {
        return LocalDate.ofInstant(publishedAt, ZONE).plusDays(appealWindowDays);
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The timer of {@code Timer_AppealWindowClosed}. */
    public String getAppealWindow() {
        return "P" + appealWindowDays + "D";
    }

    /** The timer of {@code Timer_CoachingFollowUp}. */
    public String getCoachingFollowUp() {
        return coachingFollowUp;
    }

    String publicBaseUrl() {
        return publicBaseUrl;
    }
}

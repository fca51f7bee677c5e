package org.kinerja.feedback;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Citizen feedback settings: {@code kinerja.survey.response-window} (how long a ticket takes a response, default 30
 * days), {@code kinerja.survey.submissions-per-10-minutes} (per client address, default 10), and the complaint
 * follow-up's {@code kinerja.complaint.reminder-delay} / {@code escalation-delay} (ISO-8601, default P3D / P7D).
 */
@ConfigurationProperties(prefix = "kinerja")
record FeedbackSettings(@DefaultValue Survey survey, @DefaultValue Complaint complaint) {

    record Survey(@DefaultValue("P30D") Duration responseWindow, @DefaultValue("10") int submissionsPer10Minutes) {
    }

    record Complaint(@DefaultValue("P3D") String reminderDelay, @DefaultValue("P7D") String escalationDelay) {
    }
}

package org.kinerja.feedback;

/** A ticket or a survey answer was refused; nothing was stored. The message is for the citizen or the clerk. */
public class SurveyRejectedException extends RuntimeException {

    /** Why, for the HTTP status: bad input (400), unknown ticket (404), already used or duplicate (409), expired (410). */
    public enum Reason { INVALID, UNKNOWN_TICKET, ALREADY_USED, EXPIRED }

    private final Reason reason;

    SurveyRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package org.kinerja.feedback;

import org.springframework.http.HttpStatus;

/** A ticket or a survey answer was refused; nothing was stored. The message is for the citizen or the clerk. */
public class SurveyRejectedException extends RuntimeException {

    /** Why, with the HTTP status that fits: bad input, unknown ticket, already used or duplicate, expired. */
    public enum Reason {
        INVALID(HttpStatus.BAD_REQUEST), UNKNOWN_TICKET(HttpStatus.NOT_FOUND), ALREADY_USED(HttpStatus.CONFLICT), EXPIRED(HttpStatus.GONE);

        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }

        public HttpStatus status() {
            return status;
        }
    }

    private final Reason reason;

    SurveyRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

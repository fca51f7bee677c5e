package org.kinerja.shared;

import java.util.List;
import java.util.Objects;

/**
 * Kinerja refuses a request: bad input, a state that does not allow it, someone who may not act, or something that
 * does not exist. The message is in Bahasa Indonesia and is shown to the person as it is; nothing was stored.
 *
 * <p>The same type reaches every door: Kinerja's API answers it as a problem document with the HTTP status of its
 * {@link Kind}, the Camunda REST API and Tasklist with the same status and the message alone, and the Java API as
 * this exception (or the engine's wrapper carrying it). It is expected, so it is logged as one line, never with a
 * stack trace.
 */
public class Rejection extends RuntimeException {

    /** At most this many problems are listed in an answer; the rest are counted. */
    public static final int MAX_LISTED_PROBLEMS = 100;

    /** Why the request was refused, and the HTTP status that says so. */
    public enum Kind {
        /** The input is wrong (400). */
        INVALID(400),
        /** The caller may not do this (403). */
        FORBIDDEN(403),
        /** What the request names does not exist, or not for this caller (404). */
        NOT_FOUND(404),
        /** The state does not allow it: already done, done by someone else at the same moment, a duplicate (409). */
        CONFLICT(409),
        /** It existed, but its time is over (410). */
        GONE(410),
        /** Too many attempts; try again later (429). */
        TOO_MANY_REQUESTS(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Kind kind;
    private final List<String> problems;
    private final int problemCount;

    public Rejection(Kind kind, String message) {
        this(kind, message, List.of());
    }

    /**
     * @param problems every problem found; at most {@value #MAX_LISTED_PROBLEMS} are kept, {@link #problemCount()} tells
     *        how many there were
     */
    public Rejection(Kind kind, String message, List<String> problems) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.problemCount = problems.size();
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)));
    }

    public static Rejection invalid(String message) {
        return new Rejection(Kind.INVALID, message);
    }

    public static Rejection forbidden(String message) {
        return new Rejection(Kind.FORBIDDEN, message);
    }

    public static Rejection notFound(String message) {
        return new Rejection(Kind.NOT_FOUND, message);
    }

    public static Rejection conflict(String message) {
        return new Rejection(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }

    /** At most {@value #MAX_LISTED_PROBLEMS} problems. */
    public List<String> problems() {
        return problems;
    }

    /** How many problems there were in all, listed or not. */
    public int problemCount() {
        return problemCount;
    }

    /** The first {@code Rejection} in the cause chain of {@code t}, or null. */
    public static Rejection find(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Rejection rejection) {
                return rejection;
            }
        }
        return null;
    }
}

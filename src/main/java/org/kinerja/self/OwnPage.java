package org.kinerja.self;

import java.util.List;

/**
 * Everything "Kinerja saya" shows, already written for reading (Bahasa Indonesia, numbers as "1.250,00", dates as
 * "13 Desember 2026", times in WIB), so that the template only places it. Built by {@link OwnPageViews}.
 *
 * @param employee the signed-in employee, or null for an account without an employee record (e.g. the technical
 *        administrator): the page then says so instead of sections 2–5
 * @param currentSkp the SKP of the appraisal not yet published, or null
 */
record OwnPage(String userId, Employee employee, Tasks tasks, CurrentSkp currentSkp, List<Result> results, List<IkmPoint> ikmTrend,
        List<Document> documents, List<Coaching> coaching, List<Note> notifications) {

    record Employee(String name, String nip, String position, String unit) {
    }

    /** The open tasks shown (at most {@link OwnTasks#MAX}); {@code more}: Tasklist has more. */
    record Tasks(List<Task> open, boolean more) {
    }

    /**
     * @param name what to do, e.g. "Lihat hasil penilaian"
     * @param subject whose case it is, as the task's name says after " — " (may be null)
     * @param due "13 Desember 2026 17:00 WIB", or null
     * @param offered offered to one of the person's groups, not yet claimed
     */
    record Task(String id, String name, String subject, String due, boolean overdue, boolean offered, String link) {
    }

    /** {@code periodHeaders} short ("Triwulan 1"), {@code periodTitles} full ("Triwulan 1 (Januari–Maret 2026)"). */
    record CurrentSkp(String cycleName, String status, List<String> periodHeaders, List<String> periodTitles, List<SkpLine> lines,
            List<PeriodNote> periods) {
    }

    /** {@code byPeriod}: the cumulative realisation per period header, "–" where none was reported. */
    record SkpLine(int seq, String resultTitle, String name, String target, String weight, List<String> byPeriod,
            String finalRealisation) {
    }

    record PeriodNote(String period, String reportedAt, String feedback) {
    }

    /**
     * One published result.
     *
     * @param predikatChange "Diubah setelah keberatan (semula Baik)" when an appeal changed the predikat, else null
     * @param peerText the peer average with the number of peers, or why it is not shown
     * @param citizenText the citizen IKM with the number of responses, or why it is not shown
     */
    record Result(long cycleId, String cycleName, String predikat, String predikatChange, String calibrationNote, String workScore,
            String workRating, String workRatingReason, List<IndicatorLine> indicators, String behaviourScore, String behaviourRating,
            List<ValueLine> values, String supervisorComment, String peerText, String peerNote, String citizenText, String outcome,
            String answer, String appealDecisionReason) {
    }

    record IndicatorLine(String name, String target, String realisation, String achievement, String weight) {
    }

    record ValueLine(String value, String score) {
    }

    /** The citizen IKM of one cycle where it is shown, oldest first; {@code change} against the previous point shown. */
    record IkmPoint(String cycleName, String ikm, int responses, String change) {
    }

    record Document(String cycleName, String title, String href, String id) {
    }

    record Coaching(String cycleName, String focus, List<Training> trainings, String dialogDates, String planNote, String status) {
    }

    record Training(String name, String description) {
    }

    record Note(String kind, String subject, String body, String when, boolean unread) {
    }
}

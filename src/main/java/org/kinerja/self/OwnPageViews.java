package org.kinerja.self;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.appraisal.SkpSheet;
import org.kinerja.cycle.PeriodLength;
import org.kinerja.notification.NotificationView;
import org.kinerja.outcome.EmployeeOutcome;
import org.kinerja.shared.IndonesianFormat;

/**
 * Writes what "Kinerja saya" shows from what the modules answer: pure functions, no database, so that every rule of the
 * page (the {@link Disclosure} minimums, "Diubah setelah keberatan", "Terlambat", the formats) is tested without a
 * server.
 */
final class OwnPageViews {

    static final String TASK_NAME_SEPARATOR = " — ";
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    static final String PEERS_HIDDEN = "Tidak ditampilkan: kurang dari " + Disclosure.MIN_PEERS + " rekan kerja menilai.";
    static final String CITIZEN_HIDDEN = "Tidak ditampilkan: kurang dari " + Disclosure.MIN_CITIZEN_RESPONSES
            + " responden survei masyarakat.";
    static final String CHANGED_ON_APPEAL = "Diubah setelah keberatan";
    static final String NONE = "–";

    private OwnPageViews() {
    }

    /** A task of the person: the name split at " — " into what to do and whose case it is; overdue when its due date is past. */
    static OwnPage.Task task(String id, String name, Instant due, boolean offered, Instant now) {
        String what = name == null || name.isBlank() ? "Tugas" : name.strip();
        String subject = null;
        int separator = what.indexOf(TASK_NAME_SEPARATOR);
        if (separator > 0) {
            subject = what.substring(separator + TASK_NAME_SEPARATOR.length()).strip();
            what = what.substring(0, separator).strip();
        }
        return new OwnPage.Task(id, what, subject == null || subject.isEmpty() ? null : subject,
                due == null ? null : IndonesianFormat.dateTime(due), due != null && due.isBefore(now), offered, TASKLIST_TASK + id);
    }

    /** The SKP under way: one column per progress period of the cycle, the reported realisations, the supervisor's feedback. */
    static OwnPage.CurrentSkp currentSkp(String cycleName, String status, PeriodLength periods, int year, SkpSheet sheet) {
        List<Integer> numbers = IntStream.rangeClosed(1, periods.progressPeriods()).boxed().toList();
        List<String> headers = numbers.stream().map(p -> shortPeriod(periods, p)).toList();
        List<String> titles = numbers.stream().map(p -> periods.label(p, year)).toList();
        List<OwnPage.SkpLine> lines = sheet.indicators().stream().map(i -> new OwnPage.SkpLine(i.seq(), i.resultTitle(), i.name(),
                amount(i.target(), i.unit()), decimal(i.weight()),
                numbers.stream().map(p -> i.realisationByPeriod().containsKey(p) ? decimal(i.realisationByPeriod().get(p)) : NONE).toList(),
                i.finalRealisation() == null ? NONE : amount(i.finalRealisation(), i.unit()))).toList();
        List<OwnPage.PeriodNote> notes = sheet.periods().stream().map(p -> new OwnPage.PeriodNote(
                p.periodNo() <= periods.progressPeriods() ? periods.label(p.periodNo(), year) : "Periode " + p.periodNo(),
                p.reportedAt() == null ? NONE : IndonesianFormat.dateTime(p.reportedAt()),
                p.feedback() == null ? "Belum ada umpan balik atasan." : p.feedback())).toList();
        return new OwnPage.CurrentSkp(cycleName, status, headers, titles, lines, notes);
    }

    private static String shortPeriod(PeriodLength periods, int period) {
        String full = periods.label(period, 2000);
        return full.substring(0, full.indexOf(" ("));
    }

    /**
     * One published result with its breakdown. The peer average and the citizen IKM appear only under the
     * {@link Disclosure} minimums; nothing names a rater. Without a result sheet (not expected once published) the
     * scores show "–".
     */
    static OwnPage.Result result(EmployeeOutcome outcome, String cycleName, Optional<ResultSheet> found) {
        String change = outcome.changedOnAppeal() ? CHANGED_ON_APPEAL + " (semula " + outcome.publishedPredikat() + ")" : null;
        String outcomeText = outcome.outcome() == null ? NONE : outcome.outcome() + ", angka kredit " + outcome.creditPercent() + "%";
        if (found.isEmpty()) {
            return new OwnPage.Result(outcome.cycleId(), cycleName, outcome.predikat(), change, outcome.calibrationNote(), NONE, NONE, null,
                    List.of(), NONE, NONE, List.of(), NONE, PEERS_HIDDEN, null, CITIZEN_HIDDEN, outcomeText, outcome.answer(),
                    outcome.appealDecisionReason());
        }
        ResultSheet sheet = found.get();
        List<OwnPage.IndicatorLine> indicators = sheet.indicators().stream().map(i -> new OwnPage.IndicatorLine(i.name(),
                amount(i.target(), i.unit()), i.realisation() == null ? NONE : amount(i.realisation(), i.unit()),
                i.achievementPercent() == null ? NONE : decimal(i.achievementPercent()) + "%", decimal(i.weight()))).toList();
        List<OwnPage.ValueLine> values = sheet.values().stream().map(v -> new OwnPage.ValueLine(v.value(), decimal(v.finalScore())))
                .toList();
        String peers = Disclosure.peerAverage(sheet.peerAverage(), sheet.peerCount())
                .map(a -> decimal(a) + " (rata-rata " + sheet.peerCount() + " rekan kerja, tanpa nama)").orElse(PEERS_HIDDEN);
        String citizen = Disclosure.citizenIkm(sheet.citizenIkm(), sheet.citizenResponses())
                .map(ikm -> decimal(ikm) + " dari " + sheet.citizenResponses() + " responden").orElse(CITIZEN_HIDDEN);
        return new OwnPage.Result(outcome.cycleId(), cycleName, outcome.predikat(), change, outcome.calibrationNote(),
                decimal(sheet.workResultScore()), sheet.workRating(), sheet.workRatingOverrideReason(), indicators,
                decimal(sheet.behaviourScore()), sheet.behaviourRating(), values,
                sheet.supervisorComment() == null ? NONE : sheet.supervisorComment(), peers, sheet.peerNote(), citizen, outcomeText,
                outcome.answer(), outcome.appealDecisionReason());
    }

    /** A cycle's citizen IKM as the employee's result holds it. */
    record CitizenScore(String cycleName, BigDecimal ikm, Integer responses) {
    }

    /**
     * The IKM over the cycles, oldest first, only where it rests on at least {@value Disclosure#MIN_CITIZEN_RESPONSES}
     * responses; each point with its change against the previous point shown ("naik 2,50", "turun 1,00", "tetap").
     *
     * @param newestFirst the employee's results, newest first (as the page lists them)
     */
    static List<OwnPage.IkmPoint> ikmTrend(List<CitizenScore> newestFirst) {
        List<CitizenScore> shown = new ArrayList<>(newestFirst.stream()
                .filter(c -> Disclosure.citizenIkm(c.ikm(), c.responses()).isPresent()).toList());
        Collections.reverse(shown);
        List<OwnPage.IkmPoint> points = new ArrayList<>();
        BigDecimal previous = null;
        for (CitizenScore c : shown) {
            String change = null;
            if (previous != null) {
                int sign = c.ikm().compareTo(previous);
                change = sign == 0 ? "tetap" : (sign > 0 ? "naik " : "turun ") + decimal(c.ikm().subtract(previous).abs());
            }
            points.add(new OwnPage.IkmPoint(c.cycleName(), decimal(c.ikm()), c.responses(), change));
            previous = c.ikm();
        }
        return points;
    }

    /** The result PDF of a published cycle, and the certificate where one was issued. */
    static List<OwnPage.Document> documents(EmployeeOutcome outcome, String cycleName) {
        String base = "/kinerja-saya/dokumen/" + outcome.cycleId() + "/";
        List<OwnPage.Document> documents = new ArrayList<>();
        documents.add(new OwnPage.Document(cycleName, "Hasil penilaian kinerja (PDF)", base + "hasil.pdf", "hasil-" + outcome.cycleId()));
        if (outcome.certificate()) {
            documents.add(new OwnPage.Document(cycleName, "Piagam Penghargaan (PDF)", base + "piagam.pdf", "piagam-" + outcome.cycleId()));
        }
        return documents;
    }

    /** The coaching plan of a result, if it has one. */
    static Optional<OwnPage.Coaching> coaching(EmployeeOutcome outcome, String cycleName) {
        EmployeeOutcome.Coaching plan = outcome.coaching();
        if (plan == null) {
            return Optional.empty();
        }
        String status = plan.progress() != null ? "Ditinjau: " + plan.progress()
                : plan.acknowledged() ? "Dikonfirmasi, berjalan" : "Menunggu konfirmasi Anda";
        return Optional.of(new OwnPage.Coaching(cycleName, String.join(", ", plan.focusValues()),
                plan.trainings().stream().map(t -> new OwnPage.Training(t.name(), t.description())).toList(),
                plan.dialogDates().isEmpty() ? NONE : plan.dialogDates().stream().map(IndonesianFormat::date).collect(Collectors.joining(", ")),
                plan.planNote(), status));
    }

    static OwnPage.Note note(NotificationView n) {
        return new OwnPage.Note(n.kind().label(), n.subject(), n.body(), IndonesianFormat.dateTime(n.createdAt()), n.readAt() == null);
    }

    static String decimal(BigDecimal value) {
        return value == null ? NONE : IndonesianFormat.twoDecimals(value);
    }

    private static String amount(BigDecimal value, String unit) {
        return decimal(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }
}

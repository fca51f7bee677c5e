package org.kinerja.team;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kinerja.appraisal.TeamAppraisal;
import org.kinerja.cycle.CycleParticipation;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.outcome.PublishedPredikat;
import org.kinerja.shared.IndonesianFormat;

/**
 * Writes what "Tim saya" shows from what the modules and the engine answer: pure functions, no database, so that every
 * rule of the page (the stage, "Terlambat", whose task it is, no other holder's name, results only once published, the
 * formats) is tested without a server.
 */
final class TeamPageViews {

    /** The task in Tasklist, as "Kinerja saya" links it. */
    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
    static final String TASK_NAME_SEPARATOR = " — ";
    static final String NOT_STARTED = "Belum dimulai";
    static final String PUBLISHED = "Hasil diumumkan";
    static final String FINISHED = "Selesai";
    static final String YOURS = "Tugas Anda";
    static final String EMPLOYEE = "Dikerjakan pegawai";
    static final String CHANGED_ON_APPEAL = "Diubah setelah keberatan";
    static final String NONE = "–";

    private TeamPageViews() {
    }

    /** An open task of the engine, as read: its id, name, assignee (a NIP, or null while offered to a group) and deadline. */
    record OpenTask(String id, String name, String assignee, Instant due) {
    }

    /**
     * One report with what was read about them; {@code participation}, {@code appraisal} and {@code published} may be
     * null; {@code acting}: in the team because the signed-in person is in charge of their appraisal as Plt/Plh, not
     * their supervisor of record.
     */
    record Report(EmployeeRef employee, String cycleName, CycleParticipation participation, TeamAppraisal appraisal,
            PublishedPredikat published, List<OpenTask> tasks, boolean acting) {

        Report(EmployeeRef employee, String cycleName, CycleParticipation participation, TeamAppraisal appraisal,
                PublishedPredikat published, List<OpenTask> tasks) {
            this(employee, cycleName, participation, appraisal, published, tasks, false);
        }
    }

    /** The page: the reports as read, in the order given (by name), and the counts over them. */
    static TeamPage page(String supervisorName, String supervisorNip, List<Report> reports, Instant now) {
        List<TeamPage.Member> members = reports.stream().map(r -> member(r, supervisorNip, now)).toList();
        int overdue = 0;
        int yours = 0;
        for (TeamPage.Member m : members) {
            overdue += (int) m.tasks().stream().filter(TeamPage.TaskLine::overdue).count();
            yours += (int) m.tasks().stream().filter(TeamPage.TaskLine::yours).count();
        }
        int published = (int) members.stream().filter(m -> m.result() != null).count();
        int acting = (int) members.stream().filter(TeamPage.Member::acting).count();
        return new TeamPage(supervisorName, new TeamPage.Summary(members.size() - acting, overdue, yours, published, acting), members);
    }

    static TeamPage.Member member(Report report, String supervisorNip, Instant now) {
        EmployeeRef e = report.employee();
        List<TeamPage.TaskLine> lines = tasks(report.tasks(), supervisorNip, e.nip(), now);
        return new TeamPage.Member(e.id(), e.name(), e.nip(), e.positionName(), e.unitName(),
                report.participation() == null ? NONE : report.cycleName(),
                stage(report.participation(), report.appraisal(), report.published()), lines.stream().anyMatch(TeamPage.TaskLine::overdue),
                lines, result(report.published(), report.appraisal()), report.acting());
    }

    /**
     * Where a report stands in their latest cycle: "Belum dimulai" when they take part in no cycle or their appraisal is
     * not prepared yet; the appraisal's state while it runs ("Menyusun target SKP" … "Nilai akhir dihitung, menunggu
     * kalibrasi"); "Hasil diumumkan" once the result is published; "Selesai" once its outcome has ended too.
     */
    static String stage(CycleParticipation participation, TeamAppraisal appraisal, PublishedPredikat published) {
        if (participation == null) {
            return NOT_STARTED;
        }
        if (participation.outcomeConcluded()) {
            return FINISHED;
        }
        if (published != null) {
            return PUBLISHED;
        }
        return appraisal == null ? NOT_STARTED : appraisal.statusLabel();
    }

    /**
     * The open tasks of a report's appraisal and outcome, earliest deadline first. The supervisor's own tasks link to
     * Tasklist and come first; the report's own are marked as theirs; any other holder (the peers rating the report, HR, whoever
     * decides an appeal) is never named: their tasks of the same name make one line with how many they are, the
     * earliest deadline and "Terlambat" if one of them is late.
     */
    static List<TeamPage.TaskLine> tasks(List<OpenTask> open, String supervisorNip, String reportNip, Instant now) {
        record Line(Instant due, TeamPage.TaskLine line) {
        }
        List<Line> lines = new ArrayList<>();
        Map<String, List<OpenTask>> others = new LinkedHashMap<>();
        for (OpenTask task : open) {
            String name = name(task.name());
            if (task.assignee() != null && task.assignee().equals(supervisorNip)) {
                lines.add(new Line(task.due(), new TeamPage.TaskLine(name, YOURS, due(task.due()), late(task.due(), now), true,
                        TASKLIST_TASK + task.id())));
            } else if (task.assignee() != null && task.assignee().equals(reportNip)) {
                lines.add(new Line(task.due(), new TeamPage.TaskLine(name, EMPLOYEE, due(task.due()), late(task.due(), now), false, null)));
            } else {
                others.computeIfAbsent(name, n -> new ArrayList<>()).add(task);
            }
        }
        others.forEach((name, tasks) -> {
            Instant earliest = tasks.stream().map(OpenTask::due).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            boolean late = tasks.stream().anyMatch(t -> late(t.due(), now));
            String holder = tasks.size() == 1 ? "Dikerjakan pihak lain" : "Dikerjakan " + tasks.size() + " pihak lain";
            lines.add(new Line(earliest, new TeamPage.TaskLine(name, holder, due(earliest), late, false, null)));
        });
        lines.sort(Comparator.comparing((Line l) -> !l.line().yours()).thenComparing(Line::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(l -> l.line().name()));
        return lines.stream().map(Line::line).toList();
    }

    /** The published result: null before publication, whatever the appraisal's merged scores are. */
    static TeamPage.Result result(PublishedPredikat published, TeamAppraisal appraisal) {
        if (published == null) {
            return null;
        }
        String change = published.changedOnAppeal() ? CHANGED_ON_APPEAL + " (semula " + published.publishedPredikat() + ")" : null;
        if (appraisal == null) {
            return new TeamPage.Result(published.predikat(), change, NONE, NONE, NONE, NONE);
        }
        return new TeamPage.Result(published.predikat(), change, decimal(appraisal.workResultScore()), text(appraisal.workRating()),
                decimal(appraisal.behaviourScore()), text(appraisal.behaviourRating()));
    }

    /** The task's name without the " — whose case" part: the card already names the report. */
    static String name(String raw) {
        String name = raw == null || raw.isBlank() ? "Tugas" : raw.strip();
        int separator = name.indexOf(TASK_NAME_SEPARATOR);
        return separator > 0 ? name.substring(0, separator).strip() : name;
    }

    private static boolean late(Instant due, Instant now) {
        return due != null && due.isBefore(now);
    }

    private static String due(Instant due) {
        return due == null ? null : IndonesianFormat.dateTime(due);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? NONE : IndonesianFormat.twoDecimals(value);
    }

    private static String text(String value) {
        return value == null ? NONE : value;
    }
}

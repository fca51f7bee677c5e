package org.kinerja.team;

import java.util.List;

/**
 * Everything "Tim saya" shows, already written for reading (Bahasa Indonesia, numbers as "87,50", dates as
 * "13 Desember 2026 17:00 WIB"), so that the template only places it. Built by {@link TeamPageViews}.
 *
 * @param supervisor the signed-in supervisor's name
 * @param members the direct reports, by name, then those of whose appraisal the supervisor is Plt/Plh, by name
 */
record TeamPage(String supervisor, Summary summary, List<Member> members) {

    /**
     * How many direct reports, open tasks past their deadline, tasks waiting for the supervisor, results published, and
     * employees whose appraisal the supervisor is in charge of as Plt/Plh.
     */
    record Summary(int reports, int overdue, int yours, int published, int acting) {
    }

    /**
     * One direct report.
     *
     * @param cycleName the cycle of their latest year, or "–" when they never took part
     * @param stage where their appraisal stands, e.g. "Menunggu persetujuan target", "Hasil diumumkan", "Selesai",
     *        "Belum dimulai"
     * @param overdue whether one of their open tasks is past its deadline
     * @param result the published result, or null before publication
     * @param acting whether the signed-in person is in charge of this appraisal as Plt/Plh, not as supervisor of record
     */
    record Member(long employeeId, String name, String nip, String position, String unit, String cycleName, String stage,
            boolean overdue, List<TaskLine> tasks, Result result, boolean acting) {
    }

    /**
     * An open task in the report's appraisal or outcome.
     *
     * @param holder who holds it: "Tugas Anda", "Dikerjakan pegawai", or others without their names
     * @param due "13 Desember 2026 17:00 WIB", or null
     * @param link the task in Tasklist, only for the supervisor's own tasks (others' tasks are not theirs to open)
     */
    record TaskLine(String name, String holder, String due, boolean overdue, boolean yours, String link) {
    }

    /** The published result: the final predikat, its change on appeal, and the two final scores with their ratings. */
    record Result(String predikat, String predikatChange, String workScore, String workRating, String behaviourScore,
            String behaviourRating) {
    }
}

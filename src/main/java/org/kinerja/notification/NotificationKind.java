package org.kinerja.notification;

/** Why someone is notified, with the label a reader sees (in the email above the subject). */
public enum NotificationKind {
    /** A user task was assigned to the recipient (every process, see {@code TaskAssignmentNotifications}). */
    TASK_ASSIGNED("Tugas baru"),
    /** Email only: the daily digest of the tasks assigned to the recipient ({@code kinerja.mail.task-assignment: DIGEST}). */
    TASK_DIGEST("Ringkasan tugas baru"),
    TASK_REMINDER("Pengingat tugas"),
    TASK_ESCALATION("Eskalasi tugas"),
    RESULTS_PUBLISHED("Hasil penilaian kinerja"),
    CERTIFICATE_READY("Sertifikat tersedia"),
    COACHING_PLAN("Rencana pembinaan"),
    APPEAL_DECIDED("Keputusan keberatan");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** The kind in Bahasa Indonesia, e.g. "Tugas baru". */
    public String label() {
        return label;
    }
}

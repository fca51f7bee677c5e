package org.kinerja.dashboard;

/**
 * The stage of the cycle an employee is at: before the appraisal starts, each state of the appraisal (the names of the
 * appraisal module's {@code AppraisalStatus}, as stored), then the published result and the concluded outcome.
 */
enum Phase {
    NOT_STARTED("Belum dimulai"),
    DRAFTING("Menyusun target SKP"),
    AWAITING_APPROVAL("Menunggu persetujuan target"),
    REPORTING("Pelaporan kemajuan"),
    SELF_ASSESSED("Penilaian diri selesai"),
    IN_REVIEW("Dinilai atasan dan rekan kerja"),
    SCORED("Nilai akhir dihitung, menunggu kalibrasi"),
    PUBLISHED("Hasil ditetapkan, tindak lanjut berjalan"),
    CONCLUDED("Selesai");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /**
     * The stage of one participant from what the progress query reads: the appraisal's status (null before it exists),
     * whether the outcome exists (the result was published) and whether it is concluded.
     */
    static Phase of(String appraisalStatus, boolean published, boolean concluded) {
        if (concluded) {
            return CONCLUDED;
        }
        if (published) {
            return PUBLISHED;
        }
        if (appraisalStatus == null) {
            return NOT_STARTED;
        }
        Phase phase = valueOf(appraisalStatus);
        if (phase.ordinal() < DRAFTING.ordinal() || phase.ordinal() > SCORED.ordinal()) {
            throw new IllegalArgumentException("Status penilaian tidak dikenal: " + appraisalStatus);
        }
        return phase;
    }
}

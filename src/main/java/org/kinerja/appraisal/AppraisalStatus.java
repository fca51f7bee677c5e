package org.kinerja.appraisal;

enum AppraisalStatus {
    DRAFTING("Menyusun target SKP"),
    AWAITING_APPROVAL("Menunggu persetujuan target"),
    REPORTING("Pelaporan kemajuan"),
    SELF_ASSESSED("Penilaian diri selesai"),
    IN_REVIEW("Dinilai atasan dan rekan kerja"),
    SCORED("Nilai akhir dihitung, menunggu kalibrasi");

    private final String label;

    AppraisalStatus(String label) {
        this.label = label;
    }

    /** The state as the employee reads it on "Kinerja saya". */
    String label() {
        return label;
    }
}

package org.kinerja.outcome;

/**
 * What follows from an employee's predikat kinerja, from the DMN table {@code appraisal-outcome} (product default,
 * following national practice). The enum names are the table's output values of {@code outcome}.
 */
enum Outcome {
    /** Penghargaan: a certificate (Piagam Penghargaan) and an incentive. */
    REWARD("Penghargaan"),
    /** Pengakuan: the performance is acknowledged, nothing else follows. */
    ACKNOWLEDGE("Pengakuan"),
    /** Pembinaan: the supervisor's coaching plan, acknowledged by the employee, with a follow-up check. */
    COACHING("Pembinaan");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

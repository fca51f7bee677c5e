package org.kinerja.scoring;

/**
 * The performance predicate (predikat kinerja) of an employee for a cycle, from the matrix of work-result rating and
 * behaviour rating (national rule, PermenPANRB 6/2022). The enum names are the output values of the DMN table
 * {@code performance-predicate}.
 */
public enum Predikat {
    SANGAT_BAIK("Sangat Baik"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang/Misconduct"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    Predikat(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

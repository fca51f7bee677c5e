package org.kinerja.scoring;

/**
 * The rating of the work result or of the behaviour, relative to what was expected (PermenPANRB 6/2022). The enum
 * names are the output values of the DMN tables {@code work-result-rating} and {@code behaviour-rating} and the input
 * values of {@code performance-predicate}.
 */
public enum Rating {
    DI_ATAS_EKSPEKTASI("Di atas ekspektasi"),
    SESUAI_EKSPEKTASI("Sesuai ekspektasi"),
    DI_BAWAH_EKSPEKTASI("Di bawah ekspektasi");

    private final String label;

    Rating(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

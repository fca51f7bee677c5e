package org.kinerja.scoring;

/** The aspect an indicator (IKI) measures, as on the national SKP form (PermenPANRB 6/2022). */
public enum Aspect {
    KUANTITAS("Kuantitas"),
    KUALITAS("Kualitas"),
    WAKTU("Waktu"),
    BIAYA("Biaya");

    private final String label;

    Aspect(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

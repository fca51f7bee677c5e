package org.kinerja.scoring;

/**
 * The seven core values of the civil service, BerAKHLAK (national rule: SE MenPANRB 20/2021, used for the
 * behaviour assessment by PermenPANRB 6/2022). The declaration order is the order in which they are shown.
 */
public enum BerakhlakValue {
    BERORIENTASI_PELAYANAN("Berorientasi Pelayanan"),
    AKUNTABEL("Akuntabel"),
    KOMPETEN("Kompeten"),
    HARMONIS("Harmonis"),
    LOYAL("Loyal"),
    ADAPTIF("Adaptif"),
    KOLABORATIF("Kolaboratif");

    private final String label;

    BerakhlakValue(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

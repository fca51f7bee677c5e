package org.kinerja.scoring;

/** Which way an indicator (IKI) improves. */
public enum Direction {
    HIGHER_IS_BETTER("Semakin tinggi semakin baik"),
    /** E.g. the days needed to issue a document. */
    LOWER_IS_BETTER("Semakin rendah semakin baik");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

package org.kinerja.calibration;

/**
 * The organisation's own performance rating for a cycle, set by its leader before calibration (national rule,
 * PermenPANRB 6/2022). It selects the allowed distribution of predikat (DMN {@code distribution-pattern}); the enum
 * names are that table's input values.
 */
enum OrganisationRating {
    ISTIMEWA("Istimewa"),
    BAIK("Baik"),
    BUTUH_PERBAIKAN("Butuh Perbaikan"),
    KURANG("Kurang"),
    SANGAT_KURANG("Sangat Kurang");

    private final String label;

    OrganisationRating(String label) {
        this.label = label;
    }

    /** The rating a form sent (its name), or null when it is none of them. */
    static OrganisationRating parse(Object value) {
        for (OrganisationRating rating : values()) {
            if (value != null && rating.name().equals(value.toString().trim())) {
                return rating;
            }
        }
        return null;
    }

    /** The name shown to people, in Bahasa Indonesia. */
    public String label() {
        return label;
    }
}

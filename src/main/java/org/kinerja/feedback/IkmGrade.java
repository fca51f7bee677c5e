package org.kinerja.feedback;

import java.math.BigDecimal;

/** Mutu pelayanan by IKM value (PermenPANRB 14/2017), on the IKM rounded to two decimals. */
enum IkmGrade {
    A("Sangat Baik", "88.31", "100.00"),
    B("Baik", "76.61", "88.30"),
    C("Kurang Baik", "65.00", "76.60"),
    D("Tidak Baik", "25.00", "64.99");

    private final String label;
    private final BigDecimal from;
    private final BigDecimal to;

    IkmGrade(String label, String from, String to) {
        this.label = label;
        this.from = new BigDecimal(from);
        this.to = new BigDecimal(to);
    }

    public String label() {
        return label;
    }

    /** E.g. "88,31–100,00". */
    public String range() {
        return from.toPlainString().replace('.', ',') + "–" + to.toPlainString().replace('.', ',');
    }

    public static IkmGrade of(BigDecimal ikm) {
        for (IkmGrade grade : values()) {
            if (ikm.compareTo(grade.from) >= 0) {
                return grade;
            }
        }
        return D;
    }
}

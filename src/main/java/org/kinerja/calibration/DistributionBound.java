package org.kinerja.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.IndonesianFormat;

/**
 * One bound of the allowed distribution of predikat in a calibration group (one row of DMN
 * {@code distribution-pattern}; defaults from the MenPANRB circular under PermenPANRB 6/2022). The bound counts the
 * employees holding any of {@link #predikats()} together.
 *
 * <p>Rounding (see {@link #limit(int)}): "&le; p%" allows {@code floor(p × n / 100)} employees, "&ge; p%" requires
 * {@code ceil(p × n / 100)}, "&ge; k pegawai" requires k. No bound applies to a group of fewer than 2 employees: a
 * group of 1 is never forced down.
 *
 * @param predikats the predikat counted together, never empty; kept as an unmodifiable {@link EnumSet}, so iteration
 *     runs from {@code SANGAT_BAIK} down
 * @param kind the kind of bound
 * @param value a percentage 0–100, or a whole number of employees; normalised (no trailing zeros, scale &ge; 0)
 */
record DistributionBound(Set<Predikat> predikats, Kind kind, BigDecimal value) {

    /** The kinds of bound, as written in the DMN output {@code kind}. */
    public enum Kind {
        /** At most {@code value} percent of the group ("maksimal"), rounded down. */
        AT_MOST_PERCENT,
        /** At least {@code value} percent of the group ("minimal"), rounded up. */
        AT_LEAST_PERCENT,
        /** At least {@code value} employees ("harus ada"), for groups of 2 or more. */
        AT_LEAST_EMPLOYEES
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DistributionBound {
        Objects.requireNonNull(predikats, "predikats");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (predikats.isEmpty()) {
            throw new IllegalArgumentException("Batas distribusi tanpa predikat");
        }
        predikats = Collections.unmodifiableSet(EnumSet.copyOf(predikats));
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("Nilai batas distribusi negatif: " + value.toPlainString());
        }
        if (kind == Kind.AT_LEAST_EMPLOYEES && value.scale() > 0) {
            throw new IllegalArgumentException("Jumlah pegawai harus bilangan bulat: " + value.toPlainString());
        }
        if (kind != Kind.AT_LEAST_EMPLOYEES && value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("Persentase lebih dari 100: " + value.toPlainString());
        }
    }

    /** "&le; percent%" of the given predikat together. */
    public static DistributionBound atMostPercent(int percent, Predikat first, Predikat... more) {
        return new DistributionBound(EnumSet.of(first, more), Kind.AT_MOST_PERCENT, BigDecimal.valueOf(percent));
    }

    /** "&ge; percent%" of the given predikat together. */
    public static DistributionBound atLeastPercent(int percent, Predikat first, Predikat... more) {
        return new DistributionBound(EnumSet.of(first, more), Kind.AT_LEAST_PERCENT, BigDecimal.valueOf(percent));
    }

    /** "&ge; employees pegawai" of the given predikat together. */
    public static DistributionBound atLeastEmployees(int employees, Predikat first, Predikat... more) {
        return new DistributionBound(EnumSet.of(first, more), Kind.AT_LEAST_EMPLOYEES, BigDecimal.valueOf(employees));
    }

    /** Whether the bound applies to a group of {@code n} employees: only when n &ge; 2, for every kind. */
    public boolean appliesTo(int n) {
        return n >= 2;
    }

    /**
     * The number of employees this bound allows (a maximum) or requires (a minimum) in a group of {@code n}, before any
     * adjustment of {@link DistributionCheck#effectiveLimits}. Exact: {@code floor(p × n / 100)} for
     * {@link Kind#AT_MOST_PERCENT}, {@code ceil(p × n / 100)} for {@link Kind#AT_LEAST_PERCENT}, k for
     * {@link Kind#AT_LEAST_EMPLOYEES}.
     */
    public int limit(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Jumlah pegawai negatif: " + n);
        }
        return switch (kind) {
            case AT_MOST_PERCENT -> percentOf(n, RoundingMode.FLOOR);
            case AT_LEAST_PERCENT -> percentOf(n, RoundingMode.CEILING);
            case AT_LEAST_EMPLOYEES -> value.intValueExact();
        };
    }

    private int percentOf(int n, RoundingMode rounding) {
        return value.multiply(BigDecimal.valueOf(n)).divide(HUNDRED, 0, rounding).intValueExact();
    }

    /** Whether this is a cap ({@link Kind#AT_MOST_PERCENT}); otherwise it is a minimum. */
    public boolean isMaximum() {
        return kind == Kind.AT_MOST_PERCENT;
    }

    /**
     * The bound in words, for people: "paling banyak 70% pegawai berpredikat Baik", "paling sedikit 1 pegawai berpredikat
     * Butuh Perbaikan atau Kurang/Misconduct", "tidak ada pegawai berpredikat Sangat Baik". Begins in lower case, to
     * stand inside a sentence; {@link #sentence()} begins with a capital.
     */
    public String describe() {
        String who = " pegawai berpredikat " + names();
        return switch (kind) {
            case AT_MOST_PERCENT -> value.signum() == 0 ? "tidak ada" + who : "paling banyak " + IndonesianFormat.plain(value) + "%" + who;
            case AT_LEAST_PERCENT -> "paling sedikit " + IndonesianFormat.plain(value) + "%" + who;
            case AT_LEAST_EMPLOYEES -> "paling sedikit " + value.toPlainString() + who;
        };
    }

    /** {@link #describe()} beginning with a capital, as a line of its own. */
    public String sentence() {
        String words = describe();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The predikat shown to people, from the highest down, joined with " atau ": "Butuh Perbaikan atau Kurang/Misconduct". */
    String names() {
        return predikats.stream().map(Predikat::label).collect(Collectors.joining(" atau "));
    }

    /** The highest predikat of the set (the first in {@link Predikat} order). */
    Predikat highest() {
        return predikats.iterator().next();
    }
}

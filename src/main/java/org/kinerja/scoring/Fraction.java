package org.kinerja.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals. The scores are computed with it so that a score is rounded once, from its exact
 * value: a work-result score of exactly 89.995 becomes 90.00, never 89.99 because of an intermediate 2/3 rounded to
 * 16 digits.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static final Fraction ZERO = of(BigDecimal.ZERO);
    static final Fraction ONE = of(BigDecimal.ONE);

    Fraction {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    static Fraction of(long value) {
        return of(BigDecimal.valueOf(value));
    }

    /** {@code numerator / denominator}; the denominator must be positive. */
    static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    Fraction plus(Fraction other) {
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction minus(Fraction other) {
        return plus(new Fraction(other.numerator.negate(), other.denominator));
    }

    Fraction times(Fraction other) {
        return new Fraction(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction times(long factor) {
        return times(of(factor));
    }

    /** Division by a positive number. */
    Fraction dividedBy(Fraction positive) {
        return times(new Fraction(positive.denominator, positive.numerator));
    }

    Fraction dividedBy(long positive) {
        return dividedBy(of(positive));
    }

    Fraction min(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) <= 0 ? this : other;
    }

    /** The value to 16 significant digits (not rounded to a display precision). */
    BigDecimal toDecimal() {
        return numerator.divide(denominator, MathContext.DECIMAL64);
    }

    /** The exact value rounded half up to {@code scale} decimals. */
    BigDecimal round(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}

package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotValidException;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.shared.Texts;

/**
 * Reads submitted form values strictly. The form validates too, but anything can be sent through the REST API, so
 * every value is checked again here; all problems are collected and refused together with a clear message.
 */
final class FormValues {

    static final int MAX_DECIMALS = 4;

    private final Map<String, Object> values;
    private final List<String> problems = new ArrayList<>();

    FormValues(Map<String, Object> values) {
        this.values = values;
    }

    /** Text without surrounding blanks and invisible characters; a value of only those counts as empty. */
    String text(String key, String label, boolean required, int maxLength) {
        Object raw = values.get(key);
        String cleaned = raw == null ? null : Texts.clean(raw.toString());
        String value = cleaned == null ? "" : cleaned;
        if (required && value.isEmpty()) {
            problems.add(label + " wajib diisi.");
        } else if (value.length() > maxLength) {
            problems.add(label + " terlalu panjang (paling banyak " + maxLength + " karakter).");
        } else if (Texts.hasControlCharacters(value, true)) {
            problems.add(label + " berisi karakter kendali yang tidak diizinkan.");
        }
        return value.isEmpty() ? null : value;
    }

    /** A number with at most {@value #MAX_DECIMALS} decimals (the columns keep four). */
    BigDecimal number(String key, String label, BigDecimal minExclusive, BigDecimal minInclusive, BigDecimal max) {
        return number(key, label, minExclusive, minInclusive, max, MAX_DECIMALS);
    }

    BigDecimal number(String key, String label, BigDecimal minExclusive, BigDecimal minInclusive, BigDecimal max, int maxDecimals) {
        Object raw = values.get(key);
        BigDecimal value = null;
        try {
            if (raw instanceof Number n) {
                value = new BigDecimal(n.toString());
            } else if (raw instanceof String s && !s.isBlank()) {
                String text = s.trim().replace(',', '.');
                if (text.length() > 40) {
                    throw new NumberFormatException("too long");
                }
                value = new BigDecimal(text);
            }
        } catch (NumberFormatException e) {
            String shown = String.valueOf(raw);
            problems.add(label + " harus berupa angka (tertulis: '" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "').");
            return null;
        }
        if (value == null) {
            problems.add(label + " wajib diisi.");
            return null;
        }
        if (minExclusive != null && value.compareTo(minExclusive) <= 0) {
            problems.add(label + " harus lebih dari " + minExclusive.toPlainString() + ".");
        } else if (minInclusive != null && value.compareTo(minInclusive) < 0) {
            problems.add(label + " tidak boleh kurang dari " + minInclusive.toPlainString() + ".");
        } else if (max != null && value.compareTo(max) > 0) {
            problems.add(label + " tidak boleh lebih dari " + max.toPlainString() + ".");
        } else if (value.stripTrailingZeros().scale() > maxDecimals) {
            problems.add(label + " paling banyak " + maxDecimals + " angka di belakang koma.");
        } else {
            return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
        }
        return null;
    }

    <E extends Enum<E>> E choice(String key, String label, Class<E> type) {
        Object raw = values.get(key);
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(label + " wajib dipilih" + (raw == null || raw.toString().isBlank() ? "." : " (nilai '" + raw + "' tidak dikenal)."));
            return null;
        }
    }

    /** The seven BerAKHLAK ratings, 1–5 each. */
    Map<BerakhlakValue, Integer> ratings() {
        Map<BerakhlakValue, Integer> ratings = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue value : BerakhlakValue.values()) {
            BigDecimal n = number(FormKeys.rating(value), "Nilai " + value.label(), null, BigDecimal.ONE, BigDecimal.valueOf(5));
            if (n != null && n.stripTrailingZeros().scale() > 0) {
                problems.add("Nilai " + value.label() + " harus bilangan bulat 1–5.");
            } else if (n != null) {
                ratings.put(value, n.intValue());
            }
        }
        return ratings;
    }

    void problem(String message) {
        problems.add(message);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Refuses the submission (HTTP 400 in Tasklist) when anything was wrong. */
    void check(String what) {
        if (!problems.isEmpty()) {
            throw new NotValidException(what + " belum dapat dikirim: " + String.join(" ", problems));
        }
    }
}

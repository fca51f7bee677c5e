package org.kinerja.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;

/**
 * A submitted task form, read strictly. The form validates too, but anything can be sent through the REST API, so every
 * value is read again here: each reader returns the value or null and notes the problem in Bahasa Indonesia;
 * {@link #check(String)} then refuses the whole submission with all its problems at once, and nothing is stored.
 *
 * <p>The engine guard has already made the values plain (text, numbers, yes/no, and lists as JSON text) and kept only
 * the form's own fields.
 */
public final class Submission {

    /** The columns keep four decimals. */
    public static final int MAX_DECIMALS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> values;
    private final Set<String> fields;
    private final List<String> problems = new ArrayList<>();

    /**
     * @param fields the form's input fields the task reads; null for no restriction (tests of the reading itself)
     */
    public Submission(Map<String, ?> values, Set<String> fields) {
        this.values = new LinkedHashMap<>(values);
        this.fields = fields;
    }

    private Object value(String key) {
        if (fields != null && !fields.contains(key)) {
            throw new IllegalStateException("Kelas tugas membaca isian '" + key + "' yang tidak dinyatakan di fields()");
        }
        return values.get(key);
    }

    /** The raw submitted value (for a field whose reading is the domain's own). */
    public Object raw(String key) {
        return value(key);
    }

    /** Text without surrounding blanks and invisible characters; a value of only those counts as empty (null). */
    public String text(String key, String label, boolean required, int maxLength) {
        return text(key, label, required ? 1 : 0, maxLength, true);
    }

    /**
     * Text of {@code minLength} to {@code maxLength} characters ({@code minLength} 0: optional). Control characters
     * other than line breaks and tabs (in multi-line text) are refused.
     */
    public String text(String key, String label, int minLength, int maxLength, boolean multiLine) {
        Object raw = value(key);
        String cleaned = raw == null ? null : Texts.clean(raw.toString());
        String value = cleaned == null ? "" : cleaned;
        if (minLength > 1 && (value.length() < minLength || value.length() > maxLength)) {
            problems.add(label + " wajib diisi, " + minLength + " sampai " + String.format(Locale.ROOT, "%,d", maxLength).replace(',', '.')
                    + " karakter.");
        } else if (minLength == 1 && value.isEmpty()) {
            problems.add(label + " wajib diisi.");
        } else if (value.length() > maxLength) {
            problems.add(label + " terlalu panjang (paling banyak " + maxLength + " karakter).");
        } else if (Texts.hasControlCharacters(value, multiLine)) {
            problems.add(label + " berisi karakter kendali yang tidak diizinkan.");
        }
        return value.isEmpty() ? null : value;
    }

    /** A number with at most {@value #MAX_DECIMALS} decimals. */
    public BigDecimal number(String key, String label, BigDecimal minExclusive, BigDecimal minInclusive, BigDecimal max) {
        return number(key, label, minExclusive, minInclusive, max, MAX_DECIMALS);
    }

    public BigDecimal number(String key, String label, BigDecimal minExclusive, BigDecimal minInclusive, BigDecimal max, int maxDecimals) {
        Object raw = value(key);
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

    /** A whole number from {@code min} to {@code max}. */
    public Integer wholeNumber(String key, String label, int min, int max) {
        BigDecimal value = number(key, label, null, BigDecimal.valueOf(min), BigDecimal.valueOf(max), MAX_DECIMALS);
        if (value == null) {
            return null;
        }
        if (value.stripTrailingZeros().scale() > 0) {
            problems.add(label + " harus bilangan bulat " + min + "–" + max + ".");
            return null;
        }
        return value.intValueExact();
    }

    /** One of an enum's names; {@code message} is the problem when nothing (or an unknown value) was chosen. */
    public <E extends Enum<E>> E choice(String key, String label, Class<E> type) {
        Object raw = value(key);
        try {
            return Enum.valueOf(type, raw == null ? "" : raw.toString().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(label + " wajib dipilih" + (raw == null || raw.toString().isBlank() ? "." : " (nilai '"
                    + Texts.excerpt(raw.toString()) + "' tidak dikenal)."));
            return null;
        }
    }

    /** A ticked checkbox. */
    public boolean ticked(String key) {
        Object raw = value(key);
        return Boolean.TRUE.equals(raw) || raw instanceof String s && "true".equalsIgnoreCase(s.trim());
    }

    /** The chosen values of a checklist or taglist (kept as a JSON list), without blanks and repeats. */
    public List<String> list(String key) {
        Object raw = value(key);
        List<String> items = new ArrayList<>();
        if (raw instanceof Collection<?> c) {
            c.forEach(v -> items.add(String.valueOf(v)));
        } else if (raw != null && !raw.toString().isBlank()) {
            String text = raw.toString().trim();
            if (text.startsWith("[")) {
                try {
                    for (JsonNode item : JSON.readTree(text)) {
                        items.add(item.asText());
                    }
                } catch (JsonProcessingException e) {
                    items.add(text);
                }
            } else {
                items.addAll(List.of(text.split(",")));
            }
        }
        return items.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** A calendar date (a datetime field sends {@code 2026-12-13}); null when empty, a problem when not a real date. */
    public LocalDate date(String key, String label) {
        Object raw = value(key);
        if (raw == null || raw.toString().isBlank()) {
            return null;
        }
        String text = raw.toString().trim();
        try {
            return LocalDate.parse(text.substring(0, Math.min(10, text.length())));
        } catch (DateTimeParseException e) {
            problems.add(label + " tidak sah: '" + Texts.excerpt(text) + "'.");
            return null;
        }
    }

    public void problem(String message) {
        problems.add(message);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Refuses the submission (400, with every problem) when anything was wrong. */
    public void check(String what) {
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, what + " belum dapat dikirim: " + String.join(" ", problems), problems);
        }
    }
}

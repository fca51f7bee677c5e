package org.kinerja.security;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.kinerja.security.FormFieldCatalog.Field;
import org.kinerja.security.FormFieldCatalog.ValueKind;
import org.kinerja.shared.Rejection;

/**
 * Checks what a person submits with a task or a start form, before the engine stores any of it: only the fields of
 * that form, each with a plain value of the field's kind (text, number, yes/no, a list of texts, or the rows of a
 * dynamic list). Everything else is refused, naming the field: variables the form does not have (such as
 * {@code supervisorNip} or {@code appraisalId}), Java-serialised objects, bytes, files, and JSON that is not a list of
 * plain values. A list is kept as its JSON text, so that no object is ever serialised into the engine. The rows of a
 * dynamic list (a JSON array of objects whose keys are the list's own fields, each with a plain value) are kept as a
 * {@code Json} value of their JSON text: a {@code String} variable holds at most 4,000 characters on PostgreSQL.
 */
final class SubmittedValues {

    /** Longest text a single field may carry; the domain checks each field's own, usually shorter, limit. */
    static final int MAX_TEXT = 20_000;
    static final int MAX_LIST_ITEMS = 100;
    /** Most rows of a dynamic list, and most characters of its JSON text. */
    static final int MAX_ROWS = 100;
    static final int MAX_ROWS_TEXT = 500_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Reads rows with exact decimals as sent and refuses a key given twice in a row. */
    private static final ObjectMapper ROWS_JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private SubmittedValues() {
    }

    /** The submitted values, checked against the form's fields and made plain; or a rejection naming every problem. */
    static Map<String, Object> check(Map<String, ?> submitted, Map<String, Field> fields, String what) {
        Map<String, Object> plain = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>();
        for (String key : submitted.keySet()) {
            Field field = fields.get(key);
            if (field == null) {
                unknown.add(key);
                continue;
            }
            // A variable map's plain get() deserialises what was sent (a Java-serialised object, malformed JSON): take the
            // typed value as sent instead.
            Object value = submitted instanceof VariableMap variables ? variables.getValueTyped(key) : submitted.get(key);
            try {
                plain.put(key, field.kind() == ValueKind.ROWS ? rows(value, field) : plain(value, field.kind()));
            } catch (IllegalArgumentException e) {
                problems.add("Isian '" + key + "': " + e.getMessage());
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(0, (unknown.size() == 1 ? "Isian " : "Isian-isian ") + String.join(", ", unknown.stream().map(k -> "'" + k + "'").toList())
                    + " bukan bagian dari formulir " + what + " dan tidak diterima.");
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, what.substring(0, 1).toUpperCase() + what.substring(1)
                    + " tidak dapat dikirim: " + String.join(" ", problems), problems);
        }
        return plain;
    }

    private static Object plain(Object value, ValueKind kind) {
        if (value instanceof TypedValue typed) {
            // The type decides before the value is touched: reading a serialised object or JSON value deserialises it,
            // which fails (and must never happen) for Java serialisation or malformed JSON.
            ValueType type = typed.getType();
            if (type == null) {
                // untyped: a plain Java value as the Java API passes it, checked below
                value = typed.getValue();
            } else if (type == ValueType.NULL) {
                return null;
            } else if (!type.isPrimitiveValueType()) {
                if ("json".equals(type.getName()) && kind == ValueKind.LIST) {
                    return list(jsonText(typed));
                }
                throw new IllegalArgumentException("jenis nilai '" + type.getName() + "' tidak diterima; kirim nilai biasa (teks, angka atau ya/tidak).");
            } else if (type == ValueType.BYTES || type == ValueType.FILE || type == ValueType.DATE) {
                throw new IllegalArgumentException("jenis nilai '" + type.getName() + "' tidak diterima; kirim teks.");
            } else {
                value = typed.getValue();
            }
        }
        if (value == null) {
            return null;
        }
        return switch (kind) {
            case LIST -> value instanceof Collection<?> c ? list(c) : value instanceof String s ? list(s) : refuse(value);
            case BOOLEAN -> value instanceof Boolean || value instanceof String ? value : refuse(value);
            case NUMBER -> value instanceof Number || value instanceof String ? text(value) : refuse(value);
            case TEXT -> value instanceof String || value instanceof Number || value instanceof Boolean ? text(value) : refuse(value);
            case ROWS -> refuse(value); // checked by rows()
        };
    }

    private static Object text(Object value) {
        if (value instanceof String s && s.length() > MAX_TEXT) {
            throw new IllegalArgumentException("terlalu panjang (paling banyak " + MAX_TEXT + " karakter).");
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new IllegalArgumentException("bukan angka yang sah.");
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number n && !(value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Double)) {
            return n.toString();
        }
        return value;
    }

    private static Object refuse(Object value) {
        throw new IllegalArgumentException("nilai jenis " + value.getClass().getSimpleName() + " tidak diterima.");
    }

    /** The JSON text of a Json value as sent, without parsing it into a Spin object (malformed JSON is refused later). */
    static String jsonText(TypedValue typed) {
        if (typed instanceof SerializableValue serializable && !serializable.isDeserialized()) {
            String text = serializable.getValueSerialized();
            return text == null ? "[]" : text;
        }
        Object value;
        try {
            value = typed.getValue();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bukan daftar JSON yang sah.");
        }
        return value == null ? "[]" : value.toString();
    }

    /** A list of plain values, from a JSON array text (as Tasklist sends a checklist). */
    private static String list(String json) {
        String text = json.isBlank() ? "[]" : json.strip();
        if (!text.startsWith("[")) {
            return list(List.of(text));
        }
        try {
            JsonNode node = JSON.readTree(text);
            List<Object> items = new ArrayList<>();
            for (JsonNode item : node) {
                if (!item.isValueNode() || item.isNull()) {
                    throw new IllegalArgumentException("daftar hanya boleh berisi teks atau angka.");
                }
                items.add(item.isNumber() ? item.numberValue() : item.asText());
            }
            return list(items);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bukan daftar JSON yang sah.");
        }
    }

    private static String list(Collection<?> items) {
        if (items.size() > MAX_LIST_ITEMS) {
            throw new IllegalArgumentException("terlalu banyak pilihan (paling banyak " + MAX_LIST_ITEMS + ").");
        }
        for (Object item : items) {
            if (!(item instanceof String || item instanceof Number) || item instanceof String s && s.length() > 500) {
                throw new IllegalArgumentException("daftar hanya boleh berisi teks pendek atau angka.");
            }
        }
        try {
            return JSON.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("daftar tidak dapat dibaca.");
        }
    }

    /** The rows of a dynamic list, as Tasklist sends them (a Json value) or as the Java API passes them. */
    private static TypedValue rows(Object value, Field list) {
        String json;
        if (value instanceof TypedValue typed && typed.getType() != null) {
            ValueType type = typed.getType();
            if (type == ValueType.NULL) {
                return null;
            } else if ("json".equals(type.getName())) {
                json = jsonText(typed);
            } else if (type == ValueType.STRING) {
                json = (String) typed.getValue();
            } else {
                throw new IllegalArgumentException("jenis nilai '" + type.getName() + "' tidak diterima; kirim baris-barisnya sebagai nilai Json.");
            }
        } else {
            Object untyped = value instanceof TypedValue typed ? typed.getValue() : value;
            if (untyped == null) {
                return null;
            } else if (untyped instanceof String text) {
                json = text;
            } else if (untyped instanceof Collection<?> items) {
                try {
                    json = ROWS_JSON.writeValueAsString(items);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("baris-barisnya tidak dapat dibaca.");
                }
            } else {
                return (TypedValue) refuse(untyped);
            }
        }
        if (json == null) {
            return null;
        }
        if (json.length() > MAX_ROWS_TEXT) {
            throw new IllegalArgumentException("terlalu panjang (paling banyak " + MAX_ROWS_TEXT + " karakter JSON).");
        }
        JsonNode rows;
        try {
            rows = ROWS_JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bukan daftar baris JSON yang sah.");
        }
        checkRows(rows, list.row(), "");
        try {
            return SpinValues.jsonValue(ROWS_JSON.writeValueAsString(rows)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("baris-barisnya tidak dapat dibaca.");
        }
    }

    private static void checkRows(JsonNode rows, Map<String, Field> fields, String where) {
        if (rows == null || !rows.isArray()) {
            throw new IllegalArgumentException(where + "harus berupa daftar baris (larik JSON berisi objek).");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException(where + "terlalu banyak baris (paling banyak " + MAX_ROWS + ").");
        }
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            String at = where + "baris " + (i + 1) + ": ";
            if (!row.isObject()) {
                throw new IllegalArgumentException(at + "harus berupa objek berisi isian baris.");
            }
            for (Map.Entry<String, JsonNode> cell : row.properties()) {
                Field field = fields.get(cell.getKey());
                if (field == null) {
                    throw new IllegalArgumentException(at + "isian '" + cell.getKey() + "' bukan bagian dari daftar ini.");
                }
                cell(cell.getValue(), field, at + "isian '" + cell.getKey() + "' ");
            }
        }
    }

    private static void cell(JsonNode value, Field field, String at) {
        if (value.isNull()) {
            return;
        }
        boolean text = value.isTextual();
        if (text && value.textValue().length() > MAX_TEXT) {
            throw new IllegalArgumentException(at + "terlalu panjang (paling banyak " + MAX_TEXT + " karakter).");
        }
        switch (field.kind()) {
            case ROWS -> checkRows(value, field.row(), at);
            case LIST -> {
                if (!value.isArray() || value.size() > MAX_LIST_ITEMS) {
                    throw new IllegalArgumentException(at + "harus berupa daftar pilihan (paling banyak " + MAX_LIST_ITEMS + ").");
                }
                for (JsonNode item : value) {
                    if (!(item.isNumber() || item.isTextual() && item.textValue().length() <= 500)) {
                        throw new IllegalArgumentException(at + "hanya boleh berisi teks pendek atau angka.");
                    }
                }
            }
            case NUMBER -> {
                if (!(value.isNumber() || text)) {
                    throw new IllegalArgumentException(at + "harus berupa angka.");
                }
            }
            case BOOLEAN -> {
                if (!(value.isBoolean() || text)) {
                    throw new IllegalArgumentException(at + "harus berupa ya/tidak.");
                }
            }
            case TEXT -> {
                if (!(text || value.isNumber() || value.isBoolean())) {
                    throw new IllegalArgumentException(at + "harus berupa teks, angka atau ya/tidak.");
                }
            }
        }
    }
}

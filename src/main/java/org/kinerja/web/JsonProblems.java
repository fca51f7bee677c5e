package org.kinerja.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.kinerja.shared.Texts;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** What was wrong with a request body that could not be read, in Bahasa Indonesia, naming the field where it can. */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(HttpMessageNotReadableException e) {
        if (find(e, StreamConstraintsException.class) != null) {
            return "Isi permintaan melampaui batas: angka atau teks terlalu panjang, atau susunan terlalu dalam.";
        }
        JsonParseException parse = find(e, JsonParseException.class);
        if (parse != null) {
            return "Isi permintaan bukan JSON yang sah" + at(parse.getLocation()) + ". Periksa tanda kutip, koma dan kurung.";
        }
        Throwable cause = find(e, JsonMappingException.class);
        if (cause instanceof InvalidFormatException format) {
            String field = field(format);
            String value = Texts.excerpt(String.valueOf(format.getValue()));
            Class<?> type = format.getTargetType();
            if (type != null && type.isEnum()) {
                return "Nilai '" + value + "' tidak dikenal untuk '" + field + "'. Pilihan: " + constants(type) + ".";
            }
            return "Nilai '" + value + "' tidak sah untuk '" + field + "': harus " + expected(type) + ".";
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String field = field(mismatch);
            Class<?> type = mismatch.getTargetType();
            if (type == null) {
                return "Isi permintaan tidak berbentuk seperti yang diharapkan" + (field.isEmpty() ? "" : " pada '" + field + "'") + ".";
            }
            return (field.isEmpty() ? "Isi permintaan" : "'" + field + "'") + " harus berupa " + expected(type) + ".";
        }
        if (cause instanceof JsonMappingException mapping) {
            String field = field(mapping);
            return "Isi permintaan tidak dapat dibaca" + (field.isEmpty() ? "" : " pada '" + field + "'") + ".";
        }
        return "Isi permintaan wajib berupa JSON yang sah dan tidak boleh kosong.";
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** What a value of the type looks like, for a person. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "nilai yang sah";
        }
        if (type.isEnum()) {
            return "salah satu dari " + constants(type);
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "teks";
        }
        if (type == int.class || type == long.class || type == short.class || type == Integer.class || type == Long.class
                || type == Short.class || type == BigInteger.class) {
            return "bilangan bulat";
        }
        if (type == double.class || type == float.class || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "angka, misalnya 12.5";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true atau false";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "waktu ISO-8601 dengan zona waktu, dalam tanda kutip, misalnya \"2026-11-20T09:15:00+07:00\"";
        }
        if (type == LocalDate.class) {
            return "tanggal ISO-8601 dalam tanda kutip, misalnya \"2026-11-20\"";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "waktu ISO-8601 dalam tanda kutip";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "daftar (array JSON)";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive()) {
            return "objek JSON";
        }
        return "nilai yang sah";
    }

    /** The path of the field, e.g. {@code items[0].direction}; "" for the body itself. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(Texts.excerpt(reference.getFieldName()));
            }
        }
        return path.toString();
    }

    private static String constants(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (baris " + location.getLineNr() + ", kolom " + location.getColumnNr() + ")";
    }
}

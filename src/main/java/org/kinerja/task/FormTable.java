package org.kinerja.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Rows a form shows in a table (or offers as the options of a select): stored as a JSON variable, which Camunda Forms
 * read as the table's {@code dataSource}.
 */
public record FormTable(String json) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JSON object, whose values a form reads by path, e.g. {@code {{header.employeeName}}} in a text. */
    public static FormTable object(Map<String, ?> fields) {
        try {
            return new FormTable(JSON.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static FormTable of(List<? extends Map<String, ?>> rows) {
        try {
            return new FormTable(JSON.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

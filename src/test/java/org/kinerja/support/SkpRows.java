package org.kinerja.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SKP's indicator list as the forms {@code draft-targets}, {@code report-progress} and {@code self-assessment}
 * submit it: one value named {@value #LIST} holding one row per indicator (the keys of {@code IndicatorRow}, which
 * {@code IndicatorRowTests} checks against the forms). For the Java API ({@link ProcessTestSupport#submit}) and, as
 * Tasklist sends it, for the REST API ({@link Plan#restVariable()}).
 *
 * <pre>
 * support.submit(draft, SkpRows.plan()
 *         .indicator("Terlayaninya pemohon", "Berkas diproses", "berkas", 100, "HIGHER_IS_BETTER", 60, "KUANTITAS")
 *         .indicator("Terlayaninya pemohon", "Rata-rata waktu", "hari", 7, "LOWER_IS_BETTER", 40, "WAKTU").form());
 * support.submit(report, SkpRows.report("Rekap triwulan", 30, 6));   // indicators 1 and 2
 * </pre>
 */
public final class SkpRows {

    /** The dynamic list's path in the three forms ({@code IndicatorRow.LIST}). */
    public static final String LIST = "indicators";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SkpRows() {
    }

    /** An empty plan to add indicators to. */
    public static Plan plan() {
        return new Plan();
    }

    /** One indicator: "Berkas diproses", target 100 berkas, higher is better, weight 100, quantity. */
    public static Plan oneIndicator() {
        return plan().indicator("Terlayaninya pemohon", "Berkas diproses", "berkas", 100, "HIGHER_IS_BETTER", 100, "KUANTITAS");
    }

    /** Task_ReportProgress or Task_SelfAssessment: the realisations of indicators 1, 2, … (in that order) as rows. */
    public static List<Map<String, Object>> realisationRows(Number... values) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            rows.add(realisation(i + 1, values[i]));
        }
        return rows;
    }

    /** One reporting row: the indicator's number and its realisation. */
    public static Map<String, Object> realisation(int no, Object value) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("no", no);
        row.put("realisation", value);
        return row;
    }

    /** A form holding only the realisations of indicators 1, 2, …; add the other fields (it is mutable). */
    public static Map<String, Object> realisations(Number... values) {
        Map<String, Object> form = new HashMap<>();
        form.put(LIST, realisationRows(values));
        return form;
    }

    /** Task_ReportProgress: the realisations of indicators 1, 2, … and an evidence note. */
    public static Map<String, Object> report(String evidenceNote, Number... values) {
        Map<String, Object> form = realisations(values);
        form.put("evidenceNote", evidenceNote);
        return form;
    }

    /** {@code "indicators":{"type":"Json","value":"[…]"}}: rows as Tasklist sends them to the REST API. */
    public static String restVariable(List<? extends Map<String, ?>> rows) {
        return "\"" + LIST + "\":{\"type\":\"Json\",\"value\":" + jsonString(json(rows)) + "}";
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal of {@code text}. */
    public static String jsonString(String text) {
        return json(text);
    }

    /** The rows of a drafted SKP, one per indicator. */
    public static final class Plan {

        private final List<Map<String, Object>> rows = new ArrayList<>();

        /** Adds an indicator not linked to a supervisor's RHK, without a perspective. */
        public Plan indicator(String rhk, String name, String unit, Object target, String direction, Object weight, String aspect) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rhk", rhk);
            row.put("rhkParent", "-");
            row.put("name", name);
            row.put("unit", unit);
            row.put("target", target);
            row.put("weight", weight);
            row.put("direction", direction);
            row.put("aspect", aspect);
            row.put("perspective", "");
            rows.add(row);
            return this;
        }

        /** Sets a key of indicator {@code no} (1-based) to a value; null removes the key from the row. */
        public Plan set(int no, String key, Object value) {
            if (value == null) {
                rows.get(no - 1).remove(key);
            } else {
                rows.get(no - 1).put(key, value);
            }
            return this;
        }

        /** The last indicator's RHK supports this RHK of the supervisor. */
        public Plan supports(String supervisorResult) {
            return set(rows.size(), "rhkParent", supervisorResult);
        }

        public int size() {
            return rows.size();
        }

        /** A copy of the rows. */
        public List<Map<String, Object>> rows() {
            List<Map<String, Object>> copy = new ArrayList<>();
            rows.forEach(r -> copy.add(new LinkedHashMap<>(r)));
            return copy;
        }

        /** The form as the Java API submits it (mutable). */
        public Map<String, Object> form() {
            Map<String, Object> form = new HashMap<>();
            form.put(LIST, rows());
            return form;
        }

        /** The list as one REST variable, as Tasklist sends it. */
        public String restVariable() {
            return SkpRows.restVariable(rows);
        }

        /** A REST {@code submit-form} body with the list only. */
        public String restBody() {
            return "{\"variables\":{" + restVariable() + "}}";
        }
    }
}

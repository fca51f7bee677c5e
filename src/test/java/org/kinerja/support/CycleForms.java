package org.kinerja.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kinerja.scoring.BerakhlakValue;

/**
 * What a person sends for each task of the cycle, as Tasklist submits it ({@code POST /engine-rest/task/{id}/submit-form}),
 * built from what the form showed them ({@code GET /engine-rest/task/{id}/form-variables?deserializeValues=false}).
 * Used by the whole-cycle benchmark and the cluster kill tests, which drive the cycle through REST only.
 */
public final class CycleForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every user task of a cycle, in the order the cycle reaches them. */
    public static final List<String> TASKS = List.of("Task_DraftTargets", "Task_ApproveTargets", "Task_ReportProgress",
            "Task_GiveProgressFeedback", "Task_SelfAssessment", "Task_RatePeer", "Task_ReviewBySupervisor",
            "Task_SetOrganisationRating", "Task_CalibrateResults", "Task_ViewResult", "Task_DraftCoachingPlan",
            "Task_AcknowledgeCoachingPlan", "Task_ReviewCoachingProgress", "Task_ReviewSanction");

    private CycleForms() {
    }

    /**
     * How the employee with this index performs: most as planned, some better, some worse (index modulo 20). Realisation
     * of the three indicators (percent of target, twice, and days), then the behaviour rating.
     */
    public static int[] performance(int employeeIndex) {
        return switch (employeeIndex % 20) {
            case 0, 1 -> new int[] {110, 140, 3, 5};
            case 2 -> new int[] {60, 70, 9, 2};
            case 3 -> new int[] {40, 40, 14, 1};
            default -> new int[] {95, 120, 5, 4};
        };
    }

    /** The body of the submission for this task, for an employee performing as {@code p}, from what the form showed. */
    public static String submission(String taskDefinitionKey, int[] p, JsonNode shown) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (taskDefinitionKey) {
            case "Task_DraftTargets" -> values.put("indicators", json(shown.path("indicators")));
            case "Task_ApproveTargets" -> values.put("targetsDecision", "APPROVE");
            case "Task_ReportProgress" -> {
                values.put("indicators", json(realisations(p, 0.25)));
                values.put("evidenceNote", "Rekap kegiatan periode ini.");
            }
            case "Task_GiveProgressFeedback" -> values.put("feedback", "Lanjutkan, pertahankan ketepatan waktu.");
            case "Task_SelfAssessment" -> {
                values.putAll(ratings(p[3]));
                values.put("indicators", json(realisations(p, 1.0)));
                values.put("reflection", "Refleksi tahunan.");
            }
            case "Task_RatePeer" -> values.putAll(ratings(p[3]));
            case "Task_ReviewBySupervisor" -> {
                values.putAll(ratings(p[3]));
                values.put("supervisorComment", "Catatan atasan.");
                values.put("workRatingDecision", "CONFIRM");
            }
            case "Task_SetOrganisationRating" -> {
                values.put("organisationRating", "BAIK");
                values.put("ratingBasis", "Capaian kinerja organisasi tahun ini.");
            }
            case "Task_CalibrateResults" -> values.put("calibrationConfirmed", true);
            case "Task_ViewResult" -> values.put("resultDecision", "ACKNOWLEDGE");
            case "Task_DraftCoachingPlan" -> {
                JsonNode options = read(text(shown.path("trainingOptions")));
                values.put("focusValues", json(List.of("BERORIENTASI_PELAYANAN")));
                values.put("trainings", json(List.of(options.get(0).get("value").asText())));
                values.put("dialogDate1", LocalDate.now().plusDays(14).toString());
                values.put("planNote", "Dialog dua mingguan.");
            }
            case "Task_AcknowledgeCoachingPlan" -> values.put("planAcknowledged", true);
            case "Task_ReviewCoachingProgress" -> {
                values.put("progressResult", "MEMADAI");
                values.put("progressNote", "Sudah mengikuti pelatihan dan ada perbaikan.");
            }
            case "Task_ReviewSanction" -> {
                values.put("sanctionDecision", "TEGURAN_LISAN");
                values.put("sanctionNote", "Teguran lisan setelah pembinaan.");
            }
            default -> throw new IllegalStateException("no form for " + taskDefinitionKey);
        }
        return form(values);
    }

    /**
     * As {@link #submission}, for an SKP of any shape (e.g. the demo's, made from its positions' templates): the
     * realisations follow the indicators the form shows, each {@code p[0]} percent of its own target (the inverse for
     * an indicator where lower is better), a quarter of it in each progress report and all of it in the
     * self-assessment.
     */
    public static String submissionByTargets(String taskDefinitionKey, int[] p, JsonNode shown) {
        Map<String, Object> values = new LinkedHashMap<>();
        switch (taskDefinitionKey) {
            case "Task_ReportProgress" -> {
                values.put("indicators", json(realisationsOfTargets(shown, p[0], 0.25)));
                values.put("evidenceNote", "Rekap kegiatan periode ini.");
            }
            case "Task_SelfAssessment" -> {
                values.putAll(ratings(p[3]));
                values.put("indicators", json(realisationsOfTargets(shown, p[0], 1.0)));
                values.put("reflection", "Refleksi tahunan.");
            }
            default -> {
                return submission(taskDefinitionKey, p, shown);
            }
        }
        return form(values);
    }

    /** The rows of the SKP's indicator list the form shows ({@code indicators}, a Json variable), as Tasklist reads them. */
    public static JsonNode indicatorsShown(JsonNode shown) {
        return read(text(shown.path("indicators")));
    }

    /** The body of a submission of these values (text, numbers, booleans), as Tasklist sends a form. */
    public static String form(Map<String, ?> values) {
        StringBuilder body = new StringBuilder("{\"variables\":{");
        String separator = "";
        try {
            for (Map.Entry<String, ?> entry : values.entrySet()) {
                body.append(separator).append(JSON.writeValueAsString(entry.getKey())).append(':');
                if (entry.getValue() instanceof JsonText jsonText) {
                    body.append("{\"type\":\"Json\",\"value\":").append(JSON.writeValueAsString(jsonText.text())).append('}');
                } else {
                    body.append("{\"value\":").append(JSON.writeValueAsString(entry.getValue())).append('}');
                }
                separator = ",";
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return body.append("}}").toString();
    }

    /** Whose appraisal a process is about: its business key ends with the NIP ({@code "{cycleId}-{nip}"}). */
    public static String subject(String businessKey, String fallback) {
        return businessKey == null || !businessKey.contains("-") ? fallback : businessKey.substring(businessKey.indexOf('-') + 1);
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    private record JsonText(String text) {
    }

    private static JsonText json(Object value) {
        try {
            if (value instanceof JsonNode node) {
                return new JsonText(text(node));
            }
            return new JsonText(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form variable's value as Tasklist receives it: a Json variable's value is its JSON text. */
    private static String text(JsonNode variable) {
        JsonNode value = variable.path("value");
        try {
            return value.isTextual() ? value.asText() : JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> realisations(int[] p, double share) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", i + 1);
            row.put("realisation", i == 2 ? p[i] : Math.round(p[i] * share));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, Object>> realisationsOfTargets(JsonNode shown, int percent, double share) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (JsonNode indicator : indicatorsShown(shown)) {
            double target = Double.parseDouble(indicator.path("target").asText());
            boolean lowerIsBetter = indicator.path("direction").asText().contains("rendah");
            double whole = lowerIsBetter ? target * 100 / percent : target * percent / 100;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no", indicator.path("no").asInt());
            row.put("realisation", Math.round(whole * (lowerIsBetter ? 1.0 : share) * 100) / 100.0);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> ratings(int value) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (BerakhlakValue v : BerakhlakValue.values()) {
            form.put("rating" + v.label().replace(" ", ""), String.valueOf(value));
        }
        return form;
    }
}

package org.kinerja.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.kinerja.task.Submission;

/**
 * One row of the SKP's indicator list, the one definition the forms and the server share. {@code draft-targets},
 * {@code report-progress} and {@code self-assessment} each hold a Camunda Forms dynamic list ({@code dynamiclist}) whose
 * {@code path} is {@link #LIST} and whose fields have the keys below ({@code IndicatorRowTests} checks the three forms
 * against this class). The list arrives as one submitted value, its rows as JSON objects (see the README, "Dynamic lists
 * in Tasklist"); {@link FormContext} prefills it from the same keys.
 *
 * <ul>
 *   <li>Drafting ({@code Task_DraftTargets}): one row per indicator, in the plan's order, with {@link #DRAFT_FIELDS}.
 *       The position of a row is the indicator's number.</li>
 *   <li>Reporting ({@code Task_ReportProgress}, {@code Task_SelfAssessment}): one row per indicator of the approved plan,
 *       with {@link #REPORT_FIELDS}: the indicator's number {@link #NO} (read-only in the form), by which the server
 *       matches the row to the plan, and the {@link #REALISATION} entered. The row also carries {@link #SHOWN} values
 *       the form shows as text; they are no fields, so Tasklist does not send them back.</li>
 * </ul>
 */
final class IndicatorRow {

    /** The dynamic list's {@code path} in the three forms: the name of the submitted value. */
    static final String LIST = "indicators";
    /** Most indicators in an SKP (product default): the national SKP form sets no number; 30 keep a plan reviewable. */
    static final int MAX_INDICATORS = 30;

    // drafting: one indicator (RHK and IKI)
    static final String RHK = "rhk";
    /** The supervisor's RHK the indicator's RHK supports (cascading); {@link #NO_SUPERVISOR_RESULT} for none. */
    static final String RHK_PARENT = "rhkParent";
    static final String NAME = "name";
    static final String UNIT = "unit";
    static final String TARGET = "target";
    static final String DIRECTION = "direction";
    static final String WEIGHT = "weight";
    static final String ASPECT = "aspect";
    static final String PERSPECTIVE = "perspective";
    // reporting: the realisation of one indicator of the plan
    static final String NO = "no";
    static final String REALISATION = "realisation";

    /** The option of the RHK-atasan select that links to none of the supervisor's RHK. */
    static final String NO_SUPERVISOR_RESULT = "-";

    static final List<String> DRAFT_FIELDS = List.of(RHK, RHK_PARENT, NAME, UNIT, TARGET, WEIGHT, DIRECTION, ASPECT, PERSPECTIVE);
    static final List<String> REPORT_FIELDS = List.of(NO, REALISATION);
    /** What a reporting row shows of its indicator (the direction as its label); not fields of the form. */
    static final List<String> SHOWN = List.of(NAME, TARGET, UNIT, DIRECTION);

    static final BigDecimal MAX_TARGET = new BigDecimal("9999999999");
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    /** Reads rows with exact decimals as far as they arrive (the engine guard keeps them as sent). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private IndicatorRow() {
    }

    // ---- prefilling the forms

    /** A drafting row of an indicator of the current plan (or of the template it was prefilled from). */
    static Map<String, Object> draft(SkpIndicator i) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(RHK, i.getResultTitle());
        row.put(RHK_PARENT, i.getSupervisorResultTitle() == null ? NO_SUPERVISOR_RESULT : i.getSupervisorResultTitle());
        row.put(NAME, i.getName());
        row.put(UNIT, i.getUnit());
        row.put(TARGET, plain(i.getTarget()));
        row.put(WEIGHT, plain(i.getWeight()));
        row.put(DIRECTION, i.getDirection().name());
        row.put(ASPECT, i.getAspect().name());
        row.put(PERSPECTIVE, i.getPerspective());
        return row;
    }

    /** The row of an empty plan: one indicator to fill in, not linked to a supervisor's RHK. */
    static Map<String, Object> emptyDraft() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(RHK_PARENT, NO_SUPERVISOR_RESULT);
        return row;
    }

    /** A reporting row: the indicator shown, its number, and the realisation to enter ({@code previous} prefills it). */
    static Map<String, Object> report(SkpIndicator i, BigDecimal previous) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(NO, i.getSeq());
        row.put(NAME, i.getName());
        row.put(TARGET, plain(i.getTarget()));
        row.put(UNIT, i.getUnit());
        row.put(DIRECTION, i.getDirection().label().toLowerCase());
        row.put(REALISATION, previous == null ? null : plain(previous));
        return row;
    }

    // ---- reading what was submitted

    /**
     * Task_DraftTargets: the indicators as drafted, numbered by their row; 1 to {@value #MAX_INDICATORS} rows. Each
     * problem is noted on {@code form} with the indicator's number ("Indikator 3: Target harus lebih dari 0.").
     */
    static List<IndicatorDraft> drafts(Submission form) {
        List<Map<String, Object>> rows = rows(form, "Daftar indikator");
        if (rows == null) {
            return List.of();
        }
        if (rows.isEmpty() || rows.size() > MAX_INDICATORS) {
            form.problem("SKP harus berisi 1–" + MAX_INDICATORS + " indikator, sekarang " + rows.size() + ".");
            return List.of();
        }
        List<IndicatorDraft> drafts = new ArrayList<>();
        for (int n = 1; n <= rows.size(); n++) {
            String p = "Indikator " + n + ": ";
            Submission row = row(form, rows.get(n - 1), DRAFT_FIELDS, List.of(), p);
            String parent = row.text(RHK_PARENT, p + "RHK atasan", false, 300);
            drafts.add(new IndicatorDraft(n,
                    row.text(RHK, p + "Rencana hasil kerja (RHK)", true, 300),
                    parent == null || NO_SUPERVISOR_RESULT.equals(parent) ? null : parent,
                    row.text(NAME, p + "Nama indikator", true, 300),
                    row.text(UNIT, p + "Satuan", true, 60),
                    row.number(TARGET, p + "Target", BigDecimal.ZERO, null, MAX_TARGET),
                    row.choice(DIRECTION, p + "Arah", Direction.class),
                    row.number(WEIGHT, p + "Bobot", BigDecimal.ZERO, null, MAX_WEIGHT, 2),
                    row.choice(ASPECT, p + "Aspek", Aspect.class),
                    row.text(PERSPECTIVE, p + "Perspektif", false, 100)));
            takeProblems(row, form);
        }
        return drafts;
    }

    /**
     * Task_ReportProgress, Task_SelfAssessment: the realisation of every indicator of {@code plan}, by its number. A row
     * is matched to the plan by {@link #NO}; a row for an indicator the plan does not have, a second row for one, and an
     * indicator without a row are refused. A realisation is at least 0, below 10^10, with at most 4 decimals.
     */
    static Map<Integer, BigDecimal> realisations(Submission form, List<AppraisalService.PlannedIndicator> plan) {
        Map<Integer, BigDecimal> result = new LinkedHashMap<>();
        List<Map<String, Object>> rows = rows(form, "Daftar realisasi");
        if (rows == null) {
            return result;
        }
        if (rows.size() > MAX_INDICATORS) {
            form.problem("Daftar realisasi paling banyak " + MAX_INDICATORS + " baris, sekarang " + rows.size() + "; SKP ini berisi "
                    + plan.size() + " indikator.");
            return result;
        }
        Map<Integer, AppraisalService.PlannedIndicator> bySeq = new LinkedHashMap<>();
        plan.forEach(i -> bySeq.put(i.seq(), i));
        Set<Integer> seen = new HashSet<>();
        for (int n = 1; n <= rows.size(); n++) {
            String p = "Baris " + n + ": ";
            Submission row = row(form, rows.get(n - 1), REPORT_FIELDS, SHOWN, p);
            Integer no = row.wholeNumber(NO, p + "Nomor indikator", 1, MAX_INDICATORS);
            AppraisalService.PlannedIndicator planned = no == null ? null : bySeq.get(no);
            if (no != null && planned == null) {
                row.problem(p + "indikator " + no + " tidak ada dalam SKP ini (SKP berisi indikator 1–" + plan.size() + ").");
            } else if (planned != null && !seen.add(no)) {
                row.problem(p + "indikator " + no + " (" + planned.name() + ") sudah dilaporkan pada baris sebelumnya.");
                planned = null;
            }
            BigDecimal value = row.number(REALISATION, planned == null ? p + "Realisasi"
                    : "Realisasi indikator " + no + " (" + planned.name() + ")", null, BigDecimal.ZERO, MAX_TARGET);
            if (planned != null && value != null) {
                result.put(no, value);
            }
            takeProblems(row, form);
        }
        for (AppraisalService.PlannedIndicator i : plan) {
            if (!seen.contains(i.seq())) {
                form.problem("Realisasi indikator " + i.seq() + " (" + i.name() + ") wajib diisi: daftar tidak memuat baris untuk indikator ini.");
            }
        }
        return result;
    }

    /** The submitted rows as plain values; null (with the problem noted) when the list is missing or not a list of rows. */
    private static List<Map<String, Object>> rows(Submission form, String label) {
        Object raw = form.raw(LIST);
        if (raw == null) {
            form.problem(label + " wajib diisi.");
            return null;
        }
        JsonNode rows;
        try {
            // a Json variable (as the engine guard stores the list) reads as its JSON text; the Java API may pass a list
            rows = JSON.readTree(raw instanceof Collection<?> items ? JSON.writeValueAsString(items) : raw.toString());
        } catch (JsonProcessingException e) {
            rows = null;
        }
        if (rows == null || !rows.isArray()) {
            form.problem(label + " harus berupa daftar baris.");
            return null;
        }
        List<Map<String, Object>> result = new ArrayList<>();
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                form.problem(label + ": baris " + (result.size() + 1) + " harus berupa objek berisi isian baris.");
                return null;
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            row.properties().forEach(cell -> cells.put(cell.getKey(), cell.getValue()));
            result.add(cells);
        }
        return result;
    }

    /**
     * One row as a {@link Submission} of its own fields; a key of another list or a value that is no plain value is noted.
     * The {@code shown} keys of the prefill are left alone: Tasklist never sends them, and a form completed without
     * sending its list keeps the prefill as it was.
     */
    private static Submission row(Submission form, Map<String, Object> cells, List<String> fields, List<String> shown, String at) {
        Map<String, Object> values = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        cells.forEach((key, node) -> {
            if (shown.contains(key) && !fields.contains(key)) {
                return;
            }
            if (!fields.contains(key)) {
                unknown.add("'" + Texts.excerpt(key) + "'");
                return;
            }
            JsonNode value = (JsonNode) node;
            if (value.isNumber()) {
                values.put(key, value.decimalValue());
            } else if (value.isTextual()) {
                values.put(key, value.textValue());
            } else if (value.isBoolean() || value.isNull()) {
                values.put(key, value.isNull() ? null : value.asText());
            } else {
                form.problem(at + "isian '" + key + "' harus berupa teks atau angka.");
            }
        });
        if (!unknown.isEmpty()) {
            form.problem(at + "isian " + String.join(", ", unknown) + " bukan bagian dari baris ini.");
        }
        return new Submission(values, Set.copyOf(fields));
    }

    /** Moves a row's problems onto the whole submission. */
    private static void takeProblems(Submission row, Submission form) {
        if (row.hasProblems()) {
            try {
                row.check("Baris");
            } catch (Rejection rejection) {
                rejection.problems().forEach(form::problem);
            }
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}

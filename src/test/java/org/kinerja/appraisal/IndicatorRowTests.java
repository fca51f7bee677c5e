package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;
import org.kinerja.shared.Rejection;
import org.kinerja.task.Submission;

/**
 * The one definition of an indicator row ({@link IndicatorRow}) against the three forms that hold the SKP's indicator
 * list, and the reading of submitted rows: numbered problems, rows matched to the plan by their number.
 */
class IndicatorRowTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMS = List.of("draft-targets", "report-progress", "self-assessment");

    @Test
    void shouldHoldTheIndicatorListOfEachFormAsOneDynamicListNamedByTheSharedPath() throws IOException {
        for (String form : FORMS) {
            List<JsonNode> lists = new ArrayList<>();
            collect(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"), "dynamiclist", lists);
            assertThat(lists).as(form).singleElement().satisfies(list -> {
                assertThat(list.path("path").asText()).isEqualTo(IndicatorRow.LIST);
                assertThat(list.path("isRepeating").asBoolean()).isTrue();
                assertThat(list.path("disableCollapse").asBoolean()).as("every row rendered, so every row is submitted").isTrue();
            });
        }
    }

    @Test
    void shouldDraftEveryIndicatorWithTheKeysAndBoundsTheServerReads() throws IOException {
        JsonNode list = list("draft-targets");
        assertThat(list.path("allowAddRemove").asBoolean()).as("rows are added and removed freely").isTrue();
        assertThat(keys(list)).containsExactlyElementsOf(IndicatorRow.DRAFT_FIELDS);
        Map<String, JsonNode> fields = fields(list);
        for (String required : List.of(IndicatorRow.RHK, IndicatorRow.NAME, IndicatorRow.UNIT, IndicatorRow.TARGET, IndicatorRow.WEIGHT,
                IndicatorRow.DIRECTION, IndicatorRow.ASPECT)) {
            assertThat(fields.get(required).path("validate").path("required").asBoolean()).as(required + " required").isTrue();
        }
        assertThat(fields.get(IndicatorRow.RHK_PARENT).path("validate").path("required").asBoolean()).isFalse();
        assertThat(fields.get(IndicatorRow.PERSPECTIVE).path("validate").path("required").asBoolean()).isFalse();
        assertThat(fields.get(IndicatorRow.RHK).path("validate").path("maxLength").asInt()).isEqualTo(300);
        assertThat(fields.get(IndicatorRow.NAME).path("validate").path("maxLength").asInt()).isEqualTo(300);
        assertThat(fields.get(IndicatorRow.UNIT).path("validate").path("maxLength").asInt()).isEqualTo(60);
        assertThat(fields.get(IndicatorRow.PERSPECTIVE).path("validate").path("maxLength").asInt()).isEqualTo(100);

        JsonNode target = fields.get(IndicatorRow.TARGET);
        assertThat(target.path("type").asText()).isEqualTo("number");
        assertThat(target.path("decimalDigits").asInt()).isEqualTo(Submission.MAX_DECIMALS);
        assertThat(target.path("validate").path("min").decimalValue()).isPositive();
        assertThat(target.path("validate").path("max").decimalValue()).isEqualByComparingTo(IndicatorRow.MAX_TARGET);
        JsonNode weight = fields.get(IndicatorRow.WEIGHT);
        assertThat(weight.path("type").asText()).isEqualTo("number");
        assertThat(weight.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(weight.path("validate").path("min").decimalValue()).isPositive();
        assertThat(weight.path("validate").path("max").decimalValue()).isEqualByComparingTo(IndicatorRow.MAX_WEIGHT);

        JsonNode parent = fields.get(IndicatorRow.RHK_PARENT);
        assertThat(parent.path("type").asText()).isEqualTo("select");
        assertThat(parent.path("valuesKey").asText()).as("the supervisor's RHK, from the form's root data")
                .isEqualTo(FormKeys.SUPERVISOR_RESULT_OPTIONS);
        assertThat(parent.path("defaultValue").asText()).as("an added row").isEqualTo(IndicatorRow.NO_SUPERVISOR_RESULT);
        assertThat(values(fields.get(IndicatorRow.DIRECTION))).containsExactlyElementsOf(Arrays.stream(Direction.values()).map(Enum::name).toList());
        assertThat(values(fields.get(IndicatorRow.ASPECT))).containsExactlyElementsOf(Arrays.stream(Aspect.values()).map(Enum::name).toList());

        // the weight total the form shows adds up the list's own rows
        String forms = JSON.readTree(Path.of("forms", "draft-targets.form").toFile()).toString();
        assertThat(forms).contains("for r in " + IndicatorRow.LIST + " return if r." + IndicatorRow.WEIGHT + " = null");
    }

    @Test
    void shouldReportOneRowPerIndicatorWithItsNumberShownAndTheRealisationToEnter() throws IOException {
        for (String form : List.of("report-progress", "self-assessment")) {
            JsonNode list = list(form);
            assertThat(list.path("allowAddRemove").asBoolean()).as(form + ": one row per indicator of the plan, no more, no less").isFalse();
            assertThat(keys(list)).as(form).containsExactlyElementsOf(IndicatorRow.REPORT_FIELDS);
            Map<String, JsonNode> fields = fields(list);
            assertThat(fields.get(IndicatorRow.NO).path("readonly").asBoolean()).as(form + ": the number matches the row to the plan")
                    .isTrue();
            JsonNode realisation = fields.get(IndicatorRow.REALISATION);
            assertThat(realisation.path("type").asText()).isEqualTo("number");
            assertThat(realisation.path("validate").path("required").asBoolean()).isTrue();
            assertThat(realisation.path("validate").path("min").decimalValue()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(realisation.path("validate").path("max").decimalValue()).isEqualByComparingTo(IndicatorRow.MAX_TARGET);
            assertThat(realisation.path("decimalDigits").asInt()).isEqualTo(Submission.MAX_DECIMALS);

            Set<String> shown = new TreeSet<>();
            List<JsonNode> texts = new ArrayList<>();
            collect(list.path("components"), "text", texts);
            Matcher m = Pattern.compile("\\{\\{\\s*this\\.(\\w+)\\s*}}").matcher(texts.stream().map(t -> t.path("text").asText()).toList().toString());
            while (m.find()) {
                shown.add(m.group(1));
            }
            assertThat(shown).as(form + ": what a row shows of its indicator").containsExactlyInAnyOrderElementsOf(IndicatorRow.SHOWN);
        }
    }

    @Test
    void shouldPrefillRowsWithTheKeysOfTheForms() {
        SkpIndicator indicator = new SkpIndicator(7, new IndicatorDraft(3, "Terlayaninya pemohon", null, "Berkas diproses", "berkas",
                new BigDecimal("100.0000"), Direction.LOWER_IS_BETTER, new BigDecimal("12.50"), Aspect.WAKTU, null));
        Map<String, Object> draft = IndicatorRow.draft(indicator);
        assertThat(draft.keySet()).containsExactlyElementsOf(IndicatorRow.DRAFT_FIELDS);
        assertThat(draft).containsEntry(IndicatorRow.RHK_PARENT, IndicatorRow.NO_SUPERVISOR_RESULT)
                .containsEntry(IndicatorRow.TARGET, new BigDecimal("100")).containsEntry(IndicatorRow.WEIGHT, new BigDecimal("12.5"))
                .containsEntry(IndicatorRow.DIRECTION, "LOWER_IS_BETTER");
        Map<String, Object> report = IndicatorRow.report(indicator, new BigDecimal("4.5000"));
        assertThat(report.keySet()).containsExactlyInAnyOrderElementsOf(concat(IndicatorRow.REPORT_FIELDS, IndicatorRow.SHOWN));
        assertThat(report).containsEntry(IndicatorRow.NO, 3).containsEntry(IndicatorRow.REALISATION, new BigDecimal("4.5"))
                .containsEntry(IndicatorRow.DIRECTION, "semakin rendah semakin baik");
    }

    @Test
    void shouldReadDraftedRowsInOrderAndNumberEveryProblem() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(draftRow("Terlayaninya pemohon", "Berkas diproses", 100, 60));
        rows.add(draftRow("Terlayaninya pemohon", "Waktu penyelesaian", 7, 40));
        Submission form = submission(rows);
        List<IndicatorDraft> drafts = IndicatorRow.drafts(form);
        assertThat(form.hasProblems()).isFalse();
        assertThat(drafts).extracting(IndicatorDraft::seq).containsExactly(1, 2);
        assertThat(drafts.get(1).name()).isEqualTo("Waktu penyelesaian");
        assertThat(drafts.get(0).supervisorResultTitle()).isNull();

        rows.get(0).put(IndicatorRow.TARGET, 0);
        rows.get(1).remove(IndicatorRow.UNIT);
        rows.get(1).put("bobotRahasia", 1);
        assertThatThrownBy(() -> {
            Submission bad = submission(rows);
            IndicatorRow.drafts(bad);
            bad.check("SKP");
        }).isInstanceOf(Rejection.class).satisfies(e -> assertThat(((Rejection) e).problems()).containsExactly(
                "Indikator 1: Target harus lebih dari 0.", "Indikator 2: isian 'bobotRahasia' bukan bagian dari baris ini.",
                "Indikator 2: Satuan wajib diisi."));
    }

    @Test
    void shouldTakeOneToThirtyIndicators() {
        List<Map<String, Object>> thirtyOne = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            thirtyOne.add(draftRow("RHK", "IKI " + i, 1, 1));
        }
        Submission tooMany = submission(thirtyOne);
        assertThat(IndicatorRow.drafts(tooMany)).isEmpty();
        assertThatThrownBy(() -> tooMany.check("SKP")).hasMessage("SKP belum dapat dikirim: SKP harus berisi 1–30 indikator, sekarang 31.");
        Submission none = submission(List.of());
        IndicatorRow.drafts(none);
        assertThatThrownBy(() -> none.check("SKP")).hasMessage("SKP belum dapat dikirim: SKP harus berisi 1–30 indikator, sekarang 0.");
        Submission missing = new Submission(Map.of(), Set.of(IndicatorRow.LIST));
        IndicatorRow.drafts(missing);
        assertThatThrownBy(() -> missing.check("SKP")).hasMessage("SKP belum dapat dikirim: Daftar indikator wajib diisi.");
    }

    @Test
    void shouldMatchReportedRowsToThePlanByNumberWhateverTheirOrder() throws Exception {
        List<AppraisalService.PlannedIndicator> plan = List.of(planned(1, "Berkas diproses"), planned(2, "Waktu penyelesaian"),
                planned(3, "Pemohon puas"));
        String rows = "[{\"no\":3,\"realisation\":0.5},{\"no\":1,\"realisation\":120},{\"no\":2,\"realisation\":\"6,25\"}]";
        Submission form = new Submission(Map.of(IndicatorRow.LIST, rows), Set.of(IndicatorRow.LIST));
        Map<Integer, BigDecimal> realisations = IndicatorRow.realisations(form, plan);
        assertThat(form.hasProblems()).isFalse();
        assertThat(realisations).containsOnlyKeys(1, 2, 3);
        assertThat(realisations.get(1)).isEqualByComparingTo("120");
        assertThat(realisations.get(2)).isEqualByComparingTo("6.25");
        assertThat(realisations.get(3)).isEqualByComparingTo("0.5");

        // a form completed without sending its list keeps the prefill, whose rows also hold what they show
        String prefill = "[{\"no\":1,\"name\":\"Berkas diproses\",\"target\":10,\"unit\":\"berkas\",\"direction\":\"semakin tinggi "
                + "semakin baik\",\"realisation\":4},{\"no\":2,\"realisation\":5},{\"no\":3,\"realisation\":6}]";
        Submission kept = new Submission(Map.of(IndicatorRow.LIST, prefill), Set.of(IndicatorRow.LIST));
        assertThat(IndicatorRow.realisations(kept, plan)).containsOnlyKeys(1, 2, 3);
        assertThat(kept.hasProblems()).isFalse();

        String wrong = "[{\"no\":1,\"realisation\":1},{\"no\":1,\"realisation\":2},{\"no\":4,\"realisation\":3},{\"realisation\":4}]";
        Submission refused = new Submission(Map.of(IndicatorRow.LIST, wrong), Set.of(IndicatorRow.LIST));
        IndicatorRow.realisations(refused, plan);
        assertThatThrownBy(() -> refused.check("Laporan kemajuan")).isInstanceOf(Rejection.class)
                .satisfies(e -> assertThat(((Rejection) e).problems()).containsExactly(
                        "Baris 2: indikator 1 (Berkas diproses) sudah dilaporkan pada baris sebelumnya.",
                        "Baris 3: indikator 4 tidak ada dalam SKP ini (SKP berisi indikator 1–3).",
                        "Baris 4: Nomor indikator wajib diisi.",
                        "Realisasi indikator 2 (Waktu penyelesaian) wajib diisi: daftar tidak memuat baris untuk indikator ini.",
                        "Realisasi indikator 3 (Pemohon puas) wajib diisi: daftar tidak memuat baris untuk indikator ini."));
    }

    // ---- helpers

    private static Submission submission(List<Map<String, Object>> rows) {
        return new Submission(Map.of(IndicatorRow.LIST, rows), Set.of(IndicatorRow.LIST));
    }

    private static Map<String, Object> draftRow(String rhk, String name, Number target, Number weight) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(IndicatorRow.RHK, rhk);
        row.put(IndicatorRow.RHK_PARENT, IndicatorRow.NO_SUPERVISOR_RESULT);
        row.put(IndicatorRow.NAME, name);
        row.put(IndicatorRow.UNIT, "berkas");
        row.put(IndicatorRow.TARGET, target);
        row.put(IndicatorRow.WEIGHT, weight);
        row.put(IndicatorRow.DIRECTION, "HIGHER_IS_BETTER");
        row.put(IndicatorRow.ASPECT, "KUANTITAS");
        row.put(IndicatorRow.PERSPECTIVE, "");
        return row;
    }

    private static AppraisalService.PlannedIndicator planned(int seq, String name) {
        return new AppraisalService.PlannedIndicator(seq, name, "berkas", BigDecimal.TEN);
    }

    private static JsonNode list(String form) throws IOException {
        List<JsonNode> lists = new ArrayList<>();
        collect(JSON.readTree(Path.of("forms", form + ".form").toFile()).path("components"), "dynamiclist", lists);
        return lists.get(0);
    }

    /** The keys of the list's fields, in the form's order. */
    private static List<String> keys(JsonNode list) {
        return new ArrayList<>(fields(list).keySet());
    }

    private static Map<String, JsonNode> fields(JsonNode list) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (JsonNode c : list.path("components")) {
            if (!c.path("key").asText("").isEmpty()) {
                fields.put(c.path("key").asText(), c);
            }
        }
        return fields;
    }

    private static List<String> values(JsonNode select) {
        List<String> values = new ArrayList<>();
        select.path("values").forEach(v -> values.add(v.path("value").asText()));
        return values;
    }

    private static void collect(JsonNode components, String type, List<JsonNode> found) {
        for (JsonNode c : components) {
            if (type.equals(c.path("type").asText())) {
                found.add(c);
            }
            collect(c.path("components"), type, found);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

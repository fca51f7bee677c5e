package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * HR's indicator-template API: numbers bounded to what the columns and the rules hold, texts cleaned and within their
 * columns, every refusal a 400 in Bahasa Indonesia that names the indicator and the field, and nothing stored.
 */
@KinerjaTest
class IndicatorTemplateApiTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String POSITION = "Pengadministrasi";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    IndicatorTemplateRepository templates;

    private java.util.Set<Long> existing;

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
        existing = templates.findAll().stream().map(IndicatorTemplate::getId).collect(java.util.stream.Collectors.toSet());
    }

    /** Other tests of this context prefill SKPs from templates: only the refusals here may leave none behind. */
    @AfterEach
    void removeTheTemplatesSavedHere() {
        templates.findAll().stream().filter(t -> !existing.contains(t.getId())).forEach(templates::delete);
    }

    @Test
    void shouldStoreTheNumbersExactlyAndTheTextsCleaned() throws Exception {
        send(body(jsonString("\u200B " + POSITION + " \u200B"),
                item("target", "12.5", "weight", "60.25", "name", "\"\\u200BDokumen diterbitkan\\u00A0\""),
                item("target", "9999999999.9999", "weight", "39.75")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(POSITION))
                .andExpect(jsonPath("$.items[0].name").value("Dokumen diterbitkan"));
        mvc.perform(get("/api/indicator-templates").param("position", POSITION).with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].items[0].target").value(12.5))
                .andExpect(jsonPath("$[0].items[1].target").value(9999999999.9999))
                .andExpect(jsonPath("$[0].items[0].weight").value(60.25));
    }

    @Test
    void shouldTakeAsManyItemsAsAnSkpHoldsAndNoMore() throws Exception {
        String[] thirty = new String[IndicatorRow.MAX_INDICATORS];
        for (int i = 0; i < thirty.length; i++) {
            thirty[i] = item("name", jsonString("Dokumen jenis " + (i + 1) + " diterbitkan"), "weight", i < 20 ? "3" : "4");
        }
        send(body(jsonString(POSITION), thirty))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.items.length()").value(30))
                .andExpect(jsonPath("$.items[29].name").value("Dokumen jenis 30 diterbitkan"));
        long before = templates.count();
        String[] thirtyOne = java.util.Arrays.copyOf(thirty, 31);
        thirtyOne[30] = item("weight", "1");
        send(body(jsonString(POSITION), thirtyOne))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Templat ditolak: Templat harus berisi 1–30 indikator (items), sama seperti SKP."));
        assertThat(templates.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "target {0}")
    @CsvSource(delimiter = '|', value = {
            "1e308            | target harus kurang dari 10.000.000.000",
            "10000000000      | target harus kurang dari 10.000.000.000",
            "\"1e999999999\"  | target harus kurang dari 10.000.000.000",
            "0.00001          | target paling banyak 4 angka di belakang koma",
            "1e-30            | target paling banyak 4 angka di belakang koma",
            "\"1e-999999999\" | target paling banyak 4 angka di belakang koma",
            "0                | target harus lebih dari 0",
            "-3               | target harus lebih dari 0",
            "null             | target wajib diisi"})
    void shouldRefuseATargetTheColumnCannotHoldExactly(String target, String message) throws Exception {
        long before = templates.count();
        send(body(jsonString(POSITION), item("target", target)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Permintaan tidak sah"))
                .andExpect(jsonPath("$.detail").value(containsString("Indikator 1: " + message)))
                .andExpect(jsonPath("$.errors[0]").value(containsString(message)))
                .andExpect(jsonPath("$.errorCount").value(1));
        assertThat(templates.count()).isEqualTo(before);
    }

    @ParameterizedTest(name = "target {0}")
    @CsvSource(delimiter = '|', value = {
            "NaN        | bukan JSON yang sah",
            "Infinity   | bukan JSON yang sah",
            "\"NaN\"    | Nilai 'NaN' tidak sah untuk 'items[0].target': harus angka",
            "\"sepuluh\"| Nilai 'sepuluh' tidak sah untuk 'items[0].target'"})
    void shouldRefuseANumberThatIsNoNumber(String target, String message) throws Exception {
        long before = templates.count();
        send(body(jsonString(POSITION), item("target", target)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Isi permintaan tidak sah"))
                .andExpect(jsonPath("$.detail").value(containsString(message)));
        assertThat(templates.count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadWeightsWithoutAddingHugeNumbers() throws Exception {
        send(body(jsonString(POSITION), item("weight", "1e999999999"), item("weight", "33.333"), item("weight", "0")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("Indikator 1: bobot (weight) paling besar 100."))
                .andExpect(jsonPath("$.errors[1]").value("Indikator 2: bobot (weight) paling banyak 2 angka di belakang koma."))
                .andExpect(jsonPath("$.errors[2]").value("Indikator 3: bobot (weight) harus lebih dari 0."))
                .andExpect(jsonPath("$.errorCount").value(3));
        send(body(jsonString(POSITION), item("weight", "60"), item("weight", "60")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Templat ditolak: Jumlah bobot harus 100, sekarang 120."));
    }

    @Test
    void shouldRefuseANullItemOverlongTextsAndControlCharacters() throws Exception {
        long before = templates.count();
        send(body(jsonString(POSITION), "null", item("resultTitle", jsonString("R".repeat(301))), item("unit", jsonString("dok\u0000")),
                item("name", jsonString("\u200B\u200B"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(containsString("Indikator 1: kosong (null)")))
                .andExpect(jsonPath("$.errors[1]").value("Indikator 2: RHK (resultTitle) terlalu panjang: 301 karakter, paling banyak 300."))
                .andExpect(jsonPath("$.errors[2]").value(containsString("Indikator 3: satuan (unit) berisi karakter kendali")))
                .andExpect(jsonPath("$.errors[3]").value("Indikator 4: nama indikator (name) wajib diisi."));
        assertThat(templates.count()).isEqualTo(before);
    }

    @Test
    void shouldNameTheFieldAndTheChoicesOfAnUnknownValue() throws Exception {
        send(body(jsonString(POSITION), item("direction", "\"NAIK\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Nilai 'NAIK' tidak dikenal untuk 'items[0].direction'. Pilihan: HIGHER_IS_BETTER, LOWER_IS_BETTER."));
        send(body(jsonString(POSITION), item("aspect", "\"CEPAT\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Pilihan: KUANTITAS, KUALITAS, WAKTU, BIAYA.")));
        send(body(jsonString(POSITION), "\"bukan objek\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("'items[0]' harus berupa objek JSON."));
    }

    @Test
    void shouldRefuseAnUnknownOrMissingPosition() throws Exception {
        send(body(jsonString("Astronot"), item()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Jabatan tidak dikenal: 'Astronot'")));
        send(body(jsonString("\u200B"), item()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Jabatan (position) wajib diisi.")));
        mvc.perform(get("/api/indicator-templates").param("position", "Astronot").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Jabatan tidak dikenal: 'Astronot'."));
    }

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/indicator-templates").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)));
    }

    private static String body(String positionJson, String... items) {
        return "{\"position\":" + positionJson + ",\"items\":[" + String.join(",", items) + "]}";
    }

    /** A valid indicator of weight 100, with pairs of field and raw JSON value replacing its fields. */
    private static String item(String... replacements) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("resultTitle", "\"Layanan administrasi tepat waktu\"");
        fields.put("name", "\"Dokumen diterbitkan\"");
        fields.put("unit", "\"dokumen\"");
        fields.put("target", "100");
        fields.put("direction", "\"HIGHER_IS_BETTER\"");
        fields.put("weight", "100");
        fields.put("aspect", "\"KUANTITAS\"");
        for (int i = 0; i < replacements.length; i += 2) {
            fields.put(replacements[i], replacements[i + 1]);
        }
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return json.append('}').toString();
    }

    private static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        value.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.append('"').toString();
    }
}

package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.kinerja.security.FormFieldCatalog.Field;
import org.kinerja.security.FormFieldCatalog.ValueKind;
import org.kinerja.shared.Rejection;

/**
 * What a submission may carry, as the REST API hands it to the engine (typed values, some still serialised) and as the
 * Java API does (plain values): the type decides before any value is read, so that nothing is ever deserialised. A
 * dynamic list ({@code dynamiclist}) takes its rows, as Tasklist sends them: one {@code Json} value of a JSON array of
 * objects with the list's own keys.
 */
class SubmittedValuesTests {

    static final Map<String, Field> FIELDS = Map.of("rhk1", Field.of(ValueKind.TEXT), "iki1Target", Field.of(ValueKind.NUMBER),
            "focusValues", Field.of(ValueKind.LIST), "confirmed", Field.of(ValueKind.BOOLEAN));

    @Test
    void shouldRefuseAJavaSerialisedObjectWithoutDeserialisingIt() {
        VariableMap sent = Variables.createVariables().putValueTyped("rhk1", Variables.serializedObjectValue("rO0ABXQAAWE=")
                .serializationDataFormat(SerializationDataFormats.JAVA).objectTypeName("java.lang.String").create());
        assertThatThrownBy(() -> SubmittedValues.check(sent, FIELDS, "tugas ini")).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(r.getMessage()).contains("'rhk1'").contains("object");
        });
    }

    @Test
    void shouldRefuseMalformedJsonInAListFieldAndInATextField() {
        VariableMap list = Variables.createVariables().putValueTyped("focusValues",
                Variables.serializedObjectValue("[\"Akuntabel\"").serializationDataFormat("application/json").create());
        assertThatThrownBy(() -> SubmittedValues.check(list, FIELDS, "tugas ini")).isInstanceOf(Rejection.class)
                .hasMessageContaining("'focusValues'");

        VariableMap json = Variables.createVariables();
        json.putValueTyped("focusValues", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[tidak sah").create());
        json.putValueTyped("rhk1", org.camunda.spin.plugin.variable.SpinValues.jsonValue("{tidak sah").create());
        assertThatThrownBy(() -> SubmittedValues.check(json, FIELDS, "tugas ini")).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("'focusValues'").contains("JSON"));
            assertThat(r.problems()).anySatisfy(p -> assertThat(p).contains("'rhk1'").contains("json"));
        });
    }

    @Test
    void shouldKeepAWellFormedJsonListAsItsText() {
        VariableMap sent = Variables.createVariables().putValueTyped("focusValues",
                org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"Akuntabel\", \"Kompeten\"]").create());
        assertThat(SubmittedValues.check(sent, FIELDS, "tugas ini")).containsEntry("focusValues", "[\"Akuntabel\",\"Kompeten\"]");
    }

    @Test
    void shouldAcceptPlainValuesFromTheJavaApi() {
        VariableMap sent = Variables.fromMap(Map.of("rhk1", "Terlayaninya pemohon", "iki1Target", 100, "confirmed", true,
                "focusValues", List.of("Akuntabel")));
        assertThat(SubmittedValues.check(sent, FIELDS, "tugas ini")).containsEntry("rhk1", "Terlayaninya pemohon")
                .containsEntry("iki1Target", 100).containsEntry("confirmed", true).containsEntry("focusValues", "[\"Akuntabel\"]");
    }

    @Test
    void shouldNameAFieldTheFormDoesNotHave() {
        VariableMap sent = Variables.fromMap(Map.of("rhk1", "x", "supervisorNip", "198709032010011002"));
        assertThatThrownBy(() -> SubmittedValues.check(sent, FIELDS, "tugas ini")).isInstanceOf(Rejection.class)
                .hasMessageContaining("'supervisorNip'");
    }

    // ---- dynamic lists ----

    /** A form with a dynamic list {@code indikator} of three fields (one in a group), next to a plain field. */
    static final String LIST_FORM = """
            {"components": [
              {"type": "textfield", "key": "catatan"},
              {"type": "dynamiclist", "id": "Field_Indikator", "path": "indikator", "isRepeating": true, "components": [
                {"type": "textfield", "key": "nama", "validate": {"required": true}},
                {"type": "group", "components": [{"type": "number", "key": "target"}]},
                {"type": "checkbox", "key": "utama"}
              ]},
              {"type": "dynamiclist", "path": "bertingkat.daftar", "components": [{"type": "textfield", "key": "x"}]}
            ]}
            """;

    static Map<String, Field> listForm() throws Exception {
        return FormFieldCatalog.fields(new ObjectMapper().readTree(LIST_FORM));
    }

    @Test
    void shouldReadADynamicListAsOneFieldOfRowsNamedByItsPath() throws Exception {
        Map<String, Field> fields = listForm();
        assertThat(fields.keySet()).as("the list's own fields are keys of a row, not fields; a dotted path is no field")
                .containsExactly("catatan", "indikator");
        assertThat(fields.get("indikator").kind()).isEqualTo(ValueKind.ROWS);
        assertThat(fields.get("indikator").row()).containsExactly(Map.entry("nama", Field.of(ValueKind.TEXT)),
                Map.entry("target", Field.of(ValueKind.NUMBER)), Map.entry("utama", Field.of(ValueKind.BOOLEAN)));
    }

    @Test
    void shouldKeepTheRowsTasklistSendsAsOneJsonValue() throws Exception {
        // Tasklist's submit-form: {"indikator": {"type": "Json", "valueInfo": {}, "value": "[...]"}}, as the REST API reads it
        String rows = "[{\"nama\":\"Akta kelahiran\",\"target\":100.50,\"utama\":true},"
                + "{\"nama\":\"KTP-el\",\"target\":7,\"utama\":null},{\"nama\":\"KIA\"}]";
        VariableMap sent = Variables.createVariables().putValue("catatan", "siap")
                .putValueTyped("indikator", SpinValues.jsonValue(rows).create());
        Map<String, Object> plain = SubmittedValues.check(sent, listForm(), "tugas ini");
        assertThat(plain).containsEntry("catatan", "siap");
        assertThat(plain.get("indikator")).isInstanceOfSatisfying(JsonValue.class, json -> {
            assertThat(((TypedValue) json).getType().getName()).isEqualTo("json");
            assertThat(json.getValueSerialized()).as("the rows as sent, decimals exact").isEqualTo(rows);
        });
    }

    @Test
    void shouldAcceptAnEmptyListAndRowsFromTheJavaApi() throws Exception {
        VariableMap empty = Variables.createVariables().putValueTyped("indikator", SpinValues.jsonValue("[]").create());
        assertThat(((JsonValue) SubmittedValues.check(empty, listForm(), "tugas ini").get("indikator")).getValueSerialized()).isEqualTo("[]");

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("nama", "Akta kematian");
        row.put("target", new java.math.BigDecimal("12.25"));
        VariableMap java = Variables.fromMap(Map.of("indikator", List.of(row)));
        assertThat(((JsonValue) SubmittedValues.check(java, listForm(), "tugas ini").get("indikator")).getValueSerialized())
                .isEqualTo("[{\"nama\":\"Akta kematian\",\"target\":12.25}]");
    }

    @Test
    void shouldRefuseRowsThatAreNotTheListsOwnPlainFields() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"nama\": \"x\"}", "harus berupa daftar baris");
        refused.put("[\"x\"]", "baris 1: harus berupa objek");
        refused.put("[{\"nama\": \"x\"}, {\"nama\": \"y\", \"bobot\": 5}]", "baris 2: isian 'bobot' bukan bagian dari daftar ini");
        refused.put("[{\"nama\": {\"teks\": \"x\"}}]", "baris 1: isian 'nama' harus berupa teks");
        refused.put("[{\"nama\": [\"x\"]}]", "baris 1: isian 'nama' harus berupa teks");
        refused.put("[{\"target\": true}]", "baris 1: isian 'target' harus berupa angka");
        refused.put("[{\"utama\": 1}]", "baris 1: isian 'utama' harus berupa ya/tidak");
        refused.put("[{\"nama\": \"" + "x".repeat(SubmittedValues.MAX_TEXT + 1) + "\"}]", "baris 1: isian 'nama' terlalu panjang");
        refused.put("[{\"nama\": \"x\", \"nama\": \"y\"}]", "bukan daftar baris JSON yang sah");
        refused.put("[{\"nama\": \"x\"", "bukan daftar baris JSON yang sah");
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= SubmittedValues.MAX_ROWS; i++) {
            many.add("{\"nama\": \"" + i + "\"}");
        }
        refused.put("[" + String.join(",", many) + "]", "terlalu banyak baris (paling banyak 100)");
        refused.put("[{\"nama\": \"" + "x".repeat(SubmittedValues.MAX_ROWS_TEXT) + "\"}]", "terlalu panjang (paling banyak 500000 karakter JSON)");
        refused.forEach((rows, reason) -> {
            VariableMap sent = Variables.createVariables().putValueTyped("indikator", SpinValues.jsonValue(rows).create());
            assertThatThrownBy(() -> SubmittedValues.check(sent, listForm(), "tugas ini")).as(reason)
                    .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.problems()).singleElement()
                            .satisfies(p -> assertThat(p).startsWith("Isian 'indikator': ").contains(reason)));
        });
    }

    @Test
    void shouldRefuseOtherTypesForADynamicListAndItsKeysAsFields() throws Exception {
        // a prefill stored as a Java object (even in JSON) comes back from Tasklist with its type: refused, never read
        VariableMap object = Variables.createVariables().putValueTyped("indikator", Variables.serializedObjectValue("[]")
                .serializationDataFormat("application/json").objectTypeName("java.util.ArrayList").create());
        assertThatThrownBy(() -> SubmittedValues.check(object, listForm(), "tugas ini")).isInstanceOf(Rejection.class)
                .hasMessageContaining("Isian 'indikator': jenis nilai 'object' tidak diterima");
        VariableMap number = Variables.createVariables().putValue("indikator", 5);
        assertThatThrownBy(() -> SubmittedValues.check(number, listForm(), "tugas ini")).isInstanceOf(Rejection.class)
                .hasMessageContaining("Isian 'indikator'");
        VariableMap rowKey = Variables.createVariables().putValue("nama", "x");
        assertThatThrownBy(() -> SubmittedValues.check(rowKey, listForm(), "tugas ini")).isInstanceOf(Rejection.class)
                .hasMessageContaining("'nama' bukan bagian dari formulir");
    }
}

package org.kinerja.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.Test;
import org.kinerja.security.FormFieldCatalog.ValueKind;
import org.kinerja.shared.Rejection;

/**
 * What a submission may carry, as the REST API hands it to the engine (typed values, some still serialised) and as the
 * Java API does (plain values): the type decides before any value is read, so that nothing is ever deserialised.
 */
class SubmittedValuesTests {

    static final Map<String, ValueKind> FIELDS = Map.of("rhk1", ValueKind.TEXT, "iki1Target", ValueKind.NUMBER,
            "focusValues", ValueKind.LIST, "confirmed", ValueKind.BOOLEAN);

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
}

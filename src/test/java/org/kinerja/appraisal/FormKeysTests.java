package org.kinerja.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The forms in {@code forms/} and the server must agree on the field keys: a key only in the form would be ignored,
 * a key only in the server could never be filled. Also checks that every {@code camunda:formRef} names a form.
 */
class FormKeysTests {

    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio", "checkbox", "checklist",
            "taglist", "datetime");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} ↔ {1}")
    @CsvSource({"draft-targets, Task_DraftTargets", "approve-targets, Task_ApproveTargets", "report-progress, Task_ReportProgress",
            "give-progress-feedback, Task_GiveProgressFeedback", "self-assessment, Task_SelfAssessment", "rate-peer, Task_RatePeer",
            "review-by-supervisor, Task_ReviewBySupervisor"})
    void shouldUseTheKeysTheServerReads(String formId, String taskKey) throws IOException {
        JsonNode form = json.readTree(Path.of("forms", formId + ".form").toFile());
        assertThat(form.get("id").asText()).isEqualTo(formId);
        Set<String> keys = new HashSet<>();
        collect(form.get("components"), keys);
        assertThat(keys).containsExactlyInAnyOrderElementsOf(FormKeys.inputs(taskKey));
    }

    @Test
    void shouldReferenceOnlyFormsThatExist() throws IOException {
        Map<String, String> refs = new java.util.HashMap<>();
        Pattern formRef = Pattern.compile("<bpmn:(\\w+) id=\"(\\w+)\"[^>]*camunda:formRef=\"([\\w-]+)\"");
        try (var files = Files.list(Path.of("processes"))) {
            for (Path bpmn : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher m = formRef.matcher(Files.readString(bpmn));
                while (m.find()) {
                    refs.put(m.group(2), m.group(3));
                }
            }
        }
        assertThat(refs).hasSize(17);
        refs.values().forEach(id -> assertThat(Path.of("forms", id + ".form")).as("form for " + id).exists());
        try (var forms = Files.list(Path.of("forms"))) {
            // and every form belongs to a start event or a user task
            assertThat(forms.map(p -> p.getFileName().toString().replace(".form", "")))
                    .containsExactlyInAnyOrderElementsOf(new java.util.HashSet<>(refs.values()));
        }
    }

    private void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (INPUTS.contains(c.path("type").asText())) {
                keys.add(c.get("key").asText());
            }
            if (c.has("components")) {
                collect(c.get("components"), keys);
            }
        }
    }
}

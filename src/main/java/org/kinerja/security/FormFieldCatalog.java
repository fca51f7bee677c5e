package org.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The fields of a deployed Camunda Form (a {@code .form} file), as a submission may set them: every component with a
 * {@code key}, nested groups included, with the kind of value it takes. A dynamic list ({@code dynamiclist}) is one
 * field named by its {@code path}, whose value is its rows; the fields inside it are the keys of a row, never fields of
 * their own. A deployed form never changes, so its fields are read once per form definition (a redeployment is a new
 * definition).
 */
final class FormFieldCatalog {

    /** The kind of value a form field submits. */
    enum ValueKind {
        /** Text of any sort: textfield, textarea, select, radio, datetime, hidden. */
        TEXT,
        /** A number field. */
        NUMBER,
        /** A checkbox. */
        BOOLEAN,
        /** Several values: checklist, taglist. */
        LIST,
        /** The rows of a dynamic list ({@code dynamiclist}), each an object of the list's own fields. */
        ROWS
    }

    /**
     * A field of a form.
     *
     * @param kind the kind of value it takes
     * @param row  for {@link ValueKind#ROWS}, the fields of one row by key (a dynamic list inside a row is one of them);
     *             empty otherwise
     */
    record Field(ValueKind kind, Map<String, Field> row) {

        static Field of(ValueKind kind) {
            return new Field(kind, Map.of());
        }
    }

    /**
     * A dynamic list's path that names a submitted variable: one word, as form-js spells it ({@code \w+}). A dotted path
     * nests the list inside an object, which no submission may carry, so such a list takes no value.
     */
    private static final Pattern PLAIN_PATH = Pattern.compile("\\w+");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, Field>> FIELDS_BY_DEFINITION = new ConcurrentHashMap<>();

    private FormFieldCatalog() {
    }

    /** The fields of the task's form; empty when the task has no Camunda Form. */
    static Map<String, Field> ofTask(CommandContext context, String taskId) {
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
    }

    /** The fields of the start form of a process definition; empty when it has none. */
    static Map<String, Field> ofStartEvent(CommandContext context, String processDefinitionId) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
    }

    private static Map<String, Field> of(CommandContext context, FormData form) {
        CamundaFormRef ref = form == null ? null : form.getCamundaFormRef();
        if (ref == null || ref.getKey() == null) {
            return Map.of();
        }
        CamundaFormDefinition definition = context.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(ref, form.getDeploymentId()));
        if (definition == null) {
            return Map.of();
        }
        return FIELDS_BY_DEFINITION.computeIfAbsent(definition.getId(), id -> {
            try (InputStream in = context.runWithoutAuthorization(
                    new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
                return fields(JSON.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("Formulir " + definition.getKey() + " tidak dapat dibaca", e);
            }
        });
    }

    /** The keyed fields of a form schema, nested components included; a dynamic list as one field of rows. */
    static Map<String, Field> fields(JsonNode schema) {
        return collect(schema.path("components"));
    }

    private static Map<String, Field> collect(JsonNode components) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(components, fields);
        return Collections.unmodifiableMap(fields);
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            if ("dynamiclist".equals(component.path("type").asText(""))) {
                String path = component.path("path").asText("");
                if (PLAIN_PATH.matcher(path).matches()) {
                    fields.put(path, new Field(ValueKind.ROWS, collect(component.path("components"))));
                }
                continue;
            }
            String key = component.path("key").asText("");
            if (!key.isEmpty()) {
                fields.put(key, Field.of(kind(component.path("type").asText(""))));
            }
            collect(component.path("components"), fields);
        }
    }

    private static ValueKind kind(String type) {
        return switch (type) {
            case "number" -> ValueKind.NUMBER;
            case "checkbox" -> ValueKind.BOOLEAN;
            case "checklist", "taglist" -> ValueKind.LIST;
            default -> ValueKind.TEXT;
        };
    }
}

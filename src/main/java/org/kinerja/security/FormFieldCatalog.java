package org.kinerja.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * {@code key}, nested groups included, with the kind of value it takes. A deployed form never changes, so its fields
 * are read once per form definition (a redeployment is a new definition).
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
        LIST
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Map<String, ValueKind>> FIELDS_BY_DEFINITION = new ConcurrentHashMap<>();

    private FormFieldCatalog() {
    }

    /** The fields of the task's form; empty when the task has no Camunda Form. */
    static Map<String, ValueKind> ofTask(CommandContext context, String taskId) {
        return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
    }

    /** The fields of the start form of a process definition; empty when it has none. */
    static Map<String, ValueKind> ofStartEvent(CommandContext context, String processDefinitionId) {
        return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
    }

    private static Map<String, ValueKind> of(CommandContext context, FormData form) {
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

    /** The keyed fields of a form schema, nested components included. */
    static Map<String, ValueKind> fields(JsonNode schema) {
        Map<String, ValueKind> fields = new LinkedHashMap<>();
        collect(schema.path("components"), fields);
        return Collections.unmodifiableMap(fields);
    }

    private static void collect(JsonNode components, Map<String, ValueKind> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty()) {
                fields.put(key, kind(component.path("type").asText("")));
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

    static Set<String> keys(Map<String, ValueKind> fields) {
        return fields.keySet();
    }
}

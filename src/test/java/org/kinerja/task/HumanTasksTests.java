package org.kinerja.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task of every BPMN file under {@code processes/}: one {@link HumanTask} class, and a reminder and an
 * escalation as timeout task listeners (visible in Modeler's "Task listeners"), with no copied timer elements.
 */
@KinerjaTest
class HumanTasksTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    HumanTasks humanTasks;

    @Test
    void shouldHaveOneClassForEveryUserTaskAndNoClassWithoutOne() throws IOException {
        Set<String> userTasks = new TreeSet<>();
        for (BpmnModelInstance model : models()) {
            model.getModelElementsByType(UserTask.class).forEach(t -> userTasks.add(t.getId()));
        }
        assertThat(userTasks).hasSize(16);
        Set<String> classes = new TreeSet<>(humanTasks.kinds().keySet());
        classes.removeAll(Set.of("Task_DoTestWork", "Task_FillList")); // the test-only processes
        assertThat(classes).isEqualTo(userTasks);
    }

    @Test
    void shouldRemindAndEscalateEveryUserTaskWithTimeoutListeners() throws IOException {
        int tasks = 0;
        for (BpmnModelInstance model : models()) {
            Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
            for (UserTask task : userTasks) {
                tasks++;
                List<CamundaTaskListener> timeouts = task.getExtensionElements() == null ? List.of()
                        : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                                .filter(l -> "timeout".equals(l.getCamundaEvent())).toList();
                assertThat(timeouts).as(task.getId()).extracting(CamundaTaskListener::getCamundaDelegateExpression)
                        .containsExactlyInAnyOrder("${humanTasks.reminder}", "${humanTasks.escalation}");
                assertThat(timeouts).as(task.getId()).allSatisfy(l -> {
                    TimerEventDefinition timer = l.getTimeouts().iterator().next();
                    assertThat(timer.getTimeDuration().getTextContent()).matches("\\$\\{humanTasks\\.(reminder|escalation)Delay\\(execution\\)}");
                });
            }
            // no copied reminder or escalation timers in the diagram
            assertThat(model.getModelElementsByType(BoundaryEvent.class)).extracting(BoundaryEvent::getId)
                    .noneMatch(id -> id.contains("Reminder") || id.contains("Escalation"));
        }
        assertThat(tasks).isEqualTo(16);
    }

    /**
     * One test for all forms: every user task and start event names a form in {@code forms/}, every form belongs to one,
     * and the fields the server reads are exactly the form's input fields (those not read-only), both ways.
     */
    @Test
    void shouldAgreeWithEveryFormOnTheFieldsTheServerReads() throws IOException {
        Map<String, String> formOf = new TreeMap<>();
        for (BpmnModelInstance model : models()) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("form of " + task.getId()).isNotBlank();
                formOf.put(task.getId(), task.getCamundaFormRef());
                assertThat(inputs(task.getCamundaFormRef())).as("fields of " + task.getId() + " (" + task.getCamundaFormRef() + ")")
                        .containsExactlyInAnyOrderElementsOf(humanTasks.kind(task.getId()).fields());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    formOf.put(start.getId(), start.getCamundaFormRef());
                }
            }
        }
        assertThat(inputs(formOf.get("StartEvent_CycleRequested")))
                .containsExactlyInAnyOrderElementsOf(org.kinerja.cycle.AppraisalCycleProcess.START_FORM_FIELDS);
        assertThat(formOf).hasSize(17);
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            assertThat(forms.map(p -> p.getFileName().toString().replace(".form", "")))
                    .containsExactlyInAnyOrderElementsOf(new TreeSet<>(formOf.values()));
        }
    }

    /**
     * The keyed input fields of a form, nested ones included, without the read-only ones (context shown). A dynamic list
     * ({@code dynamiclist}) is one input named by its {@code path}; the fields inside it are keys of its rows.
     */
    static Set<String> inputs(String formId) throws IOException {
        JsonNode form = JSON.readTree(Path.of("forms", formId + ".form").toFile());
        assertThat(form.path("id").asText()).isEqualTo(formId);
        Set<String> keys = new TreeSet<>();
        collect(form.path("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if ("dynamiclist".equals(c.path("type").asText(""))) {
                if (!c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
                    keys.add(c.path("path").asText());
                }
                continue;
            }
            if (!c.path("key").asText("").isEmpty() && !c.path("readonly").asBoolean(false) && !c.path("disabled").asBoolean(false)) {
                keys.add(c.path("key").asText());
            }
            collect(c.path("components"), keys);
        }
    }

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
        }
    }
}

package org.kinerja.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every user task of every BPMN file under {@code processes/}: one {@link HumanTask} class, and a reminder and an
 * escalation as timeout task listeners (visible in Modeler's "Task listeners"), with no copied timer elements.
 */
@SpringBootTest
@ActiveProfiles("test")
class HumanTasksTests {

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
        classes.remove("Task_DoTestWork"); // the test-only KinerjaTestProcess
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

    static List<BpmnModelInstance> models() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
        }
    }
}

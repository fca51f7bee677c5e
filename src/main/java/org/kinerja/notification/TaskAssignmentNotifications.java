package org.kinerja.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * "Tugas baru" for every user task of every process: a task listener on the {@code assignment} event, added when a
 * process is deployed (so a task drawn in Modeler needs nothing). Camunda fires {@code assignment} for a task created
 * with an assignee too (after {@code create}), and on every later change of the assignee.
 *
 * <p>The new assignee is notified once per task ({@code TASK_ASSIGNED:<taskId>:<assignee>}), in-app at once and, when
 * they have an address, by email: in the next daily digest ({@code kinerja.mail.task-assignment: DIGEST}, the default)
 * or by an email of its own with a link to the task in Tasklist ({@code PER_TASK}). Nobody is notified of a task they
 * claimed themselves.
 */
@Component
class TaskAssignmentNotifications extends AbstractCamundaConfiguration {

    /** Created lazily: the notifier needs the process engine this configuration helps to build. */
    private final ObjectProvider<AssignmentListener> listener;

    TaskAssignmentNotifications(ObjectProvider<AssignmentListener> listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener onAssignment = task -> listener.getObject().notify(task);
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, onAssignment);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /** Notifies a task's new assignee. */
    @Component
    static class AssignmentListener implements TaskListener {


        private final NotificationService notifications;

        AssignmentListener(NotificationService notifications) {
            this.notifications = notifications;
        }

        @Override
        public void notify(DelegateTask task) {
            String assignee = task.getAssignee();
            if (assignee == null || assignee.isBlank()) {
                return;
            }
            Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
            if (current != null && assignee.equals(current.getUserId())) {
                return;
            }
            String taskName = task.getName() == null || task.getName().isBlank() ? task.getTaskDefinitionKey() : task.getName();
            StringBuilder body = new StringBuilder("Anda mendapat tugas \"").append(taskName).append('"');
            String processName = processName(task);
            if (processName != null) {
                body.append(" dalam proses \"").append(processName).append('"');
            }
            body.append('.');
            if (task.getDueDate() != null) {
                body.append(" Batas waktu: ").append(org.kinerja.shared.IndonesianFormat.dateTime(task.getDueDate().toInstant())).append('.');
            }
            if (task.getDescription() != null && !task.getDescription().isBlank()) {
                body.append('\n').append(task.getDescription().strip());
            }
            body.append("\nBuka Tasklist untuk mengerjakannya.");
            notifications.notifyTaskAssigned(assignee, task.getId(), taskName, processName,
                    task.getDueDate() == null ? null : task.getDueDate().toInstant(), "Tugas baru: " + taskName, body.toString());
        }

        /** The name of the process the task belongs to, from the deployed model (no authorization check). */
        private static String processName(DelegateTask task) {
            ModelElementInstance element = task.getBpmnModelElementInstance();
            while (element != null && !(element instanceof Process)) {
                element = element.getParentElement();
            }
            String name = element == null ? null : ((Process) element).getName();
            return name == null || name.isBlank() ? null : name;
        }
    }
}

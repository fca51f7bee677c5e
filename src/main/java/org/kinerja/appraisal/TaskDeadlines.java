package org.kinerja.appraisal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Reminders and escalations for overdue tasks. Each user task carries two non-interrupting boundary timers that end
 * in message end events bound to {@link TaskReminderDelegate} and {@link TaskEscalationDelegate}; the overdue task is
 * the one the timer is attached to, read from the model, so an admin adding a task in Modeler only draws the timers.
 * Recipients are notified once per task (deduplication key), however often a job runs.
 */
@Component
class TaskDeadlines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.forLanguageTag("id"))
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final OrganizationDirectory organization;
    private final NotificationService notifications;
    private final AppraisalService appraisals;

    TaskDeadlines(OrganizationDirectory organization, NotificationService notifications, AppraisalService appraisals) {
        this.organization = organization;
        this.notifications = notifications;
        this.appraisals = appraisals;
    }

    void remind(DelegateExecution execution) {
        for (Task task : overdueTasks(execution)) {
            for (String recipient : responsible(execution, task)) {
                notifications.notify(recipient, NotificationKind.TASK_REMINDER, "REMINDER:" + task.getId() + ":" + recipient,
                        "Pengingat: " + task.getName(),
                        "Tugas \"" + task.getName() + "\" untuk penilaian kinerja " + employeeName(execution)
                                + " menunggu Anda sejak " + WHEN.format(task.getCreateTime().toInstant())
                                + ". Buka Tasklist untuk menyelesaikannya.", notifications.tasklistLink(task.getId()));
            }
        }
    }

    void escalate(DelegateExecution execution) {
        for (Task task : overdueTasks(execution)) {
            for (String late : responsible(execution, task)) {
                String lateName = organization.employeeByNip(late).map(EmployeeRef::name).orElse(late);
                for (String recipient : escalationRecipients(late)) {
                    notifications.notify(recipient, NotificationKind.TASK_ESCALATION, "ESCALATION:" + task.getId() + ":" + recipient,
                            "Eskalasi: " + task.getName() + " belum diselesaikan",
                            lateName + " belum menyelesaikan tugas \"" + task.getName() + "\" untuk penilaian kinerja "
                                    + employeeName(execution) + " (sejak " + WHEN.format(task.getCreateTime().toInstant())
                                    + "). Mohon ditindaklanjuti.", notifications.tasklistLink(task.getId()));
                }
            }
        }
    }

    /** The open tasks of the activity the firing timer is attached to. */
    private List<Task> overdueTasks(DelegateExecution execution) {
        FlowNode end = (FlowNode) execution.getBpmnModelElementInstance();
        String taskKey = null;
        for (SequenceFlow incoming : end.getIncoming()) {
            if (incoming.getSource() instanceof BoundaryEvent boundary) {
                taskKey = boundary.getAttachedTo().getId();
            }
        }
        if (taskKey == null) {
            throw new IllegalStateException(end.getId() + " harus dicapai langsung dari timer batas sebuah tugas");
        }
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).active().list();
    }

    /** The assignee, or the members of the candidate groups while nobody has claimed it. */
    private List<String> responsible(DelegateExecution execution, Task task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> people = new LinkedHashSet<>();
        for (IdentityLink link : execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                execution.getProcessEngineServices().getIdentityService().createUserQuery().memberOfGroup(link.getGroupId()).list()
                        .forEach(u -> people.add(u.getId()));
            } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                people.add(link.getUserId());
            }
        }
        return new ArrayList<>(people);
    }

    /** The late person's direct supervisor; for the head of the organisation, the HR admins. */
    private List<String> escalationRecipients(String lateNip) {
        return organization.employeeByNip(lateNip)
                .flatMap(e -> e.supervisorId() == null ? java.util.Optional.empty() : organization.employee(e.supervisorId()))
                .map(sup -> List.of(sup.nip()))
                .orElseGet(() -> organization.activeNipsWithRole(EmployeeRole.ADMIN_BKPSDM));
    }

    private String employeeName(DelegateExecution execution) {
        long appraisalId = ((Number) execution.getVariable(EmployeeAppraisalProcess.VAR_APPRAISAL_ID)).longValue();
        return appraisals.employee(appraisals.appraisal(appraisalId).getEmployeeId()).name();
    }
}

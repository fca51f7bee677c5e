package org.kinerja.task;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * The reminder to whoever holds an overdue task, and the escalation to their direct supervisor (the HR admins for the
 * head of the organisation, or where the task class says so). Each person is notified once per task and kind, however
 * often a timer's job is retried.
 */
@Component
class TaskDeadlineNotices {


    private final NotificationService notifications;
    private final OrganizationDirectory organization;

    TaskDeadlineNotices(NotificationService notifications, OrganizationDirectory organization) {
        this.notifications = notifications;
        this.organization = organization;
    }

    void remind(DelegateTask task) {
        for (String holder : holders(task)) {
            notifications.notify(holder, NotificationKind.TASK_REMINDER, "REMINDER:" + task.getId() + ":" + holder,
                    "Pengingat: " + task.getName(), "Tugas \"" + task.getName() + "\" menunggu Anda sejak "
                            + org.kinerja.shared.IndonesianFormat.dateTime(task.getCreateTime().toInstant()) + due(task) + ". Buka Tasklist untuk menyelesaikannya.",
                    notifications.tasklistLink(task.getId()));
        }
    }

    void escalate(DelegateTask task, boolean toHr) {
        for (String late : holders(task)) {
            String lateName = organization.employeeByNip(late).map(EmployeeRef::name).orElse(late);
            for (String recipient : toHr ? hrAdmins() : supervisorOf(late)) {
                notifications.notify(recipient, NotificationKind.TASK_ESCALATION, "ESCALATION:" + task.getId() + ":" + recipient,
                        "Eskalasi: " + task.getName() + " belum diselesaikan",
                        lateName + " belum menyelesaikan tugas \"" + task.getName() + "\" (sejak "
                                + org.kinerja.shared.IndonesianFormat.dateTime(task.getCreateTime().toInstant()) + "). Mohon ditindaklanjuti.",
                        notifications.tasklistLink(task.getId()));
            }
        }
    }

    private static String due(DelegateTask task) {
        return task.getDueDate() == null ? "" : "; batas waktunya " + org.kinerja.shared.IndonesianFormat.dateTime(task.getDueDate().toInstant());
    }

    /** The assignee, or, while nobody has claimed it, the candidate users and the members of the candidate groups. */
    private List<String> holders(DelegateTask task) {
        if (task.getAssignee() != null) {
            return List.of(task.getAssignee());
        }
        Set<String> people = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                continue;
            }
            if (link.getUserId() != null) {
                people.add(link.getUserId());
            } else if (link.getGroupId() != null) {
                task.getProcessEngineServices().getIdentityService().createUserQuery().memberOfGroup(link.getGroupId()).list()
                        .forEach(u -> people.add(u.getId()));
            }
        }
        return new ArrayList<>(people);
    }

    /** The late person's direct supervisor; for the head of the organisation, the HR admins. */
    private List<String> supervisorOf(String lateNip) {
        Optional<EmployeeRef> supervisor = organization.employeeByNip(lateNip)
                .flatMap(e -> e.supervisorId() == null ? Optional.empty() : organization.employee(e.supervisorId()))
                .filter(EmployeeRef::active);
        return supervisor.map(s -> List.of(s.nip())).orElseGet(this::hrAdmins);
    }

    private List<String> hrAdmins() {
        return organization.activeNipsWithRole(EmployeeRole.ADMIN_BKPSDM);
    }
}

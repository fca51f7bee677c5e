package org.kinerja.self;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The person's open tasks for "Kinerja saya", by two bounded queries of the engine: the tasks assigned to them
 * ({@code ACT_IDX_TASK_ASSIGNEE}) and the unclaimed tasks offered to them or to one of their groups (the identity
 * links' user and group indexes), each at most {@value #MAX} (+1 to know that there are more), earliest due first.
 * Tasklist shows the rest.
 */
@Component
class OwnTasks {

    static final int MAX = 50;

    private final TaskService tasks;

    OwnTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    OwnPage.Tasks of(String userId) {
        Instant now = Instant.now();
        List<OwnPage.Task> open = new ArrayList<>();
        List<Task> assigned = page(tasks.createTaskQuery().taskAssignee(userId));
        List<Task> offered = page(tasks.createTaskQuery().taskCandidateUser(userId));
        List<Task> all = new ArrayList<>(assigned);
        all.addAll(offered);
        all.sort(Comparator.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
        for (Task task : all.subList(0, Math.min(MAX, all.size()))) {
            open.add(OwnPageViews.task(task.getId(), task.getName(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getAssignee() == null, now));
        }
        return new OwnPage.Tasks(open, all.size() > MAX);
    }

    private static List<Task> page(TaskQuery query) {
        return query.active().orderByDueDate().asc().orderByTaskId().asc().listPage(0, MAX + 1);
    }
}

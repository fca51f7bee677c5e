package org.kinerja.team;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a team's appraisals and outcomes, by two bounded queries of the engine whatever the team's size: the
 * tasks of the process instances with the reports' business keys ("{cycleId}-{nip}", shared by a report's appraisal and
 * outcome; {@code ACT_IDX_EXEC_BUSKEY}, then {@code ACT_IDX_TASK_PROCINST}), then those instances by id, for their
 * business keys (a task does not carry it). At most {@value #MAX} tasks: far more than a team's (a report has at most a
 * few open at once, one per peer while they are rated).
 */
@Component
class TeamTasks {

    static final int MAX = 2000;

    private final TaskService tasks;
    private final RuntimeService runtime;

    TeamTasks(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** The open tasks by business key; a key without open tasks is missing. */
    Map<String, List<TeamPageViews.OpenTask>> byBusinessKey(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return Map.of();
        }
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(businessKeys.toArray(String[]::new))
                .orderByTaskId().asc().listPage(0, MAX);
        if (open.isEmpty()) {
            return Map.of();
        }
        Set<String> instanceIds = new HashSet<>();
        open.forEach(t -> instanceIds.add(t.getProcessInstanceId()));
        Map<String, String> keyByInstance = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            keyByInstance.put(instance.getId(), instance.getBusinessKey());
        }
        Map<String, List<TeamPageViews.OpenTask>> result = new HashMap<>();
        for (Task task : open) {
            String key = keyByInstance.get(task.getProcessInstanceId());
            if (key != null) {
                result.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(new TeamPageViews.OpenTask(task.getId(), task.getName(),
                        task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant()));
            }
        }
        return result;
    }
}

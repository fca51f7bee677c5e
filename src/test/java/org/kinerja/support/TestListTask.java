package org.kinerja.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** {@code Task_FillList} of the test-only {@code DynamicListTestProcess} (src/test/resources/dynamiclist). */
@Component
public class TestListTask implements HumanTask {

    @Override
    public String taskId() {
        return "Task_FillList";
    }

    @Override
    public Set<String> fields() {
        return Set.of("indikator", "catatan");
    }

    @Override
    public Map<String, Object> context(TaskScope task) {
        return Map.of();
    }

    /** What each completed task received as its list, by task id (the engine stores none of it). */
    public static final Map<String, String> RECEIVED = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        Object list = form.raw("indikator");
        RECEIVED.put(task.taskId(), String.valueOf(list));
        return Map.of();
    }
}

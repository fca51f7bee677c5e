package org.kinerja.support;

import java.util.Map;
import java.util.Set;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/**
 * {@code Task_DoTestWork} of the test-only {@code KinerjaTestProcess} (src/test/resources/processes): every user task
 * needs a {@link HumanTask} class; this one shows nothing and accepts what its form allows.
 */
@Component
class TestProcessTask implements HumanTask {

    @Override
    public String taskId() {
        return "Task_DoTestWork";
    }

    @Override
    public Set<String> fields() {
        return Set.of("catatan");
    }

    @Override
    public Map<String, Object> context(TaskScope task) {
        return Map.of();
    }

    @Override
    public Map<String, Object> complete(TaskScope task, Submission form, String actor) {
        return Map.of();
    }
}

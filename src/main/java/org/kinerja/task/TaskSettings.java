package org.kinerja.task;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of human tasks whose process carries none of its own (the appraisal tasks follow their cycle's settings):
 * {@code kinerja.tasks.reminder} and {@code kinerja.tasks.escalation} (ISO-8601 durations from the task's creation),
 * and per task id in {@code kinerja.tasks.deadlines.<Task_Id>.reminder|escalation}.
 */
@ConfigurationProperties(prefix = "kinerja.tasks")
record TaskSettings(String reminder, String escalation, Map<String, HumanTask.Deadlines> deadlines) {

    public TaskSettings {
        reminder = reminder == null || reminder.isBlank() ? "P3D" : reminder;
        escalation = escalation == null || escalation.isBlank() ? "P7D" : escalation;
        deadlines = deadlines == null ? Map.of() : Map.copyOf(deadlines);
    }

    HumanTask.Deadlines forTask(String taskId) {
        HumanTask.Deadlines own = deadlines.get(taskId);
        String r = own == null || own.reminder() == null ? reminder : own.reminder();
        String e = own == null || own.escalation() == null ? escalation : own.escalation();
        return new HumanTask.Deadlines(r, e);
    }
}

package org.kinerja.task;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Adds a Kinerja task's form context to what the engine answers for its form variables ({@code GET
 * /task/{id}/form-variables}, which Tasklist asks before it shows a Camunda Form, and
 * {@code FormService.getTaskFormVariables}). The context is read from Kinerja's tables at that moment, in the same
 * command (after the engine's own authorization check of the read), and never stored in the engine: a task costs no
 * variable rows, history rows or serialized JSON for what its form shows. Tasks of processes that {@link HumanTasks}
 * does not serve are answered as the engine answers them.
 */
final class FormContextOnRead extends CommandInterceptor {

    private static final Field DESERIALIZE = deserializeField();

    private final HumanTasks tasks;

    FormContextOnRead(HumanTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof GetTaskFormVariablesCmd read && result instanceof VariableMap variables) {
            // inside the command context (a post interceptor): the task the engine just read, from its entity cache
            TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(read.resourceId);
            if (task != null) {
                Collection<String> names = read.formVariableNames;
                for (Map.Entry<String, TypedValue> value : tasks.formContext(task, deserialize(read)).entrySet()) {
                    if (names == null || names.contains(value.getKey())) {
                        variables.putValueTyped(value.getKey(), value.getValue());
                    }
                }
            }
        }
        return result;
    }

    private static boolean deserialize(AbstractGetFormVariablesCmd read) {
        try {
            return DESERIALIZE.getBoolean(read);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field deserializeField() {
        try {
            Field field = AbstractGetFormVariablesCmd.class.getDeclaredField("deserializeObjectValues");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's AbstractGetFormVariablesCmd has no field deserializeObjectValues", e);
        }
    }
}

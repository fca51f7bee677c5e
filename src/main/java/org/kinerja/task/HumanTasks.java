package org.kinerja.task;

import static org.camunda.spin.Spin.JSON;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.spin.DataFormats;
import org.camunda.spin.plugin.variable.value.impl.JsonValueImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one mechanism behind every human task of every process. When a process is deployed, it attaches itself to each
 * user task (as {@code TaskAssignmentNotifications} does for its own listener), so a task drawn in Modeler needs no
 * listener in the BPMN; the {@link HumanTask} bean whose {@link HumanTask#taskId()} is the user task's id does the work:
 *
 * <ul>
 *   <li>on <b>create</b>: the task's name says whose case it is ("Nilai kinerja pegawai — Nurul Fitriani, A.Md."), and
 *       its due date is its escalation deadline;</li>
 *   <li>when its <b>form is read</b> (Tasklist's {@code GET /task/{id}/form-variables}): the form's context, read from
 *       Kinerja's tables at that moment ({@link FormContextOnRead}), never stored in the engine;</li>
 *   <li>on <b>complete</b>: {@link TaskActor} names who acts, the submitted form is read as a {@link Submission}, the task
 *       class calls the domain, and the gateway flags it returns are set on the process.</li>
 * </ul>
 *
 * A refusal is a {@link org.kinerja.shared.Rejection}; the engine guard answers it as 400 (or its own status) with the
 * Indonesian message alone. A user task without a class fails at its creation, naming the task.
 */
@Component
public class HumanTasks extends AbstractCamundaConfiguration implements TaskListener {

    /** The name the task has in the BPMN, before the subject is added. */
    private static final String NAME_SEPARATOR = " — ";

    private final ObjectProvider<List<HumanTask>> kinds;
    private final ObjectProvider<TaskDeadlineNotices> notices;
    private final TaskSettings settings;
    private volatile Map<String, HumanTask> byTaskId;
    private final TaskListener reminder;
    private final TaskListener escalation;

    HumanTasks(ObjectProvider<List<HumanTask>> kinds, ObjectProvider<TaskDeadlineNotices> notices, TaskSettings settings) {
        this.kinds = kinds;
        this.notices = notices;
        this.settings = settings;
        this.reminder = task -> this.notices.getObject().remind(task);
        this.escalation = task -> this.notices.getObject().escalate(task, kind(task.getTaskDefinitionKey()).escalateToHr());
    }

    /** {@code ${humanTasks.reminder}}: the timeout task listener that reminds whoever holds the task. */
    public TaskListener getReminder() {
        return reminder;
    }

    /** {@code ${humanTasks.escalation}}: the timeout task listener that escalates to the holder's supervisor. */
    public TaskListener getEscalation() {
        return escalation;
    }

    /** {@code ${humanTasks.reminderDelay(execution)}}: when the task's reminder is due, from its creation. */
    public String reminderDelay(DelegateExecution execution) {
        return deadlines(execution).reminder();
    }

    /** {@code ${humanTasks.escalationDelay(execution)}}: when the task is escalated, from its creation (its due date). */
    public String escalationDelay(DelegateExecution execution) {
        return deadlines(execution).escalation();
    }

    private HumanTask.Deadlines deadlines(DelegateExecution execution) {
        String taskId = execution.getCurrentActivityId();
        HumanTask.Deadlines own = kind(taskId).deadlines(scope(execution, taskId, null));
        HumanTask.Deadlines defaults = settings.forTask(taskId);
        if (own == null) {
            return defaults;
        }
        return new HumanTask.Deadlines(own.reminder() == null ? defaults.reminder() : own.reminder(),
                own.escalation() == null ? defaults.escalation() : own.escalation());
    }

    @Override
    public void preInit(SpringProcessEngineConfiguration configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addTaskListener(EVENTNAME_CREATE, HumanTasks.this);
                    userTask.getTaskDefinition().addTaskListener(EVENTNAME_COMPLETE, HumanTasks.this);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
        List<CommandInterceptor> post = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        post.add(new FormContextOnRead(this));
        configuration.setCustomPostCommandInterceptorsTxRequired(post);
    }

    @Override
    public void notify(DelegateTask task) {
        HumanTask kind = kind(task.getTaskDefinitionKey());
        TaskScope scope = scope(task, task.getTaskDefinitionKey(), task.getId());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            String subject = kind.subject(scope);
            if (subject != null && !subject.isBlank()) {
                // In the name only: Tasklist lists and searches names, and a variable would cost three rows per task.
                String base = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
                task.setName(base.contains(NAME_SEPARATOR) ? base : base + NAME_SEPARATOR + subject);
            }
            task.setDueDate(dueDate(task));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            String actor = TaskActor.of(task);
            Map<String, Object> flags = kind.complete(scope, new Submission(task.getVariablesLocal(), kind.fields()), actor);
            if (flags != null && !flags.isEmpty()) {
                task.getExecution().getProcessInstance().setVariables(flags);
            }
        }
    }

    /**
     * The form's context of an open task as the engine's typed values (a table as JSON), read from Kinerja's tables now
     * ({@link FormContextOnRead}); empty for a task that no {@link HumanTask} serves (e.g. a process deployed without
     * this listener).
     *
     * @param deserialize whether a JSON value is handed out parsed as well (the Java API's default) or only as text (REST's
     *        {@code deserializeValues=false}, as Tasklist asks)
     */
    Map<String, TypedValue> formContext(TaskEntity task, boolean deserialize) {
        TaskDefinition definition = task.getTaskDefinition();
        if (definition == null || !definition.getTaskListeners().getOrDefault(EVENTNAME_CREATE, List.of()).contains(this)) {
            return Map.of();
        }
        String key = task.getTaskDefinitionKey();
        Map<String, TypedValue> context = new LinkedHashMap<>();
        kind(key).context(scope(task, key, task.getId())).forEach((name, value) -> context.put(name, typed(value, deserialize)));
        return context;
    }

    private static TypedValue typed(Object value, boolean deserialize) {
        if (value instanceof FormTable table) {
            return deserialize ? new JsonValueImpl(JSON(table.json()), table.json(), DataFormats.JSON_DATAFORMAT_NAME, true)
                    : new JsonValueImpl(table.json(), DataFormats.JSON_DATAFORMAT_NAME);
        }
        // typed as the engine types a value it stores (a string as a String, a number as Long or Double, null as Null)
        if (value == null) {
            return Variables.untypedNullValue();
        }
        TypedValue untyped = Variables.untypedValue(value);
        return Context.getProcessEngineConfiguration().getVariableSerializers().findSerializerForValue(untyped).convertToTypedValue(
                (org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl) untyped);
    }

    /** The task's due date: its escalation deadline. */
    private Date dueDate(DelegateTask task) {
        try {
            Date created = task.getCreateTime() == null ? new Date() : task.getCreateTime();
            Date due = (Date) created.clone();
            DatatypeFactory.newInstance().newDuration(deadlines(task.getExecution()).escalation()).addTo(due);
            return due;
        } catch (DatatypeConfigurationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The class of a user task; fails, naming it, when there is none. */
    public HumanTask kind(String taskId) {
        HumanTask kind = kinds().get(taskId);
        if (kind == null) {
            throw new IllegalStateException("Tugas " + taskId + " belum punya kelas HumanTask: tambahkan satu untuk tugas ini.");
        }
        return kind;
    }

    /** Every task class by its user task's id. */
    public Map<String, HumanTask> kinds() {
        Map<String, HumanTask> known = byTaskId;
        if (known == null) {
            Map<String, HumanTask> map = new HashMap<>();
            for (HumanTask kind : kinds.getIfAvailable(List::of)) {
                HumanTask previous = map.put(kind.taskId(), kind);
                if (previous != null) {
                    throw new IllegalStateException("Dua kelas untuk tugas " + kind.taskId() + ": " + previous.getClass().getSimpleName()
                            + " dan " + kind.getClass().getSimpleName());
                }
            }
            byTaskId = known = Map.copyOf(map);
        }
        return known;
    }

    /** A task's (or, while its timers are planned, its execution's) view for a {@link HumanTask}. */
    static TaskScope scope(VariableScope variables, String taskKey, String taskId) {
        return new TaskScope() {
            @Override
            public String taskKey() {
                return taskKey;
            }

            @Override
            public String taskId() {
                return taskId;
            }

            @Override
            public long id(String variable) {
                Object value = variables.getVariable(variable);
                if (!(value instanceof Number n)) {
                    throw new IllegalStateException("Variabel proses " + variable + " tidak ada pada tugas " + taskKey);
                }
                return n.longValue();
            }

            @Override
            public String text(String variable) {
                Object value = variables.getVariable(variable);
                return value == null ? null : value.toString();
            }

            @Override
            public Integer loopCounter() {
                Object value = variables.getVariable("loopCounter");
                return value instanceof Number n ? n.intValue() : null;
            }
        };
    }
}

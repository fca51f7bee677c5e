package org.kinerja.security;

import static org.kinerja.organization.KinerjaGroups.CAMUNDA_ADMIN;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricTaskInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.kinerja.shared.Rejection;

/**
 * What a signed-in person may ask of the process engine, checked on every command whichever door it came through
 * (Camunda REST, Tasklist's API, the Java API). Commands Kinerja's own code runs inside a command (nested) and those
 * run without a signed-in person (jobs, delegates, start-up) are Kinerja's own and pass.
 *
 * <ul>
 *   <li><b>A submission sets only its own form's fields.</b> {@code complete}, {@code submit-form} and {@code resolve}
 *       of a task accept only the keys of the task's deployed form, with plain values ({@link SubmittedValues}); they
 *       are handed to the task's completion as transient task-local variables, never stored in the engine and never in
 *       the process. The same for a start form. Anything else is refused naming the
 *       field, and nothing changes. A task held by someone else cannot be completed by another person, and a task
 *       nobody delegated cannot be resolved (that would drop its assignee).</li>
 *   <li><b>Nobody assigns a task to someone else.</b> {@code claim} is for oneself only, and only the holder gives back a
 *       task offered to candidates (never a task the process addressed to them alone); setting the assignee or owner,
 *       delegating, candidate links, deleting or editing a task, and throwing BPMN errors from a task are refused to
 *       every signed-in person (HR's "tugaskan Plt/Plh" in Kinerja reassigns supervisor tasks). When a task changes
 *       hands, no grant outlives the assignment that created it.</li>
 *   <li><b>Engine operations are for the technical admin ({@code camunda-admin}):</b> jobs (execute, suspend,
 *       retries, due dates), batches, metrics, telemetry, history cleanup, suspension of processes, variables set
 *       directly, message correlation and signals, external tasks, and every change to users, groups and
 *       memberships (an employee's profile is HR's data from the import).</li>
 *   <li><b>Who is in which group is not for everyone:</b> a person may list the groups they belong to and the members
 *       of their own groups, not another person's groups; nobody searches users by email.</li>
 * </ul>
 */
final class EngineCommandGuard extends CommandInterceptor {

    /** Command classes (simple names) that only the technical admin may run. */
    private static final Pattern ADMIN_ONLY = Pattern.compile(
            ".*(Job|Batch|Metrics|Telemetry|TaskWorker|HistoryCleanup|Suspen|ExternalTask|Correlat|Signal|Incident"
                    + "|MessageEventReceived|Migrat|Modif|Restart|ProcessInstanceState|ProcessDefinitionState|DeleteProcess"
                    + "|DeleteHistoric|Annotation|DeleteUserOperationLog|AddComment|UpdateComment|DeleteTaskComment"
                    + "|DeleteProcessInstanceComment|CreateAttachment|SaveAttachment|DeleteAttachment).*"
                    + "|(Set|Patch|Remove)(Task|Execution)?Variables.*|(Set|Delete)User(Picture|Info).*|UnlockUserCmd"
                    + "|StartProcessInstanceAtActivitiesCmd");

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public <T> T execute(Command<T> command) {
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            CommandContext context = Context.getCommandContext();
            Authentication caller = context == null ? null : context.getAuthentication();
            Command<T> checked = depth[0] == 1 && caller != null && caller.getUserId() != null
                    ? check(command, context, caller) : ownSubmission(command, context);
            T result = next.execute(checked);
            if (context != null) {
                removeStaleGrants(command, context);
            }
            return result;
        } finally {
            depth[0]--;
        }
    }

    @SuppressWarnings("unchecked")
    private <T> Command<T> check(Command<T> command, CommandContext context, Authentication caller) {
        String userId = caller.getUserId();
        boolean admin = caller.getGroupIds() != null && caller.getGroupIds().contains(CAMUNDA_ADMIN);
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            return (Command<T>) taskSubmission(command, context, userId);
        }
        if (command instanceof SubmitStartFormCmd start) {
            String definitionId = read(start, "processDefinitionId");
            Map<String, Object> plain = SubmittedValues.check(orEmpty(read(start, "variables")),
                    FormFieldCatalog.ofStartEvent(context, definitionId), "mulai proses ini");
            return (Command<T>) new SubmitStartFormCmd(definitionId, read(start, "businessKey"), plain);
        }
        if (command instanceof StartProcessInstanceCmd start) {
            startVariables(read(start, "instantiationBuilder"), context, admin);
            return command;
        }
        if (command instanceof ClaimTaskCmd claim) {
            String claimedFor = read(claim, "userId");
            if (claimedFor != null && !claimedFor.equals(userId)) {
                throw Rejection.forbidden("Tugas hanya dapat diambil untuk diri sendiri. Penugasan pejabat pelaksana (Plt/Plh) "
                        + "dilakukan BKPSDM melalui Kinerja.");
            }
            TaskEntity task = existingTask(context, read(claim, "taskId"));
            if (claimedFor == null) {
                requireReleasable(task, userId);
            }
            return command;
        }
        if (command instanceof AssignTaskCmd unclaim && read(unclaim, "userId") == null) {
            // Tasklist's "unclaim" (REST: setAssignee(null)): the holder gives a task back to its candidates, with the
            // holder's own right to work on it (TASK_WORK), as the Java API's claim(task, null) does.
            String taskId = read(unclaim, "taskId");
            requireReleasable(existingTask(context, taskId), userId);
            return (Command<T>) new ClaimTaskCmd(taskId, null);
        }
        if (isTaskReassignment(command)) {
            throw Rejection.forbidden("Tugas tidak dapat dialihkan, didelegasikan, diubah atau dihapus dari sini. Penugasan "
                    + "pejabat pelaksana (Plt/Plh) dilakukan BKPSDM melalui Kinerja.");
        }
        if (admin) {
            return command;
        }
        if (command instanceof AbstractWritableIdentityServiceCmd<?>) {
            throw Rejection.forbidden("Akun dan profil pegawai dikelola BKPSDM melalui impor data pegawai; tidak dapat diubah dari sini.");
        }
        if (ADMIN_ONLY.matcher(command.getClass().getSimpleName()).matches()) {
            throw Rejection.forbidden("Tindakan ini hanya untuk administrator teknis.");
        }
        if (command instanceof UserQueryImpl users) {
            if (users.getEmail() != null || users.getEmailLike() != null) {
                throw Rejection.forbidden("Pencarian pengguna menurut email tidak tersedia.");
            }
            if (users.getGroupId() != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(users.getGroupId()))) {
                throw Rejection.forbidden("Anda hanya dapat melihat anggota kelompok Anda sendiri.");
            }
        }
        if (command instanceof GroupQueryImpl groups && groups.getUserId() != null && !groups.getUserId().equals(userId)) {
            throw Rejection.forbidden("Anda hanya dapat melihat kelompok Anda sendiri.");
        }
        return command;
    }

    private static boolean isTaskReassignment(Command<?> command) {
        return command instanceof AssignTaskCmd || command instanceof SetTaskOwnerCmd || command instanceof DelegateTaskCmd
                || command instanceof AbstractAddIdentityLinkCmd || command instanceof DeleteIdentityLinkCmd
                || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd
                || command instanceof DeleteTaskCmd || command instanceof SaveTaskCmd || command instanceof CreateTaskCmd
                || command instanceof AbstractSetTaskPropertyCmd<?> && !(command instanceof SetTaskFollowUpDateCmd);
    }

    /**
     * Only the holder gives a task back, and only a task offered to candidates (a group or persons): a task addressed to
     * one person by the process would be left with nobody (and only the technical admin could reach it again).
     */
    private static void requireReleasable(TaskEntity task, String userId) {
        if (task.getAssignee() == null) {
            return;
        }
        if (!task.getAssignee().equals(userId)) {
            throw Rejection.forbidden("Hanya pemegang tugas yang dapat melepaskannya.");
        }
        boolean offered = task.getIdentityLinks().stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
        if (!offered) {
            throw Rejection.forbidden("Tugas ini ditujukan kepada Anda secara pribadi dan tidak dapat dilepaskan. Bila Anda berhalangan, "
                    + "BKPSDM menugaskan pejabat pelaksana (Plt/Plh) melalui Kinerja.");
        }
    }

    /**
     * Kinerja's own submission of a task (no signed-in person, e.g. a test through the Java API): handed over as a
     * checked one is, unchecked. A form's fields never reach the process: the engine would put a variable that the task
     * does not hold locally on the process instance.
     */
    @SuppressWarnings("unchecked")
    private static <T> Command<T> ownSubmission(Command<T> command, CommandContext context) {
        if (context == null || !(command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
            return command;
        }
        String taskId = read(command, "taskId");
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        Map<String, ?> submitted = orEmpty(submitted(command));
        return task == null || submitted.isEmpty() ? command : (Command<T>) handOver(command, task, submitted);
    }

    /**
     * Hands what was submitted to the task's completion as transient task-local variables and returns the same command
     * (complete, resolve or submit-form) without variables.
     */
    private static Command<?> handOver(Command<?> command, TaskEntity task, Map<String, ?> values) {
        if (!values.isEmpty()) {
            task.setVariablesLocal(transientValues(values));
        }
        String taskId = task.getId();
        if (command instanceof SubmitTaskFormCmd) {
            return new SubmitTaskFormCmd(taskId, Variables.createVariables(), read(command, "returnVariables"), read(command, "deserializeValues"));
        }
        if (command instanceof ResolveTaskCmd) { // a CompleteTaskCmd too: asked first
            return new ResolveTaskCmd(taskId, null);
        }
        return new CompleteTaskCmd(taskId, null, read(command, "returnVariables"), read(command, "deserializeReturnedVariables"));
    }

    /** The values a task submission carries: submit-form's properties, complete's and resolve's variables. */
    private static Map<String, ?> submitted(Command<?> command) {
        return read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
    }

    /**
     * What was submitted, as transient task-local variables: the task's completion listener reads them in this command
     * and hands them to Kinerja's tables, and the engine stores none of them (no runtime, history or byte-array rows).
     * A list of rows (a {@code Json} value) is handed over parsed.
     */
    static VariableMap transientValues(Map<String, ?> values) {
        VariableMap variables = Variables.createVariables();
        // a VariableMap (the Java API's) holds typed values: a Json one read untyped would have to be parsed first
        values.keySet().forEach(name -> variables.putValueTyped(name,
                transientValue(values instanceof VariableMap typed ? typed.getValueTyped(name) : values.get(name))));
        return variables;
    }

    private static TypedValue transientValue(Object value) {
        if (value instanceof TypedValue typed && typed.getType() != null && "json".equals(typed.getType().getName())) {
            return SpinValues.jsonValue(Spin.JSON(SubmittedValues.jsonText(typed))).setTransient(true).create();
        }
        Object plain = value instanceof TypedValue typed ? typed.getValue() : value;
        return plain == null ? Variables.untypedNullValue(true) : Variables.untypedValue(plain, true);
    }

    /** Checks and plainifies what is submitted, stores it task-local, and completes the task with nothing else. */
    private static Command<?> taskSubmission(Command<?> command, CommandContext context, String userId) {
        String taskId = read(command, "taskId");
        TaskEntity task = existingTask(context, taskId);
        if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
            throw Rejection.forbidden("Tugas ini sedang dipegang orang lain; hanya pemegangnya yang dapat menyelesaikannya.");
        }
        Map<String, ?> submitted = orEmpty(submitted(command));
        Map<String, Object> plain = SubmittedValues.check(submitted, FormFieldCatalog.ofTask(context, taskId), "tugas ini");
        if (command instanceof ResolveTaskCmd && task.getDelegationState() != DelegationState.PENDING) {
            // Resolving hands a delegated task back to its owner; on any other task it would set the assignee to the
            // (absent) owner and leave the task with nobody.
            throw Rejection.conflict("Tugas ini tidak sedang didelegasikan, jadi tidak dapat dikembalikan (resolve). Kirim formulirnya "
                    + "untuk menyelesaikan tugas.");
        }
        return handOver(command, task, plain);
    }

    private static void startVariables(ProcessInstantiationBuilderImpl builder, CommandContext context, boolean admin) {
        Map<String, Object> variables = builder.getVariables();
        if (variables == null || variables.isEmpty() || admin) {
            return;
        }
        String definitionId = builder.getProcessDefinitionId();
        if (definitionId == null) {
            definitionId = context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedLatestProcessDefinitionByKey(builder.getProcessDefinitionKey()).getId();
        }
        Map<String, Object> plain = SubmittedValues.check(variables, FormFieldCatalog.ofStartEvent(context, definitionId), "mulai proses ini");
        variables.clear();
        variables.putAll(plain);
    }

    /** The open task, or 404 (never existed) / 409 (already finished). */
    private static TaskEntity existingTask(CommandContext context, String taskId) {
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task != null) {
            return task;
        }
        HistoricTaskInstanceEntity done = taskId == null ? null
                : context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        if (done != null && done.getEndTime() != null) {
            throw Rejection.conflict("Tugas ini sudah selesai dan tidak dapat dikirim atau diambil lagi.");
        }
        throw Rejection.notFound("Tugas tidak ditemukan.");
    }

    /**
     * The engine grants an assignee the task when it is assigned, and never takes the grant back. After a change of
     * hands, only the current assignee and the candidate users keep a personal grant on the task.
     */
    private static void removeStaleGrants(Command<?> command, CommandContext context) {
        if (!(command instanceof ClaimTaskCmd || command instanceof AssignTaskCmd)) {
            return;
        }
        String taskId = read(command, "taskId");
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;
        }
        Set<String> keep = new java.util.HashSet<>();
        if (task.getAssignee() != null) {
            keep.add(task.getAssignee());
        }
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                keep.add(link.getUserId());
            }
        }
        List<Authorization> grants = context.runWithoutAuthorization(() -> context.getAuthorizationManager()
                .selectAuthorizationByQueryCriteria((AuthorizationQueryImpl) new AuthorizationQueryImpl().resourceType(Resources.TASK)
                        .resourceId(taskId)));
        for (Authorization grant : grants) {
            if (grant.getUserId() != null && !keep.contains(grant.getUserId())) {
                context.getAuthorizationManager().deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, taskId, grant.getUserId());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }

    /** A field of an engine command, by name (checked at start-up by {@link #verifyFields()}). */
    @SuppressWarnings("unchecked")
    static <V> V read(Object command, String name) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (V) field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Camunda " + command.getClass().getName() + " tidak punya field '" + name + "'");
    }

    /** Fails at start-up, not at the first submission, when a Camunda upgrade renamed a field the guard reads. */
    static void verifyFields() {
        read(new CompleteTaskCmd("t", null, false, false), "variables");
        read(new CompleteTaskCmd("t", null, false, false), "returnVariables");
        read(new CompleteTaskCmd("t", null, false, false), "deserializeReturnedVariables");
        read(new SubmitTaskFormCmd("t", null, false, false), "properties");
        read(new SubmitTaskFormCmd("t", null, false, false), "deserializeValues");
        read(new SubmitStartFormCmd("p", null, null), "processDefinitionId");
        read(new SubmitStartFormCmd("p", null, null), "businessKey");
        read(new SubmitStartFormCmd("p", null, null), "variables");
        read(new ClaimTaskCmd("t", null), "userId");
        read(new ClaimTaskCmd("t", null), "taskId");
        read(new AssignTaskCmd("t", null), "taskId");
        read(new AssignTaskCmd("t", null), "userId");
        read(new StartProcessInstanceCmd((ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
                .createProcessInstanceByKey(null, "p")), "instantiationBuilder");
    }
}

package org.kinerja.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * What the notifications need of the process engine: starting a {@code MailDeliveryProcess} for a batch and the
 * {@code MailDigestProcess} of a day, the open tasks a digest may still list, and the name and address of a Camunda
 * user who is not an employee (e.g. the technical admin). All without the caller's authorizations: a Tasklist user who
 * claims a task may not start processes or read accounts, yet is notified.
 */
@Component
class MailEngine {

    /** A Camunda user's display name and address, as stored in Camunda's identity tables. */
    record CamundaUser(String name, String email) {
    }

    private final ProcessEngine engine;

    MailEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Task ids per query: well under the bind-parameter limits of PostgreSQL and H2. */
    private static final int TASK_IDS_PER_QUERY = 500;

    void startDelivery(long batchId) {
        withoutAuthorization(() -> engine.getRuntimeService().createProcessInstanceByKey(MailDeliveryProcess.PROCESS_ID)
                .businessKey(Long.toString(batchId)).setVariable(MailDeliveryProcess.VAR_BATCH_ID, batchId).execute());
    }

    void startDigest(LocalDate date) {
        withoutAuthorization(() -> engine.getRuntimeService().createProcessInstanceByKey(MailDigestProcess.PROCESS_ID)
                .businessKey(date.toString()).execute());
    }

    /** A task as it is now: its assignee (null: nobody's), name and due date (or null). */
    record OpenTask(String assignee, String name, java.util.Date due) {
    }

    /** Of the given tasks, those still open, by id. */
    Map<String, OpenTask> openTasks(Collection<String> taskIds) {
        List<String> ids = new ArrayList<>(taskIds);
        Map<String, OpenTask> open = new HashMap<>();
        for (int from = 0; from < ids.size(); from += TASK_IDS_PER_QUERY) {
            String[] chunk = ids.subList(from, Math.min(ids.size(), from + TASK_IDS_PER_QUERY)).toArray(String[]::new);
            List<Task> tasks = withoutAuthorization(() -> engine.getTaskService().createTaskQuery().taskIdIn(chunk).list());
            tasks.forEach(t -> open.put(t.getId(), new OpenTask(t.getAssignee(), t.getName(), t.getDueDate())));
        }
        return open;
    }

    /** Whether this node runs jobs: the dispatcher works only where the job executor does (not in the tests). */
    boolean jobExecutorActive() {
        JobExecutor executor = configuration().getJobExecutor();
        return executor != null && executor.isActive();
    }

    /** How long the job executor locks a job it runs (after that another node may take it). */
    long jobLockMillis() {
        JobExecutor executor = configuration().getJobExecutor();
        return executor == null ? 300_000 : executor.getLockTimeInMillis();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    Optional<CamundaUser> user(String userId) {
        User user = withoutAuthorization(() -> engine.getIdentityService().createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return Optional.empty();
        }
        String full = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return Optional.of(new CamundaUser(full.isEmpty() ? null : full, user.getEmail()));
    }

    private <T> T withoutAuthorization(Callable<T> call) {
        return configuration().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(call));
    }
}

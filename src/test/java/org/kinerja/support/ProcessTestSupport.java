package org.kinerja.support;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.springframework.core.io.ClassPathResource;

/**
 * Drives the real processes in the Spring context (job executor off): the process-test organisation, a cycle started
 * through its start form as the HR admin, and the jobs executed by hand, as camunda-bpm-assert's {@code execute(job())}
 * does.
 */
public final class ProcessTestSupport {

    public static final String HEAD = "197203151998031004";
    public static final String SUPERVISOR = "198001102005011003";
    public static final String STAFF_ONE = "198709032010011002";
    public static final String STAFF_TWO = "199002142014022003";
    public static final String STAFF_THREE = "198811262011011001";
    public static final String STAFF_FOUR = "199305082019032004";
    public static final String STAFF_FIVE = "198506302009031005";
    public static final String STAFF_SIX = "199108192015032002";
    public static final String HR_ADMIN = "198304182008012002";
    /** Each started cycle gets its own year: one cycle per unit and year is a national rule the engine enforces. */
    private static final AtomicInteger YEAR = new AtomicInteger(2040);

    private final ProcessEngine engine;

    public ProcessTestSupport(ProcessEngine engine, UnitImportService units, EmployeeImportService employees) throws Exception {
        this.engine = engine;
        AbstractAssertions.init(engine);
        units.importCsv(new ClassPathResource("fixtures/unit.csv").getContentAsByteArray());
        employees.importCsv(new ClassPathResource("fixtures/pegawai-proses.csv").getContentAsByteArray());
    }

    public static int nextYear() {
        return YEAR.incrementAndGet();
    }

    /** Submits the cycle start form as the HR admin. */
    public ProcessInstance startCycle(String unitCode, int year, String periodLength) {
        engine.getIdentityService().setAuthentication(HR_ADMIN, List.of("admin-bkpsdm", "pegawai"));
        try {
            String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                    .processDefinitionKey("AppraisalCycleProcess").latestVersion().singleResult().getId();
            return engine.getFormService().submitStartForm(definitionId, Map.of("cycleName", "Siklus uji " + year, "year", year,
                    "unitCode", unitCode, "periodLength", periodLength, "reminderDelay", "P7D", "escalationDelay", "P14D"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Executes every due non-timer job until none is left (children starting, async continuations). */
    public void executeAsyncJobs() {
        ManagementService management = engine.getManagementService();
        for (int round = 0; round < 10_000; round++) {
            List<Job> nonTimers = management.createJobQuery().executable().messages().list();
            if (nonTimers.isEmpty()) {
                return;
            }
            nonTimers.forEach(j -> management.executeJob(j.getId()));
        }
        throw new IllegalStateException("jobs keep coming");
    }


    /** The appraisal process instance of one employee in a cycle, by its business key "{cycleId}-{nip}". */
    public ProcessInstance appraisalOf(ProcessInstance cycle, String nip) {
        Object cycleId = engine.getRuntimeService().getVariable(cycle.getId(), "cycleId");
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("EmployeeAppraisalProcess")
                .processInstanceBusinessKey(cycleId + "-" + nip).singleResult();
    }

    /** The running appraisal processes of a cycle: the cycle starts them by batch, with business keys "{cycleId}-{nip}". */
    public List<ProcessInstance> appraisals(ProcessInstance cycle) {
        return children(cycle, "EmployeeAppraisalProcess").list();
    }

    /** The running outcome processes of a cycle. */
    public List<ProcessInstance> outcomes(ProcessInstance cycle) {
        return children(cycle, "AppraisalOutcomeProcess").list();
    }

    /** The running processes of this key that a cycle started (business key "{cycleId}-{nip}"). */
    public org.camunda.bpm.engine.runtime.ProcessInstanceQuery children(ProcessInstance cycle, String processKey) {
        Object cycleId = engine.getRuntimeService().getVariable(cycle.getId(), "cycleId");
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKeyLike(cycleId + "-%");
    }

    /** The NIP of the employee whose appraisal (or outcome) this is: the business key is "{cycleId}-{nip}". */
    public static String nipOf(ProcessInstance appraisal) {
        String key = appraisal.getBusinessKey();
        return key.substring(key.indexOf('-') + 1);
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    public List<Task> tasks(ProcessInstance instance, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).list();
    }

    /** The seven BerAKHLAK rating fields of a form, all with the same value. */
    public static Map<String, Object> ratings(int value) {
        Map<String, Object> form = new HashMap<>();
        for (org.kinerja.scoring.BerakhlakValue v : org.kinerja.scoring.BerakhlakValue.values()) {
            form.put("rating" + v.label().replace(" ", ""), String.valueOf(value));
        }
        return form;
    }

    /**
     * Walks every employee appraisal of the cycle to its merged score: one indicator with target 100, the realisation
     * and the BerAKHLAK rating (1–5, given by self, peers and supervisor alike) per employee from {@code plan}, the
     * supervisor confirming the proposed work rating. E.g. {120, 5} gives SANGAT_BAIK, {100, 4} BAIK, {50, 2}
     * SANGAT_KURANG.
     */
    public void completeAppraisals(ProcessInstance cycle, java.util.function.Function<String, int[]> plan) {
        completeAppraisals(cycle, plan, nip -> "Catatan atasan.");
    }

    /** As {@link #completeAppraisals(ProcessInstance, java.util.function.Function)}, with each employee's supervisor comment. */
    public void completeAppraisals(ProcessInstance cycle, java.util.function.Function<String, int[]> plan,
            java.util.function.Function<String, String> supervisorComment) {
        executeAsyncJobs();
        List<ProcessInstance> children = appraisals(cycle);
        Map<String, int[]> plans = new HashMap<>();
        for (ProcessInstance child : children) {
            String nip = nipOf(child);
            int[] p = plan.apply(nip);
            plans.put(child.getId(), p);
            submit(task(child, "Task_DraftTargets"), SkpRows.oneIndicator().form());
            submit(task(child, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
            for (int period = 1; task(child, "Task_ReportProgress") != null; period++) {
                submit(task(child, "Task_ReportProgress"), SkpRows.report("Rekap", Math.min(p[0], 25 * period)));
                submit(task(child, "Task_GiveProgressFeedback"), Map.of("feedback", "Lanjutkan."));
            }
            Map<String, Object> self = ratings(p[1]);
            self.putAll(SkpRows.realisations(p[0]));
            self.put("reflection", "Refleksi tahunan.");
            submit(task(child, "Task_SelfAssessment"), self);
        }
        executeAsyncJobs();
        for (ProcessInstance child : children) {
            int[] p = plans.get(child.getId());
            for (Task peer : tasks(child, "Task_RatePeer")) {
                submit(peer, ratings(p[1]));
            }
            Map<String, Object> review = ratings(p[1]);
            review.putAll(Map.of("supervisorComment", supervisorComment.apply(nipOf(child)), "workRatingDecision", "CONFIRM"));
            submit(task(child, "Task_ReviewBySupervisor"), review);
        }
        executeAsyncJobs();
    }

    /** The cycle's id in Kinerja's tables. */
    public long cycleId(ProcessInstance cycle) {
        return ((Number) engine.getRuntimeService().getVariable(cycle.getId(), "cycleId")).longValue();
    }

    /** Sets the organisation rating on {@code Task_SetOrganisationRating}, then runs the proposal. */
    public void rateOrganisation(ProcessInstance cycle, String rating, String basis) {
        Task task = task(cycle, "Task_SetOrganisationRating");
        engine.getTaskService().claim(task.getId(), HR_ADMIN);
        submit(task, Map.of("organisationRating", rating, "ratingBasis", basis));
        executeAsyncJobs();
    }

    /** A committee member claims and completes {@code Task_CalibrateResults}; publication and the outcomes start. */
    public void finishCalibration(ProcessInstance cycle, String member) {
        Task calibrate = task(cycle, "Task_CalibrateResults");
        engine.getTaskService().claim(calibrate.getId(), member);
        submit(calibrate, Map.of("calibrationConfirmed", true));
        executeAsyncJobs();
    }

    /**
     * The timer of a task's timeout listener (reminder or escalation, {@code kinerja.tasks} / the cycle's settings): the
     * reminder falls due before the escalation.
     */
    public org.camunda.bpm.engine.runtime.Job deadlineTimer(ProcessInstance instance, String taskKey, boolean escalation) {
        String listener = "TaskListener_" + taskKey.replace("Task_", "") + (escalation ? "Escalation" : "Reminder");
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().activityId(taskKey).list()
                .stream().filter(j -> ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) j).getJobHandlerConfigurationRaw()
                        .endsWith(listener))
                .findFirst().orElseThrow(() -> new IllegalStateException(taskKey + " has no timer of " + listener));
    }

    /**
     * Submits a task form as Tasklist does: a list (the rows of a dynamic list) as a {@code Json} value of its JSON text.
     * A test running without a signed-in person passes the engine guard by, which would store a Java list as an object.
     */
    public void submit(Task task, Map<String, Object> values) {
        Map<String, Object> sent = new HashMap<>(values);
        sent.replaceAll((key, value) -> value instanceof Collection<?> rows
                ? SpinValues.jsonValue(SkpRows.json(rows)).create() : value);
        engine.getFormService().submitTaskForm(task.getId(), sent);
    }
}

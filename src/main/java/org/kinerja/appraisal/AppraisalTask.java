package org.kinerja.appraisal;

import static org.kinerja.appraisal.EmployeeAppraisalProcess.VAR_APPRAISAL_ID;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;

/**
 * What the tasks of {@code EmployeeAppraisalProcess} share: the appraisal they belong to (the process variable
 * {@code appraisalId}), the form's context from {@link FormContext}, the appraised employee's name in the task's name,
 * and the cycle's reminder and escalation delays.
 */
abstract class AppraisalTask implements HumanTask {

    final AppraisalService appraisals;
    final FormContext forms;

    AppraisalTask(AppraisalService appraisals, FormContext forms) {
        this.appraisals = appraisals;
        this.forms = forms;
    }

    static long appraisalId(TaskScope task) {
        return task.id(VAR_APPRAISAL_ID);
    }

    /** The 1-based progress period of a task inside the sequential period loop. */
    static int period(TaskScope task) {
        Integer counter = task.loopCounter();
        if (counter == null) {
            throw new IllegalStateException(task.taskKey() + " harus berada di dalam perulangan periode");
        }
        return counter + 1;
    }

    Integer periodOrNull(TaskScope task) {
        return null;
    }

    @Override
    public Map<String, Object> context(TaskScope task) {
        return forms.forTask(taskId(), appraisalId(task), periodOrNull(task));
    }

    /** The fields of the task's form, as {@link FormKeys} lists them for every appraisal task. */
    @Override
    public Set<String> fields() {
        return FormKeys.fields(taskId());
    }

    @Override
    public String subject(TaskScope task) {
        return appraisals.employee(appraisals.appraisal(appraisalId(task)).getEmployeeId()).name();
    }

    /** The cycle's settings (PermenPANRB 6/2022 leaves the deadlines to the instansi). */
    @Override
    public Deadlines deadlines(TaskScope task) {
        CycleSettings cycle = appraisals.cycleOf(appraisalId(task));
        return new Deadlines(cycle.reminderDelay(), cycle.escalationDelay());
    }

    /** The seven BerAKHLAK ratings, 1–5 each. */
    static Map<BerakhlakValue, Integer> ratings(Submission form) {
        Map<BerakhlakValue, Integer> ratings = new EnumMap<>(BerakhlakValue.class);
        for (BerakhlakValue value : BerakhlakValue.values()) {
            Integer score = form.wholeNumber(FormKeys.rating(value), "Nilai " + value.label(), 1, 5);
            if (score != null) {
                ratings.put(value, score);
            }
        }
        return ratings;
    }

    /** The realisation of every indicator of the plan, by its number, from the rows of the form's indicator list. */
    Map<Integer, BigDecimal> realisations(TaskScope task, Submission form) {
        return IndicatorRow.realisations(form, appraisals.plan(appraisalId(task)));
    }

    static Map<String, Object> noFlags() {
        return Map.of();
    }
}

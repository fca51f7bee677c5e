package org.kinerja.outcome;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.shared.IndonesianFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side for the employee's own page "Kinerja saya": every published result of one employee, newest first, with
 * the coaching plans. Three queries by the employee's id (index {@code ix_appraisal_outcome_employee}) and the outcome
 * ids, whatever the organisation's size; no PDF is read (the documents are served by {@code OwnDocumentController}).
 * Also the published predikat of a supervisor's reports for "Tim saya" ({@link #publishedOf}), one query per team.
 */
@Service
@Transactional(readOnly = true)
public class OutcomeHistory {

    private final AppraisalOutcomeRepository outcomes;
    private final CoachingPlanRepository plans;
    private final OutcomeCertificateRepository certificates;
    private final TrainingCatalog trainings;
    private final OutcomeSettings settings;

    OutcomeHistory(AppraisalOutcomeRepository outcomes, CoachingPlanRepository plans, OutcomeCertificateRepository certificates,
            TrainingCatalog trainings, OutcomeSettings settings) {
        this.outcomes = outcomes;
        this.plans = plans;
        this.certificates = certificates;
        this.trainings = trainings;
        this.settings = settings;
    }

    /** The employee's published results, newest cycle first. */
    public List<EmployeeOutcome> of(long employeeId) {
        List<AppraisalOutcome> rows = outcomes.findByEmployeeIdOrderByYearDescIdDesc(employeeId);
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(AppraisalOutcome::getId).toList();
        Map<Long, CoachingPlan> planByOutcome = plans.findByOutcomeIdIn(ids).stream()
                .collect(Collectors.toMap(CoachingPlan::getOutcomeId, Function.identity()));
        List<Long> withCertificate = certificates.findIdsAmong(ids);
        Map<String, TrainingView> catalog = trainings.active().stream().collect(Collectors.toMap(TrainingView::code, Function.identity()));
        return rows.stream().map(o -> new EmployeeOutcome(o.getCycleId(), o.getYear(), o.getPredikat().label(),
                o.getPublishedPredikat().label(), o.isPredikatChangedOnAppeal(), o.getCalibrationNote(),
                o.getOutcome() == null ? null : o.getOutcome().label(), o.getCreditPercent(), answer(o),
                o.getAppealDecision() == null ? null : o.getAppealDecisionReason(), withCertificate.contains(o.getId()),
                coaching(planByOutcome.get(o.getId()), catalog))).toList();
    }

    /**
     * The published predikat of a supervisor's reports, each in the cycle asked for it ({@code cycleByEmployee}:
     * employee id to cycle id): one query for the whole team. Reports whose result is not published are missing.
     */
    public List<PublishedPredikat> publishedOf(Map<Long, Long> cycleByEmployee) {
        if (cycleByEmployee.isEmpty()) {
            return List.of();
        }
        return outcomes.findByCycleIdInAndEmployeeIdIn(java.util.Set.copyOf(cycleByEmployee.values()), cycleByEmployee.keySet()).stream()
                .filter(o -> Long.valueOf(o.getCycleId()).equals(cycleByEmployee.get(o.getEmployeeId())))
                .map(o -> new PublishedPredikat(o.getCycleId(), o.getEmployeeId(), o.getPredikat().label(), o.getPublishedPredikat().label(),
                        o.isPredikatChangedOnAppeal()))
                .toList();
    }

    /** Where the employee's answer to the result stands. */
    private String answer(AppraisalOutcome outcome) {
        if (outcome.getAppealDecision() != null) {
            return outcome.isPredikatChangedOnAppeal() ? "Keberatan dikabulkan" : "Keberatan tidak dikabulkan";
        }
        if (outcome.getAppealReason() != null) {
            return "Keberatan diajukan, menunggu keputusan";
        }
        if (outcome.getAcknowledgedAt() != null) {
            return outcome.isAutoAcknowledged() ? "Diterima otomatis (batas waktu keberatan lewat)" : "Diterima";
        }
        return "Belum ditanggapi (batas waktu keberatan " + IndonesianFormat.date(settings.appealDeadline(outcome.getPublishedAt())) + ")";
    }

    private static EmployeeOutcome.Coaching coaching(CoachingPlan plan, Map<String, TrainingView> catalog) {
        if (plan == null) {
            return null;
        }
        List<EmployeeOutcome.Training> chosen = plan.trainingCodes().stream().map(code -> {
            TrainingView training = catalog.get(code);
            return training == null ? new EmployeeOutcome.Training(code, code, null)
                    : new EmployeeOutcome.Training(code, training.name(), training.description());
        }).toList();
        return new EmployeeOutcome.Coaching(plan.focus().stream().map(BerakhlakValue::label).toList(), chosen, plan.dialogDates(),
                plan.getPlanNote(), plan.getAcknowledgedAt() != null, plan.getProgressResult() == null ? null
                        : switch (plan.getProgressResult()) {
                            case MEMADAI -> "Memadai";
                            case PERLU_LANJUTAN -> "Perlu pembinaan lanjutan";
                        });
    }
}

package org.kinerja.outcome;

import static org.kinerja.outcome.AppraisalOutcomeProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.outcome.OutcomeChoices.AppealVerdict;
import org.kinerja.outcome.OutcomeChoices.CoachingProgress;
import org.kinerja.outcome.OutcomeChoices.SanctionDecision;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.task.FormTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the outcome's forms show (the result, the appeal, the coaching plan, the sanction review), with their input
 * fields empty, and a read-only view of an outcome for tests and reports.
 */
@Service
@Transactional(readOnly = true)
class OutcomeViews {

    /** An outcome as it stands, with its coaching plan if any. */
    record OutcomeView(long id, String nip, Predikat predikat, Outcome outcome, int creditPercent, boolean sanctionReview,
            String sanctionTrigger, boolean acknowledged, boolean autoAcknowledged, AppealVerdict appealDecision,
            String certificateNumber, SanctionDecision sanctionDecision, List<BerakhlakValue> coachingFocus,
            List<String> coachingTrainings, CoachingProgress coachingProgress) {
    }

    private final AppraisalOutcomeRepository outcomes;
    private final CoachingPlanRepository plans;
    private final TrainingCatalog trainings;
    private final AppraisalResults results;
    private final OutcomeParties parties;
    private final OutcomeSettings settings;

    OutcomeViews(AppraisalOutcomeRepository outcomes, CoachingPlanRepository plans, TrainingCatalog trainings, AppraisalResults results,
            OutcomeParties parties, OutcomeSettings settings) {
        this.outcomes = outcomes;
        this.plans = plans;
        this.trainings = trainings;
        this.results = results;
        this.parties = parties;
        this.settings = settings;
    }

    Optional<OutcomeView> view(long cycleId, long employeeId) {
        return outcomes.findByCycleIdAndEmployeeId(cycleId, employeeId).map(o -> {
            Optional<CoachingPlan> plan = plans.findByOutcomeId(o.getId());
            return new OutcomeView(o.getId(), o.getNip(), o.getPredikat(), o.getOutcome(), o.getCreditPercent(), o.isSanctionReview(),
                    o.getSanctionTrigger(), o.getAcknowledgedAt() != null, o.isAutoAcknowledged(), o.getAppealDecision(),
                    o.getCertificateNumber(), o.getSanctionDecision(), plan.map(CoachingPlan::focus).orElse(null),
                    plan.map(CoachingPlan::trainingCodes).orElse(null), plan.map(CoachingPlan::getProgressResult).orElse(null));
        });
    }

    /** {@code Task_ViewResult}: the predikat, the scores and what they are made of, the outcome and the appeal deadline. */
    Map<String, Object> result(long outcomeId) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        ResultSheet sheet = results.sheet(outcome.getCycleId(), outcome.getEmployeeId()).orElseThrow();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("predikatNote", outcome.getCalibrationNote() == null ? "Tidak ada perubahan dalam kalibrasi." : outcome.getCalibrationNote());
        form.put("workResultScore", decimal(sheet.workResultScore()));
        form.put("workRating", sheet.workRating() + (sheet.workRatingOverrideReason() == null ? ""
                : " (ditetapkan atasan: " + sheet.workRatingOverrideReason() + ")"));
        form.put("indicatorRows", FormTable.of(sheet.indicators().stream().map(i -> Map.of("indikator", i.name(),
                "target", decimal(i.target()) + " " + i.unit(),
                "realisasi", i.realisation() == null ? "–" : decimal(i.realisation()) + " " + i.unit(),
                "capaian", i.achievementPercent() == null ? "–" : decimal(i.achievementPercent()) + "%", "bobot", decimal(i.weight())))
                .toList()));
        form.put("valueRows", FormTable.of(sheet.values().stream().map(v -> Map.of("nilai", v.value(), "skor", decimal(v.finalScore())))
                .toList()));
        form.put("behaviourScore", decimal(sheet.behaviourScore()));
        form.put("behaviourRating", sheet.behaviourRating());
        form.put("supervisorComment", sheet.supervisorComment() == null ? "–" : sheet.supervisorComment());
        form.put("peerText", (sheet.peerAverage() == null ? "Tidak ditampilkan: kurang dari 3 rekan kerja menilai."
                : decimal(sheet.peerAverage()) + " (rata-rata " + sheet.peerCount() + " rekan kerja, tanpa nama)")
                + (sheet.peerNote() == null ? "" : " " + sheet.peerNote()));
        form.put("citizenText", sheet.citizenIkm() == null ? "Tidak ditampilkan: kurang dari 10 responden survei masyarakat."
                : decimal(sheet.citizenIkm()) + " dari " + sheet.citizenResponses() + " responden");
        form.put("outcomeText", outcome.getOutcome().label() + ", angka kredit " + outcome.getCreditPercent() + "%");
        form.put("appealDeadline", IndonesianFormat.date(settings.appealDeadline(outcome.getPublishedAt())));
        return withEmpty(form, FIELD_RESULT_DECISION, FIELD_APPEAL_REASON);
    }

    /** {@code Task_DecideAppeal}: whose predikat, why it is what it is, and the employee's reason. */
    Map<String, Object> appeal(long outcomeId) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        Map<String, Object> form = withEmployee(outcome);
        form.put("predikatNote", outcome.getCalibrationNote() == null ? "–" : outcome.getCalibrationNote());
        form.put(FIELD_APPEAL_REASON, outcome.getAppealReason());
        return withEmpty(form, FIELD_APPEAL_DECISION, FIELD_NEW_PREDIKAT, FIELD_DECISION_REASON);
    }

    /** {@code Task_DraftCoachingPlan}: whose plan, and the active trainings of the catalog as options. */
    Map<String, Object> coachingDraft(long outcomeId) {
        Map<String, Object> form = withEmployee(outcomes.get(outcomeId));
        form.put("trainingOptions", FormTable.of(trainings.active().stream()
                .map(t -> Map.of("label", t.name() + " — " + t.values().stream().map(BerakhlakValue::label).collect(Collectors.joining(", ")),
                        "value", t.code())).toList()));
        return withEmpty(form, FIELD_FOCUS_VALUES, FIELD_TRAININGS, FIELD_DIALOG_DATE_1, FIELD_DIALOG_DATE_2, FIELD_PLAN_NOTE);
    }

    /** {@code Task_AcknowledgeCoachingPlan} and {@code Task_ReviewCoachingProgress}: the plan, with the given input fields. */
    Map<String, Object> coachingPlan(long outcomeId, String... inputFields) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        CoachingPlan plan = plans.get(outcomeId);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("focusText", plan.focus().stream().map(BerakhlakValue::label).collect(Collectors.joining(", ")));
        form.put("trainingText", plan.trainingCodes().stream().map(c -> trainings.byCode(c).map(TrainingView::name).orElse(c))
                .collect(Collectors.joining(", ")));
        form.put("dialogText", plan.dialogDates().stream().map(LocalDate::toString).collect(Collectors.joining(", ")));
        form.put("planNoteText", plan.getPlanNote() == null ? "–" : plan.getPlanNote());
        form.put("employeeNoteText", plan.getEmployeeNote() == null ? "–" : plan.getEmployeeNote());
        return withEmpty(form, inputFields);
    }

    /** {@code Task_ReviewSanction}: whose outcome, and what triggered the review. */
    Map<String, Object> sanction(long outcomeId) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        Map<String, Object> form = withEmployee(outcome);
        form.put("sanctionTrigger", outcome.getSanctionTrigger());
        return withEmpty(form, FIELD_SANCTION_DECISION, FIELD_SANCTION_NOTE);
    }

    private Map<String, Object> withEmployee(AppraisalOutcome outcome) {
        EmployeeRef employee = parties.employee(outcome.getEmployeeId());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("employeeText", employee.name() + " (NIP " + employee.nip() + "), " + employee.positionName());
        form.put("predikatLabel", outcome.getPredikat().label());
        return form;
    }

    private static Map<String, Object> withEmpty(Map<String, Object> form, String... inputFields) {
        for (String field : inputFields) {
            form.put(field, null);
        }
        return form;
    }

    static String decimal(BigDecimal value) {
        return value == null ? "–" : IndonesianFormat.twoDecimals(value);
    }
}

package org.kinerja.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.outcome.OutcomeChoices.CoachingProgress;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching (pembinaan) of a COACHING outcome: the supervisor drafts the plan (focus values, trainings from the catalog,
 * dialog kinerja dates), the employee acknowledges it, and the supervisor reviews the progress after the follow-up delay.
 */
@Service
@Transactional
class CoachingPlans {

    private final AppraisalOutcomeRepository outcomes;
    private final CoachingPlanRepository plans;
    private final TrainingCatalog trainings;
    private final NotificationService notifications;

    CoachingPlans(AppraisalOutcomeRepository outcomes, CoachingPlanRepository plans, TrainingCatalog trainings,
            NotificationService notifications) {
        this.outcomes = outcomes;
        this.plans = plans;
        this.trainings = trainings;
        this.notifications = notifications;
    }

    /** {@code Task_DraftCoachingPlan}: trainings must be in the catalog and dialog dates not in the past; notifies the employee. */
    void draft(long outcomeId, List<BerakhlakValue> focus, List<String> trainingCodes, List<LocalDate> dates, String planNote,
            String actor) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        List<String> problems = new ArrayList<>();
        if (trainingCodes.stream().anyMatch(c -> trainings.byCode(c).isEmpty())) {
            problems.add("Pilih minimal satu pelatihan dari katalog.");
        }
        if (dates.stream().anyMatch(d -> d.isBefore(OutcomeSettings.today()))) {
            problems.add("Tanggal dialog kinerja tidak boleh di masa lalu.");
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Rencana pembinaan belum dapat dikirim: " + String.join(" ", problems), problems);
        }
        CoachingPlan plan = plans.findByOutcomeId(outcomeId).orElseGet(() -> new CoachingPlan(outcomeId));
        plan.draft(focus, trainingCodes, dates, planNote, actor);
        plans.save(plan);
        notifications.notify(outcome.getNip(), NotificationKind.COACHING_PLAN, "COACHING_PLAN:" + outcome.getId() + ":" + outcome.getNip(),
                "Rencana pembinaan kinerja " + outcome.getYear(), "Atasan Anda menyusun rencana pembinaan: fokus "
                        + focus.stream().map(BerakhlakValue::label).collect(Collectors.joining(", "))
                        + "; pelatihan " + trainingCodes.stream().map(c -> trainings.byCode(c).orElseThrow().name()).collect(Collectors.joining(", "))
                        + "; dialog kinerja " + plan.dialogDates().stream().map(LocalDate::toString).collect(Collectors.joining(", "))
                        + ". Mohon tinjau dan konfirmasi di Tasklist.");
    }

    /** {@code Task_AcknowledgeCoachingPlan}: the employee has read the plan, with an optional note. */
    void acknowledge(long outcomeId, String note) {
        plans.get(outcomeId).acknowledge(note);
    }

    /** {@code Task_ReviewCoachingProgress}: enough, or more coaching needed, with the supervisor's note. */
    void review(long outcomeId, CoachingProgress result, String note, String actor) {
        plans.get(outcomeId).review(result, note, actor);
    }
}

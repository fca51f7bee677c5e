package org.kinerja.outcome;

import static org.kinerja.outcome.AppraisalOutcomeProcess.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinerja.outcome.OutcomeChoices.AppealVerdict;
import org.kinerja.outcome.OutcomeChoices.CoachingProgress;
import org.kinerja.outcome.OutcomeChoices.ResultAnswer;
import org.kinerja.outcome.OutcomeChoices.SanctionDecision;
import org.kinerja.outcome.OutcomeParties.Holder;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.kinerja.task.HumanTask;
import org.kinerja.task.Submission;
import org.kinerja.task.TaskScope;
import org.springframework.stereotype.Component;

/** The human tasks of {@code AppraisalOutcomeProcess}, one class each. */
final class OutcomeTasks {

    static final int MIN_REASON = 20;
    static final int MAX_TEXT = 2000;

    private OutcomeTasks() {
    }

    /** What the outcome's tasks share: the outcome id, whose outcome it is, and who may act. */
    abstract static class OutcomeTask implements HumanTask {

        final OutcomeParties parties;
        final OutcomeViews views;

        OutcomeTask(OutcomeParties parties, OutcomeViews views) {
            this.parties = parties;
            this.views = views;
        }

        static long outcomeId(TaskScope task) {
            return task.id(VAR_OUTCOME_ID);
        }

        @Override
        public String subject(TaskScope task) {
            return parties.employeeName(outcomeId(task));
        }

        abstract Holder holder();

        @Override
        public final Map<String, Object> complete(TaskScope task, Submission form, String actor) {
            parties.requireHolder(outcomeId(task), holder(), actor);
            return submit(outcomeId(task), form, actor);
        }

        abstract Map<String, Object> submit(long outcomeId, Submission form, String actor);
    }

    @Component
    static class ViewResult extends OutcomeTask {

        private final Appeals appeals;

        ViewResult(OutcomeParties parties, OutcomeViews views, Appeals appeals) {
            super(parties, views);
            this.appeals = appeals;
        }

        @Override
        public String taskId() {
            return TASK_VIEW_RESULT;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_RESULT_DECISION, FIELD_APPEAL_REASON);
        }

        @Override
        Holder holder() {
            return Holder.EMPLOYEE;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.result(outcomeId(task));
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            ResultAnswer answer = form.choice(FIELD_RESULT_DECISION, "Jawaban", ResultAnswer.class);
            if (answer == null) {
                form.problem("Pilih: terima hasil (ACKNOWLEDGE) atau ajukan keberatan (APPEAL).");
            }
            String reason = answer == ResultAnswer.APPEAL
                    ? form.text(FIELD_APPEAL_REASON, "Alasan keberatan", MIN_REASON, MAX_TEXT, true) : null;
            form.check("Jawaban atas hasil");
            return Map.of(VAR_APPEAL_REQUESTED, appeals.answer(outcomeId, answer, reason));
        }
    }

    @Component
    static class DecideAppeal extends OutcomeTask {

        private final Appeals appeals;

        DecideAppeal(OutcomeParties parties, OutcomeViews views, Appeals appeals) {
            super(parties, views);
            this.appeals = appeals;
        }

        @Override
        public String taskId() {
            return TASK_DECIDE_APPEAL;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_APPEAL_DECISION, FIELD_NEW_PREDIKAT, FIELD_DECISION_REASON);
        }

        @Override
        Holder holder() {
            return Holder.APPEAL_DECIDER;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.appeal(outcomeId(task));
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            AppealVerdict verdict = form.choice(FIELD_APPEAL_DECISION, "Keputusan", AppealVerdict.class);
            Predikat newPredikat = null;
            if (verdict == AppealVerdict.CHANGE) {
                newPredikat = form.choice(FIELD_NEW_PREDIKAT, "Predikat baru", Predikat.class);
                if (newPredikat == null) {
                    form.problem("Pilih predikat baru.");
                }
            }
            String reason = form.text(FIELD_DECISION_REASON, "Alasan keputusan", MIN_REASON, MAX_TEXT, true);
            form.check("Keputusan keberatan");
            appeals.decide(outcomeId, verdict, newPredikat, reason, actor);
            return Map.of();
        }
    }

    @Component
    static class DraftCoachingPlan extends OutcomeTask {

        private final CoachingPlans coaching;

        DraftCoachingPlan(OutcomeParties parties, OutcomeViews views, CoachingPlans coaching) {
            super(parties, views);
            this.coaching = coaching;
        }

        @Override
        public String taskId() {
            return TASK_DRAFT_COACHING_PLAN;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_FOCUS_VALUES, FIELD_TRAININGS, FIELD_DIALOG_DATE_1, FIELD_DIALOG_DATE_2, FIELD_PLAN_NOTE);
        }

        @Override
        Holder holder() {
            return Holder.SUPERVISOR;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.coachingDraft(outcomeId(task));
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            List<BerakhlakValue> focus = new ArrayList<>();
            List<String> chosen = form.list(FIELD_FOCUS_VALUES);
            for (String value : chosen) {
                try {
                    focus.add(BerakhlakValue.valueOf(value));
                } catch (IllegalArgumentException e) {
                    focus.clear();
                    break;
                }
            }
            if (focus.isEmpty()) {
                form.problem("Pilih minimal satu nilai BerAKHLAK sebagai fokus pembinaan.");
            }
            List<String> trainings = form.list(FIELD_TRAININGS);
            if (trainings.isEmpty()) {
                form.problem("Pilih minimal satu pelatihan dari katalog.");
            }
            List<LocalDate> dates = new ArrayList<>();
            for (String field : List.of(FIELD_DIALOG_DATE_1, FIELD_DIALOG_DATE_2)) {
                LocalDate date = form.date(field, "Tanggal dialog kinerja");
                if (date != null) {
                    dates.add(date);
                }
            }
            if (dates.isEmpty() && !form.hasProblems()) {
                form.problem("Tetapkan minimal satu tanggal dialog kinerja.");
            }
            String note = form.text(FIELD_PLAN_NOTE, "Catatan rencana", false, MAX_TEXT);
            form.check("Rencana pembinaan");
            coaching.draft(outcomeId, focus, trainings, dates, note, actor);
            return Map.of();
        }
    }

    @Component
    static class AcknowledgeCoachingPlan extends OutcomeTask {

        private final CoachingPlans coaching;

        AcknowledgeCoachingPlan(OutcomeParties parties, OutcomeViews views, CoachingPlans coaching) {
            super(parties, views);
            this.coaching = coaching;
        }

        @Override
        public String taskId() {
            return TASK_ACKNOWLEDGE_COACHING_PLAN;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_PLAN_ACKNOWLEDGED, FIELD_EMPLOYEE_NOTE);
        }

        @Override
        Holder holder() {
            return Holder.EMPLOYEE;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.coachingPlan(outcomeId(task), FIELD_PLAN_ACKNOWLEDGED, FIELD_EMPLOYEE_NOTE);
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            if (!form.ticked(FIELD_PLAN_ACKNOWLEDGED)) {
                form.problem("Centang bahwa Anda telah membaca dan memahami rencana pembinaan.");
            }
            String note = form.text(FIELD_EMPLOYEE_NOTE, "Catatan", false, MAX_TEXT);
            form.check("Konfirmasi rencana pembinaan");
            coaching.acknowledge(outcomeId, note);
            return Map.of();
        }
    }

    @Component
    static class ReviewCoachingProgress extends OutcomeTask {

        private final CoachingPlans coaching;

        ReviewCoachingProgress(OutcomeParties parties, OutcomeViews views, CoachingPlans coaching) {
            super(parties, views);
            this.coaching = coaching;
        }

        @Override
        public String taskId() {
            return TASK_REVIEW_COACHING_PROGRESS;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_PROGRESS_RESULT, FIELD_PROGRESS_NOTE);
        }

        @Override
        Holder holder() {
            return Holder.SUPERVISOR;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.coachingPlan(outcomeId(task), FIELD_PROGRESS_RESULT, FIELD_PROGRESS_NOTE);
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            CoachingProgress result = form.choice(FIELD_PROGRESS_RESULT, "Hasil tindak lanjut", CoachingProgress.class);
            String note = form.text(FIELD_PROGRESS_NOTE, "Catatan kemajuan", MIN_REASON, MAX_TEXT, true);
            form.check("Tinjauan pembinaan");
            coaching.review(outcomeId, result, note, actor);
            return Map.of();
        }
    }

    @Component
    static class ReviewSanction extends OutcomeTask {

        private final SanctionReviews sanctions;

        ReviewSanction(OutcomeParties parties, OutcomeViews views, SanctionReviews sanctions) {
            super(parties, views);
            this.sanctions = sanctions;
        }

        @Override
        public String taskId() {
            return TASK_REVIEW_SANCTION;
        }

        @Override
        public Set<String> fields() {
            return Set.of(FIELD_SANCTION_DECISION, FIELD_SANCTION_NOTE);
        }

        @Override
        Holder holder() {
            return Holder.HR;
        }

        @Override
        public Map<String, Object> context(TaskScope task) {
            return views.sanction(outcomeId(task));
        }

        @Override
        Map<String, Object> submit(long outcomeId, Submission form, String actor) {
            SanctionDecision decision = form.choice(FIELD_SANCTION_DECISION, "Keputusan tinjauan sanksi", SanctionDecision.class);
            String note = form.text(FIELD_SANCTION_NOTE, "Dasar keputusan", MIN_REASON, MAX_TEXT, true);
            form.check("Tinjauan sanksi");
            sanctions.decide(outcomeId, decision, note, actor);
            return Map.of();
        }
    }
}

package org.kinerja.outcome;

import org.kinerja.calibration.AppealChanges;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.outcome.OutcomeChoices.AppealVerdict;
import org.kinerja.outcome.OutcomeChoices.ResultAnswer;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employee's answer to the result and the appeal (keberatan): acknowledged, appealed within the window
 * ({@code kinerja.outcome.appeal-window-days}, product default 14 days), or standing when the window closes; the Atasan
 * Pejabat Penilai upholds or changes the predikat, and a change re-runs the outcome.
 */
@Service
@Transactional
class Appeals {

    private static final Logger log = LoggerFactory.getLogger(Appeals.class);

    private final AppraisalOutcomeRepository outcomes;
    private final OutcomeDetermination determination;
    private final NotificationService notifications;
    private final OutcomeSettings settings;
    private final AppealChanges calibration;

    Appeals(AppraisalOutcomeRepository outcomes, OutcomeDetermination determination, NotificationService notifications,
            OutcomeSettings settings, AppealChanges calibration) {
        this.outcomes = outcomes;
        this.determination = determination;
        this.notifications = notifications;
        this.settings = settings;
        this.calibration = calibration;
    }

    /** {@code Task_ViewResult}: the employee acknowledges or appeals (with a reason, within the window); true for an appeal. */
    boolean answer(long outcomeId, ResultAnswer answer, String reason) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        if (answer == ResultAnswer.ACKNOWLEDGE) {
            outcome.acknowledge(false);
            return false;
        }
        if (OutcomeSettings.today().isAfter(settings.appealDeadline(outcome.getPublishedAt()))) {
            throw new Rejection(Rejection.Kind.GONE, "Masa pengajuan keberatan (" + settings.appealWindowDays() + " hari) sudah lewat.");
        }
        outcome.appeal(reason);
        return true;
    }

    /** {@code Task_CloseAppealWindow}: no answer within the window; the result stands as acknowledged. */
    void closeWindow(long outcomeId) {
        outcomes.get(outcomeId).acknowledge(true);
    }

    /** {@code Task_DecideAppeal}: the predikat stands or is changed, with a reason; never by the employee themself. */
    void decide(long outcomeId, AppealVerdict verdict, Predikat newPredikat, String reason, String actor) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        if (outcome.getNip().equals(actor)) {
            throw Rejection.forbidden("Pegawai tidak boleh memutus keberatannya sendiri.");
        }
        if (verdict == AppealVerdict.CHANGE && newPredikat == outcome.getPredikat()) {
            throw Rejection.invalid("Predikat baru sama dengan predikat sekarang; pilih \"tetap\" bila tidak diubah.");
        }
        outcome.decideAppeal(verdict, newPredikat, reason, actor);
        log.info("Keberatan {} diputus oleh {}: {}", outcome.getNip(), actor, verdict);
    }

    /** {@code Task_RecordAppealDecision}: re-runs the outcome after a change and notifies the employee once. */
    OutcomeDetermination.Flags recordDecision(long outcomeId) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        boolean changed = outcome.isPredikatChangedOnAppeal();
        if (changed) {
            Predikat before = outcome.getPublishedPredikat();
            determination.decide(outcome);
            // the board marks it and the decision's addendum lists it; recorded once, whatever the retries
            calibration.record(outcome.getCycleId(), outcome.getEmployeeId(), before, outcome.getPredikat(),
                    outcome.getAppealDecisionReason(), outcome.getAppealDecidedBy(), outcome.getAppealDecidedAt());
        }
        String text = changed
                ? "Keberatan Anda dikabulkan: predikat diubah menjadi " + outcome.getPredikat().label() + "."
                : "Keberatan Anda tidak dikabulkan: predikat tetap " + outcome.getPredikat().label() + ".";
        notifications.notify(outcome.getNip(), NotificationKind.APPEAL_DECIDED, "APPEAL_DECIDED:" + outcome.getId() + ":" + outcome.getNip(),
                "Keputusan atas keberatan hasil penilaian " + outcome.getYear(), text + " Alasan: " + outcome.getAppealDecisionReason());
        return determination.flags(outcome);
    }
}

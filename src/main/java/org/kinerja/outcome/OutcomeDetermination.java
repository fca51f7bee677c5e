package org.kinerja.outcome;

import org.kinerja.calibration.CalibrationQueries;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_DetermineOutcome}: the consequence of an employee's published predikat (DOMAIN.md "Outcomes"). DMN
 * {@code appraisal-outcome} picks reward, acknowledgement or coaching and the angka kredit (Perban BKN 3/2023);
 * {@link SanctionReviews} whether HR reviews a sanction. Idempotent: a retried job creates no second outcome and sends
 * no second notification.
 */
@Service
@Transactional
class OutcomeDetermination {

    /** The process variables of an outcome: ids, the people, and the gateway flags. */
    record Flags(long outcomeId, String employeeNip, String supervisorNip, String appealDeciderNip, Outcome outcome,
            boolean sanctionReview) {
    }

    private final AppraisalOutcomeRepository outcomes;
    private final DmnOutcomeRules rules;
    private final SanctionReviews sanctions;
    private final OutcomeParties parties;
    private final CalibrationQueries calibration;
    private final CycleDirectory cycles;
    private final NotificationService notifications;
    private final OutcomeSettings settings;

    OutcomeDetermination(AppraisalOutcomeRepository outcomes, DmnOutcomeRules rules, SanctionReviews sanctions, OutcomeParties parties,
            CalibrationQueries calibration, CycleDirectory cycles, NotificationService notifications,
            OutcomeSettings settings) {
        this.outcomes = outcomes;
        this.rules = rules;
        this.sanctions = sanctions;
        this.parties = parties;
        this.calibration = calibration;
        this.cycles = cycles;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** The outcome row from the published predikat; notifies the employee once. */
    Flags determine(long cycleId, long employeeId) {
        AppraisalOutcome outcome = outcomes.findByCycleIdAndEmployeeId(cycleId, employeeId).orElseGet(() -> {
            CalibrationQueries.PublishedPredikat published = calibration.published(cycleId, employeeId);
            AppraisalOutcome created = new AppraisalOutcome(cycleId, cycles.settings(cycleId).year(), employeeId, published.appraisalId(),
                    parties.employee(employeeId).nip(), published.predikat(), published.note());
            decide(created);
            return outcomes.save(created);
        });
        notifications.notify(outcome.getNip(), NotificationKind.RESULTS_PUBLISHED, "RESULTS_PUBLISHED:" + outcome.getId() + ":"
                + outcome.getNip(), "Hasil penilaian kinerja " + outcome.getYear() + " telah ditetapkan",
                "Predikat kinerja Anda: " + outcome.getPredikat().label() + ". Lihat rinciannya di Tasklist (tugas \"Lihat hasil "
                        + "penilaian\"). Anda dapat mengajukan keberatan dalam " + settings.appealWindowDays() + " hari.",
                settings.publicBaseUrl() + "/camunda/app/tasklist/default/");
        return flags(outcome);
    }

    /** The outcome and the sanction review of the outcome's (possibly changed) predikat, from the two tables. */
    void decide(AppraisalOutcome outcome) {
        DmnSanctionRules.Verdict sanction = sanctions.assess(outcome);
        outcome.decide(rules.decide(outcome.getPredikat()), sanction.review(), sanction.trigger());
    }

    Flags flags(AppraisalOutcome outcome) {
        OutcomeParties.Parties people = parties.of(outcome);
        return new Flags(outcome.getId(), people.employeeNip(), people.supervisorNip(), people.appealDeciderNip(), outcome.getOutcome(),
                outcome.isSanctionReview());
    }
}

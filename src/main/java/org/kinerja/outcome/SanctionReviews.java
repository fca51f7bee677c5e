package org.kinerja.outcome;

import java.util.Optional;
import org.kinerja.outcome.OutcomeChoices.SanctionDecision;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanction review (PP 30/2019 Pasal 56): whether HR reviews a sanction, from DMN {@code sanction-review} on this
 * cycle's and the previous cycle's predikat (product default: SANGAT_KURANG, or KURANG or worse in two consecutive
 * cycles; an admin may change the table), and HR's decision ({@code Task_ReviewSanction}).
 */
@Service
@Transactional
class SanctionReviews {

    private final AppraisalOutcomeRepository outcomes;
    private final DmnSanctionRules rules;

    SanctionReviews(AppraisalOutcomeRepository outcomes, DmnSanctionRules rules) {
        this.outcomes = outcomes;
        this.rules = rules;
    }

    /**
     * The verdict on the outcome's predikat after the employee's outcome of the year before, if any. The trigger HR
     * reads is the table's, followed by both cycles' predikat, e.g. "… (2025: Kurang/Misconduct; 2026: Kurang/Misconduct)".
     */
    DmnSanctionRules.Verdict assess(AppraisalOutcome outcome) {
        Optional<AppraisalOutcome> previous = outcomes.findFirstByEmployeeIdAndYearOrderByIdDesc(outcome.getEmployeeId(),
                outcome.getYear() - 1);
        DmnSanctionRules.Verdict verdict = rules.decide(outcome.getPredikat(), previous.map(AppraisalOutcome::getPredikat).orElse(null));
        if (!verdict.review()) {
            return verdict;
        }
        String cycles = previous.map(p -> cycle(p.getYear(), p.getPredikat()) + "; ").orElse("")
                + cycle(outcome.getYear(), outcome.getPredikat());
        return new DmnSanctionRules.Verdict(true, verdict.trigger() + " (" + cycles + ")");
    }

    private static String cycle(int year, Predikat predikat) {
        return year + ": " + predikat.label();
    }

    /** {@code Task_ReviewSanction}: HR's decision and its basis. */
    void decide(long outcomeId, SanctionDecision decision, String note, String actor) {
        outcomes.get(outcomeId).decideSanction(decision, note, actor);
    }
}

package org.kinerja.scoring;

import java.math.BigDecimal;

/**
 * The admin-editable rating rules, evaluated through the DMN tables under {@code processes/} (see
 * {@link RatingDecisions}). Pass the final, rounded scores of {@link WorkResultScoring#score} and
 * {@link BehaviourScoring#merge}.
 */
public interface RatingRules {

    /** DMN {@code work-result-rating}; product default: &ge; 110 above, &ge; 90 as expected, otherwise below. */
    Rating workResultRating(BigDecimal workResultScore);

    /** DMN {@code behaviour-rating}; product default: &ge; 4.25 above, &ge; 3.00 as expected, otherwise below. */
    Rating behaviourRating(BigDecimal behaviourScore);

    /** DMN {@code performance-predicate}: the matrix of PermenPANRB 6/2022 (national rule). */
    Predikat predicate(Rating workResult, Rating behaviour);
}

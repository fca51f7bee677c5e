package org.kinerja.scoring;

import static org.kinerja.scoring.RatingDecisions.BEHAVIOUR_RATING;
import static org.kinerja.scoring.RatingDecisions.BEHAVIOUR_RATING_KEY;
import static org.kinerja.scoring.RatingDecisions.BEHAVIOUR_SCORE;
import static org.kinerja.scoring.RatingDecisions.PERFORMANCE_PREDICATE_KEY;
import static org.kinerja.scoring.RatingDecisions.PREDIKAT;
import static org.kinerja.scoring.RatingDecisions.RATING;
import static org.kinerja.scoring.RatingDecisions.WORK_RESULT_RATING;
import static org.kinerja.scoring.RatingDecisions.WORK_RESULT_RATING_KEY;
import static org.kinerja.scoring.RatingDecisions.WORK_RESULT_SCORE;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;

/**
 * {@link RatingRules} through Camunda's decision service: always the latest deployed version of each table, so an
 * admin's redeployed table wins without a restart. A table that yields no result, more than one, or a value that is
 * not a known name is broken: that is a technical failure ({@link IllegalStateException}, an incident in a process),
 * not a business outcome.
 *
 * <p>When a user is authenticated in the engine (e.g. a task completed through Tasklist runs a delegate that calls
 * this), Camunda checks that user's {@code CREATE_INSTANCE} permission on the decision definition.
 */
@Component
class DmnRatingRules implements RatingRules {

    private final DecisionService decisions;

    DmnRatingRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Rating workResultRating(BigDecimal workResultScore) {
        Objects.requireNonNull(workResultScore, "workResultScore");
        return evaluate(WORK_RESULT_RATING_KEY, Map.of(WORK_RESULT_SCORE, workResultScore), RATING, Rating.class);
    }

    @Override
    public Rating behaviourRating(BigDecimal behaviourScore) {
        Objects.requireNonNull(behaviourScore, "behaviourScore");
        return evaluate(BEHAVIOUR_RATING_KEY, Map.of(BEHAVIOUR_SCORE, behaviourScore), RATING, Rating.class);
    }

    @Override
    public Predikat predicate(Rating workResult, Rating behaviour) {
        Objects.requireNonNull(workResult, "workResult");
        Objects.requireNonNull(behaviour, "behaviour");
        return evaluate(PERFORMANCE_PREDICATE_KEY,
                Map.of(WORK_RESULT_RATING, workResult.name(), BEHAVIOUR_RATING, behaviour.name()), PREDIKAT,
                Predikat.class);
    }

    private <E extends Enum<E>> E evaluate(String decisionKey, Map<String, Object> inputs, String output,
            Class<E> type) {
        DmnDecisionTableResult result;
        try {
            result = decisions.evaluateDecisionTableByKey(decisionKey, inputs);
        } catch (ProcessEngineException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DmnHitPolicyException) {
                    throw broken(decisionKey, inputs, "lebih dari satu aturan cocok (" + cause.getMessage() + ")", e);
                }
            }
            throw e;
        }
        if (result.size() != 1) {
            throw broken(decisionKey, inputs, result.size() + " aturan cocok, seharusnya tepat satu", null);
        }
        Object value = result.getSingleResult().getEntry(output);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElseThrow(() -> broken(decisionKey, inputs, "keluaran '" + output + "' bernilai " + value
                        + ", bukan salah satu dari " + Arrays.toString(type.getEnumConstants()), null));
    }

    private static IllegalStateException broken(String decisionKey, Map<String, Object> inputs, String problem,
            Throwable cause) {
        return new IllegalStateException("Tabel keputusan DMN '" + decisionKey + "' rusak untuk masukan " + new TreeMap<>(inputs)
                + ": " + problem + ". Perbaiki tabel di Camunda Modeler lalu deploy ulang.", cause);
    }
}

package org.kinerja.outcome;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.engine.DecisionService;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Component;

/**
 * The outcome of a predikat through Camunda's decision service: always the latest deployed version of
 * {@code processes/appraisal-outcome.dmn}, so an admin's redeployed table wins without a restart. A table that yields
 * no rule, more than one, or an output that is not a known outcome, a whole non-negative percentage or a boolean is
 * broken: a technical failure ({@link IllegalStateException}, an incident in a process), not a business outcome.
 *
 * <p>The table decides {@code sanctionReview} for one cycle only; the review for {@code KURANG} or worse in two
 * consecutive cycles (PP 30/2019 Pasal 56) needs the previous cycle and is decided by the caller.
 *
 * <p>When a user is authenticated in the engine, Camunda checks that user's {@code CREATE_INSTANCE} permission on the
 * decision definition.
 */
@Component
class DmnOutcomeRules {

    static final String DECISION_KEY = "appraisal-outcome";
    static final String PREDIKAT = "predikat";
    static final String OUTCOME = "outcome";
    static final String CREDIT_PERCENT = "creditPercent";
    static final String SANCTION_REVIEW = "sanctionReview";

    private final DecisionService decisions;

    DmnOutcomeRules(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** The outcome of {@code predikat}, from the latest deployed table; fails on a broken table. */
    public OutcomeDecision decide(Predikat predikat) {
        Objects.requireNonNull(predikat, "predikat");
        String input = PREDIKAT + "=" + predikat.name();
        DmnDecisionTableResult result;
        try {
            result = decisions.evaluateDecisionTableByKey(DECISION_KEY)
                    .variables(Map.of(PREDIKAT, predikat.name()))
                    .evaluate();
        } catch (RuntimeException e) {
            // the standalone engine throws DmnHitPolicyException itself, the process engine wraps it
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DmnHitPolicyException) {
                    throw broken(input, "lebih dari satu aturan cocok (" + cause.getMessage() + ")", e);
                }
            }
            throw e;
        }
        if (result == null || result.size() != 1) {
            int size = result == null ? 0 : result.size();
            throw broken(input, size + " aturan cocok, seharusnya tepat satu", null);
        }
        return toDecision(input, result.getSingleResult().getEntryMap());
    }

    /** The outputs of the one matching rule as a decision; fails on a missing or broken output. */
    static OutcomeDecision toDecision(Map<String, Object> outputs) {
        return toDecision(null, outputs);
    }

    private static OutcomeDecision toDecision(String input, Map<String, Object> outputs) {
        if (outputs == null) {
            throw broken(input, "tidak ada aturan yang cocok", null);
        }
        Object outcomeName = outputs.get(OUTCOME);
        Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcomeName)).findFirst()
                .orElseThrow(() -> broken(input, "keluaran '" + OUTCOME + "' bernilai " + outcomeName
                        + ", bukan salah satu dari " + Arrays.toString(Outcome.values()), null));
        int creditPercent = percent(input, outputs.get(CREDIT_PERCENT));
        Object sanctionReview = outputs.get(SANCTION_REVIEW);
        if (!(sanctionReview instanceof Boolean review)) {
            throw broken(input, "keluaran '" + SANCTION_REVIEW + "' bernilai " + sanctionReview
                    + ", seharusnya true atau false", null);
        }
        return new OutcomeDecision(outcome, creditPercent, review);
    }

    private static int percent(String input, Object value) {
        BigDecimal number = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            number = decimal;
        } else if ((value instanceof Double || value instanceof Float) && Double.isFinite(((Number) value).doubleValue())) {
            number = BigDecimal.valueOf(((Number) value).doubleValue());
        }
        if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw broken(input, "keluaran '" + CREDIT_PERCENT + "' bernilai " + value
                    + ", seharusnya bilangan bulat 0 atau lebih (persen angka kredit)", null);
        }
        return number.intValueExact();
    }

    private static IllegalStateException broken(String input, String problem, Throwable cause) {
        return new IllegalStateException("Tabel keputusan DMN '" + DECISION_KEY + "' rusak"
                + (input == null ? "" : " untuk masukan " + input) + ": " + problem
                + ". Perbaiki tabel di Camunda Modeler lalu deploy ulang.", cause);
    }
}

package org.kinerja.outcome;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Component;

/**
 * The outcome of a predikat from the latest deployed {@code processes/appraisal-outcome.dmn} (see {@link DmnTable}). An
 * output that is not a known outcome or a whole non-negative percentage makes the table broken. Whether HR reviews a
 * sanction is the table {@code sanction-review} ({@link DmnSanctionRules}).
 */
@Component
class DmnOutcomeRules {

    static final String DECISION_KEY = "appraisal-outcome";
    static final String PREDIKAT = "predikat";
    static final String OUTCOME = "outcome";
    static final String CREDIT_PERCENT = "creditPercent";

    private final DmnTable table;

    DmnOutcomeRules(DecisionService decisions) {
        this.table = new DmnTable(decisions, DECISION_KEY);
    }

    /** The outcome of {@code predikat}, from the latest deployed table; fails on a broken table. */
    public OutcomeDecision decide(Predikat predikat) {
        Objects.requireNonNull(predikat, "predikat");
        Map<String, Object> inputs = Map.of(PREDIKAT, predikat.name());
        return toDecision(DmnTable.describe(inputs), table.evaluate(inputs));
    }

    /** The outputs of the one matching rule as a decision; fails on a missing or broken output. */
    static OutcomeDecision toDecision(Map<String, Object> outputs) {
        return toDecision(null, outputs);
    }

    private static OutcomeDecision toDecision(String input, Map<String, Object> outputs) {
        if (outputs == null) {
            throw broken(input, "tidak ada aturan yang cocok");
        }
        Object outcomeName = outputs.get(OUTCOME);
        Outcome outcome = Arrays.stream(Outcome.values()).filter(o -> o.name().equals(outcomeName)).findFirst()
                .orElseThrow(() -> broken(input, "keluaran '" + OUTCOME + "' bernilai " + outcomeName
                        + ", bukan salah satu dari " + Arrays.toString(Outcome.values())));
        return new OutcomeDecision(outcome, percent(input, outputs.get(CREDIT_PERCENT)));
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
                    + ", seharusnya bilangan bulat 0 atau lebih (persen angka kredit)");
        }
        return number.intValueExact();
    }

    private static IllegalStateException broken(String input, String problem) {
        return DmnTable.broken(DECISION_KEY, input, problem, null);
    }
}

package org.kinerja.outcome;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.DecisionService;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Component;

/**
 * Whether HR reviews a sanction (PP 30/2019 Pasal 56), from the latest deployed {@code processes/sanction-review.dmn}
 * (see {@link DmnTable}): the inputs are this cycle's predikat and the previous cycle's ({@value #NO_PREVIOUS} when the
 * employee had no outcome the year before); the outputs are yes/no and, for yes, the trigger in Bahasa Indonesia that
 * HR reads. A missing yes/no, or a yes without a trigger or with one over {@value #MAX_TRIGGER} characters, makes the
 * table broken.
 */
@Component
class DmnSanctionRules {

    static final String DECISION_KEY = "sanction-review";
    static final String PREDIKAT = "predikat";
    static final String PREVIOUS_PREDIKAT = "previousPredikat";
    static final String NO_PREVIOUS = "NONE";
    static final String SANCTION_REVIEW = "sanctionReview";
    static final String TRIGGER = "trigger";
    /** The trigger is stored with both cycles' predikat in 400 characters. */
    static final int MAX_TRIGGER = 300;

    /** Whether HR reviews a sanction, and why (null when not). */
    record Verdict(boolean review, String trigger) {
    }

    private final DmnTable table;

    DmnSanctionRules(DecisionService decisions) {
        this.table = new DmnTable(decisions, DECISION_KEY);
    }

    /** The verdict on {@code predikat} after {@code previous} (null: no outcome the year before); fails on a broken table. */
    Verdict decide(Predikat predikat, Predikat previous) {
        Objects.requireNonNull(predikat, "predikat");
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(PREDIKAT, predikat.name());
        inputs.put(PREVIOUS_PREDIKAT, previous == null ? NO_PREVIOUS : previous.name());
        return toVerdict(DmnTable.describe(inputs), table.evaluate(inputs));
    }

    /** The outputs of the one matching rule as a verdict; fails on a missing or broken output. */
    static Verdict toVerdict(Map<String, Object> outputs) {
        return toVerdict(null, outputs);
    }

    private static Verdict toVerdict(String input, Map<String, Object> outputs) {
        if (outputs == null) {
            throw broken(input, "tidak ada aturan yang cocok");
        }
        if (!(outputs.get(SANCTION_REVIEW) instanceof Boolean review)) {
            throw broken(input, "keluaran '" + SANCTION_REVIEW + "' bernilai " + outputs.get(SANCTION_REVIEW)
                    + ", seharusnya true atau false");
        }
        if (!review) {
            return new Verdict(false, null);
        }
        Object trigger = outputs.get(TRIGGER);
        if (!(trigger instanceof String text) || text.isBlank() || text.strip().length() > MAX_TRIGGER) {
            throw broken(input, "keluaran '" + TRIGGER + "' bernilai " + trigger + ", seharusnya teks alasan peninjauan sanksi (1 sampai "
                    + MAX_TRIGGER + " karakter) karena '" + SANCTION_REVIEW + "' bernilai true");
        }
        return new Verdict(true, text.strip());
    }

    private static IllegalStateException broken(String input, String problem) {
        return DmnTable.broken(DECISION_KEY, input, problem, null);
    }
}

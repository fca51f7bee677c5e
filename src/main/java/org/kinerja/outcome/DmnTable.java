package org.kinerja.outcome;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.impl.hitpolicy.DmnHitPolicyException;
import org.camunda.bpm.engine.DecisionService;

/**
 * One evaluation of an admin-editable decision table through Camunda's decision service: always the latest deployed
 * version, so an admin's redeployed table wins without a restart. Exactly one rule must answer; a table that yields
 * none, several, or an output the caller cannot read is broken: a technical failure ({@link IllegalStateException}, an
 * incident in a process), not a business outcome.
 *
 * <p>When a user is authenticated in the engine, Camunda checks that user's {@code CREATE_INSTANCE} permission on the
 * decision definition.
 */
record DmnTable(DecisionService decisions, String key) {

    /** The outputs of the one rule that answers {@code inputs} (in the order given, for the messages). */
    Map<String, Object> evaluate(Map<String, Object> inputs) {
        String input = describe(inputs);
        DmnDecisionTableResult result;
        try {
            result = decisions.evaluateDecisionTableByKey(key).variables(inputs).evaluate();
        } catch (RuntimeException e) {
            // the standalone engine throws DmnHitPolicyException itself, the process engine wraps it
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof DmnHitPolicyException) {
                    throw broken(key, input, "lebih dari satu aturan cocok (" + cause.getMessage() + ")", e);
                }
            }
            throw e;
        }
        if (result == null || result.size() != 1) {
            int size = result == null ? 0 : result.size();
            throw broken(key, input, size + " aturan cocok, seharusnya tepat satu", null);
        }
        return result.getSingleResult().getEntryMap();
    }

    static String describe(Map<String, Object> inputs) {
        return inputs.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The table {@code key} is broken for {@code input} (null: not known here). */
    static IllegalStateException broken(String key, String input, String problem, Throwable cause) {
        return new IllegalStateException("Tabel keputusan DMN '" + key + "' rusak"
                + (input == null ? "" : " untuk masukan " + input) + ": " + problem
                + ". Perbaiki tabel di Camunda Modeler lalu deploy ulang.", cause);
    }
}

package org.kinerja.calibration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.kinerja.scoring.Predikat;
import org.springframework.stereotype.Component;

/**
 * {@link DistributionPattern} through Camunda's decision service: always the latest deployed version of
 * {@code distribution-pattern}, so an admin's redeployed table wins without a restart. An output that is not a known
 * predikat, kind or valid value, or a rating without any rule, is a broken admin edit: a technical failure
 * ({@link IllegalStateException}), not a business outcome. To allow any distribution for a rating, write
 * {@code SANGAT_BAIK ≤ 100%}.
 *
 * <p>When a user is authenticated in the engine, Camunda checks that user's {@code CREATE_INSTANCE} permission on the
 * decision definition.
 */
@Component
class DmnDistributionPattern implements DistributionPattern {

    static final String DECISION_KEY = "distribution-pattern";
    static final String ORGANISATION_RATING = "organisationRating";
    static final String PREDIKATS = "predikats";
    static final String KIND = "kind";
    static final String VALUE = "value";

    private final DecisionService decisions;

    DmnDistributionPattern(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public List<DistributionBound> boundsFor(OrganisationRating rating) {
        Objects.requireNonNull(rating, "rating");
        DmnDecisionTableResult result = decisions.evaluateDecisionTableByKey(DECISION_KEY,
                Map.of(ORGANISATION_RATING, rating.name()));
        return toBounds(rating, result.getResultList());
    }

    /** The rules that matched for {@code rating}, one output map each, as bounds; fails on a broken table. */
    static List<DistributionBound> toBounds(OrganisationRating rating, List<Map<String, Object>> rules) {
        if (rules.isEmpty()) {
            throw broken(rating, "tidak ada aturan untuk predikat organisasi ini");
        }
        List<DistributionBound> bounds = new ArrayList<>(rules.size());
        for (Map<String, Object> rule : rules) {
            bounds.add(toBound(rating, rule));
        }
        return List.copyOf(bounds);
    }

    private static DistributionBound toBound(OrganisationRating rating, Map<String, Object> rule) {
        Set<Predikat> predikats = EnumSet.noneOf(Predikat.class);
        Object names = rule.get(PREDIKATS);
        if (!(names instanceof String text) || text.isBlank()) {
            throw broken(rating, "keluaran '" + PREDIKATS + "' bernilai " + names + ", seharusnya nama predikat dipisah koma");
        }
        for (String name : text.split(",")) {
            String trimmed = name.trim();
            predikats.add(Arrays.stream(Predikat.values()).filter(p -> p.name().equals(trimmed)).findFirst()
                    .orElseThrow(() -> broken(rating, "keluaran '" + PREDIKATS + "' memuat '" + trimmed
                            + "', bukan salah satu dari " + Arrays.toString(Predikat.values()))));
        }
        Object kindName = rule.get(KIND);
        DistributionBound.Kind kind = Arrays.stream(DistributionBound.Kind.values())
                .filter(k -> k.name().equals(kindName)).findFirst()
                .orElseThrow(() -> broken(rating, "keluaran '" + KIND + "' bernilai " + kindName + ", bukan salah satu dari "
                        + Arrays.toString(DistributionBound.Kind.values())));
        BigDecimal value = number(rating, rule.get(VALUE));
        try {
            return new DistributionBound(predikats, kind, value);
        } catch (IllegalArgumentException e) {
            throw broken(rating, "keluaran '" + VALUE + "' tidak sah untuk " + kind + ": " + e.getMessage());
        }
    }

    private static BigDecimal number(OrganisationRating rating, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isFinite(d)) {
                return BigDecimal.valueOf(d);
            }
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        throw broken(rating, "keluaran '" + VALUE + "' bernilai " + value + ", seharusnya angka");
    }

    private static IllegalStateException broken(OrganisationRating rating, String problem) {
        return new IllegalStateException("Tabel keputusan DMN '" + DECISION_KEY + "' rusak untuk masukan "
                + ORGANISATION_RATING + "=" + rating + ": " + problem
                + ". Perbaiki tabel di Camunda Modeler lalu deploy ulang.");
    }
}

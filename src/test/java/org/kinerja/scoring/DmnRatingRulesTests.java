package org.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link RatingRules} on the application's engine, with the tables deployed from {@code processes/} at start. */
@KinerjaTest
class DmnRatingRulesTests {

    @Autowired
    RatingRules rules;
    @Autowired
    RepositoryService repository;

    Deployment adminChange;

    @AfterEach
    void undoTheAdminChange() {
        if (adminChange != null) {
            repository.deleteDeployment(adminChange.getId(), true);
        }
    }

    @Test
    void shouldRateThroughTheDeployedTables() {
        assertThat(rules.workResultRating(new BigDecimal("110.00"))).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(rules.workResultRating(new BigDecimal("109.99"))).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(rules.workResultRating(new BigDecimal("89.99"))).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
        assertThat(rules.behaviourRating(new BigDecimal("4.25"))).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
        assertThat(rules.behaviourRating(new BigDecimal("3.00"))).isEqualTo(Rating.SESUAI_EKSPEKTASI);
        assertThat(rules.behaviourRating(new BigDecimal("2.99"))).isEqualTo(Rating.DI_BAWAH_EKSPEKTASI);
        assertThat(rules.predicate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI)).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(rules.predicate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_BAWAH_EKSPEKTASI)).isEqualTo(Predikat.KURANG);
        assertThat(rules.predicate(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI))
                .isEqualTo(Predikat.BUTUH_PERBAIKAN);
    }

    @Test
    void shouldDeployTheThreeTablesAtStart() {
        for (String key : List.of(RatingDecisions.WORK_RESULT_RATING_KEY, RatingDecisions.BEHAVIOUR_RATING_KEY,
                RatingDecisions.PERFORMANCE_PREDICATE_KEY)) {
            DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                    .latestVersion().singleResult();
            assertThat(definition).as(key).isNotNull();
            assertThat(definition.getHistoryTimeToLive()).as(key).isEqualTo(730);
        }
    }

    @Test
    void shouldRateTheScoresComputedInJava() {
        // 17 × 13/24 + 83 × 73/75 = 89.995 exactly -> 90.00 -> as expected (see WorkResultScoringTests)
        BigDecimal score = WorkResultScoring.score(List.of(
                new IndicatorOutcome(new BigDecimal("24"), new BigDecimal("13"), Direction.HIGHER_IS_BETTER,
                        new BigDecimal("17")),
                new IndicatorOutcome(new BigDecimal("75"), new BigDecimal("73"), Direction.HIGHER_IS_BETTER,
                        new BigDecimal("83"))));

        assertThat(rules.workResultRating(score)).isEqualTo(Rating.SESUAI_EKSPEKTASI);
    }

    @Test
    void shouldUseTheTableAnAdminRedeployed() {
        assertThat(rules.workResultRating(new BigDecimal("105.00"))).isEqualTo(Rating.SESUAI_EKSPEKTASI);

        adminChange = redeploy("work-result-rating", xml -> xml
                .replace("&gt;= 110", "&gt;= 100").replace("[90..110[", "[90..100["));

        assertThat(rules.workResultRating(new BigDecimal("105.00"))).isEqualTo(Rating.DI_ATAS_EKSPEKTASI);
    }

    @Test
    void shouldFailTechnicallyWhenNoRuleMatches() {
        adminChange = redeploy("work-result-rating", xml -> xml.replace("&lt; 90", "&lt; 50"));

        assertThatIllegalStateException().isThrownBy(() -> rules.workResultRating(new BigDecimal("75.50")))
                .withMessageContaining("'work-result-rating'")
                .withMessageContaining("workResultScore=75.50")
                .withMessageContaining("0 aturan cocok");
    }

    @Test
    void shouldFailTechnicallyWhenRulesOverlap() {
        adminChange = redeploy("behaviour-rating", xml -> xml.replace("[3.00..4.25[", "[3.00..4.50]"));

        assertThatIllegalStateException().isThrownBy(() -> rules.behaviourRating(new BigDecimal("4.30")))
                .withMessageContaining("'behaviour-rating'")
                .withMessageContaining("behaviourScore=4.30")
                .withMessageContaining("lebih dari satu aturan cocok");
    }

    @Test
    void shouldFailTechnicallyWhenSeveralResultsComeBack() {
        adminChange = redeploy("behaviour-rating", xml -> xml.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\"")
                .replace("[3.00..4.25[", "[3.00..4.50]"));

        assertThatIllegalStateException().isThrownBy(() -> rules.behaviourRating(new BigDecimal("4.30")))
                .withMessageContaining("'behaviour-rating'")
                .withMessageContaining("2 aturan cocok");
    }

    @Test
    void shouldFailTechnicallyOnAnUnknownOutput() {
        adminChange = redeploy("performance-predicate", xml -> xml.replace("\"SANGAT_BAIK\"</text>", "\"ISTIMEWA\"</text>"));

        assertThatIllegalStateException()
                .isThrownBy(() -> rules.predicate(Rating.DI_ATAS_EKSPEKTASI, Rating.DI_ATAS_EKSPEKTASI))
                .withMessageContaining("'performance-predicate'")
                .withMessageContaining("workResultRating=DI_ATAS_EKSPEKTASI")
                .withMessageContaining("ISTIMEWA");
    }

    private Deployment redeploy(String key, UnaryOperator<String> change) {
        String resource = "processes/" + key + ".dmn";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            String original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String changed = change.apply(original);
            assertThat(changed).isNotEqualTo(original);
            return repository.createDeployment().name("uji: perubahan admin").addString(key + ".dmn", changed).deploy();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

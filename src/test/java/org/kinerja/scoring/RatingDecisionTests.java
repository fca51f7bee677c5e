package org.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The three rating tables under {@code processes/}, on the standalone DMN engine. */
class RatingDecisionTests {

    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "120.00, DI_ATAS_EKSPEKTASI",
            "110.00, DI_ATAS_EKSPEKTASI",
            "110,    DI_ATAS_EKSPEKTASI",
            "109.99, SESUAI_EKSPEKTASI",
            "100.00, SESUAI_EKSPEKTASI",
            "90.00,  SESUAI_EKSPEKTASI",
            "90,     SESUAI_EKSPEKTASI",
            "89.99,  DI_BAWAH_EKSPEKTASI",
            "0.00,   DI_BAWAH_EKSPEKTASI"})
    void shouldRateTheWorkResultScore(BigDecimal score, Rating expected) {
        assertThat(evaluate("work-result-rating", Map.of("workResultScore", score), "rating"))
                .isEqualTo(expected.name());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "5.00, DI_ATAS_EKSPEKTASI",
            "4.25, DI_ATAS_EKSPEKTASI",
            "4.24, SESUAI_EKSPEKTASI",
            "3.00, SESUAI_EKSPEKTASI",
            "3,    SESUAI_EKSPEKTASI",
            "2.99, DI_BAWAH_EKSPEKTASI",
            "1.00, DI_BAWAH_EKSPEKTASI"})
    void shouldRateTheBehaviourScore(BigDecimal score, Rating expected) {
        assertThat(evaluate("behaviour-rating", Map.of("behaviourScore", score), "rating"))
                .isEqualTo(expected.name());
    }

    @ParameterizedTest(name = "hasil kerja {0}, perilaku {1} -> {2}")
    @CsvSource({
            "DI_ATAS_EKSPEKTASI,  DI_BAWAH_EKSPEKTASI, KURANG",
            "DI_ATAS_EKSPEKTASI,  SESUAI_EKSPEKTASI,   BAIK",
            "DI_ATAS_EKSPEKTASI,  DI_ATAS_EKSPEKTASI,  SANGAT_BAIK",
            "SESUAI_EKSPEKTASI,   DI_BAWAH_EKSPEKTASI, KURANG",
            "SESUAI_EKSPEKTASI,   SESUAI_EKSPEKTASI,   BAIK",
            "SESUAI_EKSPEKTASI,   DI_ATAS_EKSPEKTASI,  BAIK",
            "DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI, SANGAT_KURANG",
            "DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI,   BUTUH_PERBAIKAN",
            "DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI,  BUTUH_PERBAIKAN"})
    void shouldApplyThePredicateMatrixOfPermenPanRb6Of2022(Rating workResult, Rating behaviour, Predikat expected) {
        assertThat(evaluate("performance-predicate",
                Map.of("workResultRating", workResult.name(), "behaviourRating", behaviour.name()), "predikat"))
                .isEqualTo(expected.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"work-result-rating", "behaviour-rating", "performance-predicate"})
    void shouldBeReadyForCamundaModeler(String key) {
        DmnModelInstance model;
        try (InputStream in = resource(key)) {
            model = Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dmn.validateModel(model);
        assertThat(model.getDefinitions().getAttributeValue("exporter")).isEqualTo("Camunda Modeler");
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatformVersion")).isEqualTo("7.24.0");

        Decision decision = model.getModelElementById(key);
        assertThat(decision.getName()).isNotBlank();
        assertThat(decision.getDescription().getTextContent()).isNotBlank();
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        Collection<Rule> rules = table.getRules();
        assertThat(rules).isNotEmpty().allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
        assertThat(table.getInputs()).allSatisfy(input -> assertThat(input.getInputExpression().getTypeRef())
                .isIn("double", "string"));
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(
                "https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDI")).hasSize(1);
    }

    private static String evaluate(String key, Map<String, Object> variables, String output) {
        DmnDecision decision;
        try (InputStream in = resource(key)) {
            decision = ENGINE.parseDecision(key, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(decision, variables);
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntry(output);
    }

    private static InputStream resource(String key) {
        InputStream in = RatingDecisionTests.class.getClassLoader().getResourceAsStream("processes/" + key + ".dmn");
        assertThat(in).as("processes/%s.dmn on the classpath", key).isNotNull();
        return in;
    }
}

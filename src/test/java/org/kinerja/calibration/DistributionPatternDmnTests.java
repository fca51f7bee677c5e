package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code processes/distribution-pattern.dmn} on the standalone DMN engine, and its mapping to bounds. */
class DistributionPatternDmnTests {

    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final DmnDecision DECISION = parse();
    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";

    @ParameterizedTest(name = "{0}")
    @EnumSource(OrganisationRating.class)
    void shouldGiveTheBoundsOfTheDomainTable(OrganisationRating rating) {
        List<DistributionBound> bounds = DmnDistributionPattern.toBounds(rating, evaluate(rating).getResultList());

        assertThat(bounds).containsExactlyElementsOf(DistributionProposerTests.domainTable(rating));
    }

    @Test
    void shouldWriteTheDomainTableForPeople() {
        assertThat(describe(OrganisationRating.ISTIMEWA)).containsExactly("paling banyak 70% pegawai berpredikat Sangat Baik");
        assertThat(describe(OrganisationRating.BAIK)).containsExactly("paling banyak 70% pegawai berpredikat Baik", "paling sedikit 1 pegawai berpredikat Butuh Perbaikan atau Kurang/Misconduct");
        assertThat(describe(OrganisationRating.BUTUH_PERBAIKAN))
                .containsExactly("paling sedikit 60% pegawai berpredikat Butuh Perbaikan", "paling banyak 10% pegawai berpredikat Sangat Baik");
        assertThat(describe(OrganisationRating.KURANG))
                .containsExactly("paling sedikit 60% pegawai berpredikat Kurang/Misconduct", "paling sedikit 10% pegawai berpredikat Butuh Perbaikan", "paling banyak 10% pegawai berpredikat Sangat Baik");
        assertThat(describe(OrganisationRating.SANGAT_KURANG))
                .containsExactly("paling sedikit 60% pegawai berpredikat Sangat Kurang", "paling sedikit 10% pegawai berpredikat Butuh Perbaikan atau Kurang/Misconduct", "tidak ada pegawai berpredikat Sangat Baik");
    }

    @Test
    void shouldEvaluateTheDeployedTableThroughTheDecisionService() {
        DecisionService decisions = mock(DecisionService.class);
        when(decisions.evaluateDecisionTableByKey(eq("distribution-pattern"), anyMap())).thenAnswer(call -> {
            Map<String, Object> variables = call.getArgument(1);
            return ENGINE.evaluateDecisionTable(DECISION, variables);
        });

        DistributionPattern pattern = new DmnDistributionPattern(decisions);

        for (OrganisationRating rating : OrganisationRating.values()) {
            assertThat(pattern.boundsFor(rating)).as(rating.name())
                    .containsExactlyElementsOf(DistributionProposerTests.domainTable(rating));
        }
    }

    @Test
    void shouldBeReadyForCamundaModeler() {
        DmnModelInstance model;
        try (InputStream in = resource()) {
            model = Dmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dmn.validateModel(model);
        assertThat(model.getDefinitions().getAttributeValue("exporter")).isEqualTo("Camunda Modeler");
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatformVersion")).isEqualTo("7.24.0");

        Decision decision = model.getModelElementById("distribution-pattern");
        assertThat(decision.getName()).isEqualTo("Pola distribusi predikat");
        assertThat(decision.getDescription().getTextContent()).contains("PermenPANRB 6/2022");
        assertThat(decision.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
                .isEqualTo("P730D");
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(table.getAggregation()).isNull();
        assertThat(table.getOutputs()).extracting(o -> o.getName()).containsExactly("predikats", "kind", "value");
        Collection<Rule> rules = table.getRules();
        assertThat(rules).hasSize(11).allSatisfy(rule -> {
            assertThat(rule.getDescription().getTextContent()).isNotBlank();
            assertThat(rule.getDomElement().getChildElementsByNameNs(DMN, "annotationEntry"))
                    .singleElement().extracting(entry -> entry.getTextContent())
                    .asString().contains("PermenPANRB 6/2022").contains("MenPANRB");
        });
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(
                "https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDI")).hasSize(1);
    }

    @Test
    void shouldFailOnAnUnknownPredikat() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.BAIK,
                        List.of(output("BAIK, ISTIMEWA", "AT_MOST_PERCENT", 70.0))))
                .withMessageContaining("'distribution-pattern'")
                .withMessageContaining("organisationRating=BAIK")
                .withMessageContaining("'ISTIMEWA'")
                .withMessageContaining("Camunda Modeler");
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.BAIK,
                        List.of(output(" ", "AT_MOST_PERCENT", 70.0))))
                .withMessageContaining("'predikats'");
    }

    @Test
    void shouldFailOnAnUnknownKind() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.KURANG,
                        List.of(output("KURANG", "MINIMAL", 60.0))))
                .withMessageContaining("organisationRating=KURANG")
                .withMessageContaining("'kind' bernilai MINIMAL");
    }

    @Test
    void shouldFailOnAnInvalidValue() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.BAIK,
                        List.of(output("KURANG", "AT_LEAST_EMPLOYEES", 1.5))))
                .withMessageContaining("'value'").withMessageContaining("bilangan bulat");
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.BAIK,
                        List.of(output("BAIK", "AT_MOST_PERCENT", 170.0))))
                .withMessageContaining("lebih dari 100");
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.BAIK,
                        List.of(output("BAIK", "AT_MOST_PERCENT", null))))
                .withMessageContaining("seharusnya angka");
    }

    @Test
    void shouldFailWhenNoRuleMatches() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnDistributionPattern.toBounds(OrganisationRating.ISTIMEWA, List.of()))
                .withMessageContaining("organisationRating=ISTIMEWA")
                .withMessageContaining("tidak ada aturan");
    }

    @Test
    void shouldAcceptWholeAndDecimalNumbers() {
        assertThat(DmnDistributionPattern.toBounds(OrganisationRating.BAIK, List.of(
                output("BAIK", "AT_MOST_PERCENT", 70L), output("BAIK", "AT_MOST_PERCENT", 12.5))))
                .extracting(DistributionBound::describe).containsExactly("paling banyak 70% pegawai berpredikat Baik", "paling banyak 12,5% pegawai berpredikat Baik");
    }

    private static List<String> describe(OrganisationRating rating) {
        return DmnDistributionPattern.toBounds(rating, evaluate(rating).getResultList()).stream()
                .map(DistributionBound::describe).toList();
    }

    private static Map<String, Object> output(String predikats, String kind, Object value) {
        Map<String, Object> output = new HashMap<>();
        output.put("predikats", predikats);
        output.put("kind", kind);
        output.put("value", value);
        return output;
    }

    private static DmnDecisionTableResult evaluate(OrganisationRating rating) {
        return ENGINE.evaluateDecisionTable(DECISION, Map.of("organisationRating", rating.name()));
    }

    private static DmnDecision parse() {
        try (InputStream in = resource()) {
            return ENGINE.parseDecision("distribution-pattern", in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource() {
        InputStream in = DistributionPatternDmnTests.class.getClassLoader()
                .getResourceAsStream("processes/distribution-pattern.dmn");
        assertThat(in).as("processes/distribution-pattern.dmn on the classpath").isNotNull();
        return in;
    }
}

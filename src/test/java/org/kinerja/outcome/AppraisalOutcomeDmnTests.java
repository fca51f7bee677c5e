package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.dmn.DecisionEvaluationBuilder;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kinerja.scoring.Predikat;

/** {@code processes/appraisal-outcome.dmn} on the standalone DMN engine, and its mapping to decisions. */
class AppraisalOutcomeDmnTests {

    static final String RESOURCE = "processes/appraisal-outcome.dmn";
    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final String XML = read();
    static final DmnDecision DECISION = parse(XML);

    /** The domain table (DOMAIN.md, "Outcomes"). */
    static OutcomeDecision domainTable(Predikat predikat) {
        return switch (predikat) {
            case SANGAT_BAIK -> new OutcomeDecision(Outcome.REWARD, 150);
            case BAIK -> new OutcomeDecision(Outcome.ACKNOWLEDGE, 100);
            case BUTUH_PERBAIKAN -> new OutcomeDecision(Outcome.COACHING, 75);
            case KURANG -> new OutcomeDecision(Outcome.COACHING, 50);
            case SANGAT_KURANG -> new OutcomeDecision(Outcome.COACHING, 25);
        };
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Predikat.class)
    void shouldGiveTheOutcomeOfTheDomainTable(Predikat predikat) {
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, Map.of("predikat", predikat.name()));

        assertThat(result).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnlyKeys("outcome", "creditPercent");
        assertThat(DmnOutcomeRules.toDecision(result.getSingleResult().getEntryMap())).isEqualTo(domainTable(predikat));
    }

    @Test
    void shouldEvaluateTheDeployedTableThroughTheDecisionService() {
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(DECISION));

        for (Predikat predikat : Predikat.values()) {
            assertThat(rules.decide(predikat)).as(predikat.name()).isEqualTo(domainTable(predikat));
        }
    }

    @Test
    void shouldRewardOnlySangatBaikAndLeaveTheSanctionReviewToItsOwnTable() {
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(DECISION));

        assertThat(List.of(Predikat.values())).filteredOn(p -> rules.decide(p).outcome() == Outcome.REWARD)
                .containsExactly(Predikat.SANGAT_BAIK);
        assertThat(XML).doesNotContain("sanctionReview").contains("sanction-review");
    }

    @Test
    void shouldBeReadyForCamundaModeler() {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
        Dmn.validateModel(model);
        assertThat(model.getDefinitions().getAttributeValue("exporter")).isEqualTo("Camunda Modeler");
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatformVersion")).isEqualTo("7.24.0");

        Decision decision = model.getModelElementById("appraisal-outcome");
        assertThat(decision.getName()).isEqualTo("Konsekuensi hasil penilaian");
        assertThat(decision.getDescription().getTextContent()).contains("Perban BKN 3/2023").contains("PP 30/2019");
        assertThat(decision.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive"))
                .isEqualTo("P730D");
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).singleElement()
                .satisfies(input -> assertThat(input.getInputExpression().getTypeRef()).isEqualTo("string"))
                .satisfies(input -> assertThat(input.getInputExpression().getText().getTextContent())
                        .isEqualTo("predikat"));
        assertThat(table.getOutputs()).extracting(Output::getName)
                .containsExactly("outcome", "creditPercent");
        assertThat(table.getOutputs()).extracting(Output::getTypeRef).containsExactly("string", "integer");
        assertThat(table.getRules()).hasSize(5).allSatisfy(rule -> {
            assertThat(rule.getDescription().getTextContent()).contains("Perban BKN 3/2023");
            assertThat(annotation(rule)).contains("Perban BKN 3/2023");
        });
        Rule sangatKurang = model.getModelElementById("outcome-sangat-kurang");
        assertThat(sangatKurang.getDescription().getTextContent()).contains("PP 30/2019");
        assertThat(annotation(sangatKurang)).contains("PP 30/2019");
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(
                "https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDI")).hasSize(1);
    }

    @Test
    void shouldLabelTheOutcomesInIndonesian() {
        assertThat(Outcome.REWARD.label()).isEqualTo("Penghargaan");
        assertThat(Outcome.ACKNOWLEDGE.label()).isEqualTo("Pengakuan");
        assertThat(Outcome.COACHING.label()).isEqualTo("Pembinaan");
    }

    @Test
    void shouldFailOnAnUnknownOutcome() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnOutcomeRules.toDecision(output("INSENTIF", 150)))
                .withMessageContaining("'appraisal-outcome'")
                .withMessageContaining("'outcome' bernilai INSENTIF")
                .withMessageContaining("REWARD")
                .withMessageContaining("Camunda Modeler");
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnOutcomeRules.toDecision(output(null, 150)))
                .withMessageContaining("'outcome' bernilai null");
    }

    @Test
    void shouldFailOnAnInvalidCreditPercent() {
        for (Object bad : new Object[] {null, "150", 12.5, -25, Double.NaN}) {
            assertThatIllegalStateException().as(String.valueOf(bad))
                    .isThrownBy(() -> DmnOutcomeRules.toDecision(output("COACHING", bad)))
                    .withMessageContaining("'creditPercent' bernilai " + bad)
                    .withMessageContaining("bilangan bulat");
        }
    }

    @Test
    void shouldAcceptWholeNumbersOfAnyType() {
        assertThat(DmnOutcomeRules.toDecision(output("COACHING", 75L)).creditPercent()).isEqualTo(75);
        assertThat(DmnOutcomeRules.toDecision(output("COACHING", 75.0)).creditPercent()).isEqualTo(75);
        assertThat(DmnOutcomeRules.toDecision(output("COACHING", new java.math.BigDecimal("75.00")))
                .creditPercent()).isEqualTo(75);
    }

    @Test
    void shouldFailWithoutAResult() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DmnOutcomeRules.toDecision(null))
                .withMessageContaining("'appraisal-outcome'")
                .withMessageContaining("tidak ada aturan");
    }

    @Test
    void shouldFailTechnicallyWhenNoRuleMatches() {
        DmnDecision broken = parse(change(xml -> xml.replace("<text>\"SANGAT_KURANG\"</text>\n        </inputEntry>",
                "<text>\"SANGAT_BURUK\"</text>\n        </inputEntry>")));
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.SANGAT_KURANG))
                .withMessageContaining("'appraisal-outcome'")
                .withMessageContaining("predikat=SANGAT_KURANG")
                .withMessageContaining("0 aturan cocok");
        assertThat(rules.decide(Predikat.KURANG)).isEqualTo(domainTable(Predikat.KURANG));
    }

    @Test
    void shouldFailTechnicallyWhenRulesOverlap() {
        DmnDecision broken = parse(change(xml -> xml.replace("<text>\"KURANG\"</text>\n        </inputEntry>",
                "<text>\"KURANG\",\"SANGAT_KURANG\"</text>\n        </inputEntry>")));
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.SANGAT_KURANG))
                .withMessageContaining("predikat=SANGAT_KURANG")
                .withMessageContaining("lebih dari satu aturan cocok");
    }

    @Test
    void shouldFailTechnicallyWhenSeveralResultsComeBack() {
        DmnDecision broken = parse(change(xml -> xml.replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"COLLECT\"")
                .replace("<text>\"KURANG\"</text>\n        </inputEntry>",
                        "<text>\"KURANG\",\"SANGAT_KURANG\"</text>\n        </inputEntry>")));
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.SANGAT_KURANG))
                .withMessageContaining("2 aturan cocok");
    }

    @Test
    void shouldFailTechnicallyOnABrokenOutputWithTheInput() {
        DmnDecision broken = parse(change(xml -> xml.replace("<text>\"ACKNOWLEDGE\"</text>\n        </outputEntry>",
                "<text>\"PUJIAN\"</text>\n        </outputEntry>")));
        DmnOutcomeRules rules = new DmnOutcomeRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.BAIK))
                .withMessageContaining("predikat=BAIK")
                .withMessageContaining("'outcome' bernilai PUJIAN");
    }

    /** A decision service whose {@code appraisal-outcome} is {@code decision} on the standalone engine. */
    private static DecisionService decisionServiceOn(DmnDecision decision) {
        DecisionService decisions = mock(DecisionService.class);
        DecisionEvaluationBuilder builder = mock(DecisionEvaluationBuilder.class);
        AtomicReference<Map<String, Object>> variables = new AtomicReference<>(Map.of());
        when(decisions.evaluateDecisionTableByKey("appraisal-outcome")).thenReturn(builder);
        when(builder.variables(anyMap())).thenAnswer(call -> {
            variables.set(call.getArgument(0));
            return builder;
        });
        when(builder.evaluate()).thenAnswer(call -> ENGINE.evaluateDecisionTable(decision, variables.get()));
        return decisions;
    }

    private static String annotation(Rule rule) {
        return rule.getDomElement().getChildElementsByNameNs(DMN, "annotationEntry").get(0).getTextContent();
    }

    private static Map<String, Object> output(String outcome, Object creditPercent) {
        Map<String, Object> output = new HashMap<>();
        output.put("outcome", outcome);
        output.put("creditPercent", creditPercent);
        return output;
    }

    private static String change(UnaryOperator<String> edit) {
        String changed = edit.apply(XML);
        assertThat(changed).isNotEqualTo(XML);
        return changed;
    }

    private static DmnDecision parse(String xml) {
        return ENGINE.parseDecision("appraisal-outcome", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read() {
        try (InputStream in = AppraisalOutcomeDmnTests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

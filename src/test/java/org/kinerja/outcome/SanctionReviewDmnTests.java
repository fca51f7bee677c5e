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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
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
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinerja.scoring.Predikat;

/**
 * {@code processes/sanction-review.dmn} on the standalone DMN engine: each row, every pair of predikat, the table as
 * Camunda Modeler and an admin see it, and broken tables as technical failures.
 */
class SanctionReviewDmnTests {

    static final String RESOURCE = "processes/sanction-review.dmn";
    static final String DMN = "https://www.omg.org/spec/DMN/20191111/MODEL/";
    static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    static final String XML = read();
    static final DmnDecision DECISION = parse(XML);
    static final Set<Predikat> POOR = EnumSet.of(Predikat.KURANG, Predikat.SANGAT_KURANG);
    static final String SANGAT_KURANG = "Predikat Sangat Kurang";
    static final String TWO_CYCLES = "Predikat Kurang atau lebih rendah dalam dua siklus berturut-turut";

    /** The product default (DOMAIN.md, "Outcomes"): SANGAT_KURANG, or KURANG or worse in two consecutive cycles. */
    static DmnSanctionRules.Verdict domainRule(Predikat predikat, Predikat previous) {
        if (predikat == Predikat.SANGAT_KURANG) {
            return new DmnSanctionRules.Verdict(true, SANGAT_KURANG);
        }
        if (POOR.contains(predikat) && POOR.contains(previous)) {
            return new DmnSanctionRules.Verdict(true, TWO_CYCLES);
        }
        return new DmnSanctionRules.Verdict(false, null);
    }

    /** Every predikat after every predikat, and after none (null). */
    static Stream<Arguments> everyPair() {
        List<Arguments> pairs = new ArrayList<>();
        for (Predikat predikat : Predikat.values()) {
            pairs.add(Arguments.of(predikat, null));
            for (Predikat previous : Predikat.values()) {
                pairs.add(Arguments.of(predikat, previous));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} after {1}")
    @MethodSource("everyPair")
    void shouldFollowTheProductDefaultForEveryPairOfPredikat(Predikat predikat, Predikat previous) {
        DmnSanctionRules rules = new DmnSanctionRules(decisionServiceOn(DECISION));

        assertThat(rules.decide(predikat, previous)).isEqualTo(domainRule(predikat, previous));
    }

    @Test
    void shouldReviewEverySangatKurangWhateverCameBefore() {
        for (String previous : List.of("NONE", "SANGAT_BAIK", "BAIK", "BUTUH_PERBAIKAN", "KURANG", "SANGAT_KURANG")) {
            assertThat(evaluate("SANGAT_KURANG", previous)).as(previous)
                    .containsEntry("sanctionReview", true).containsEntry("trigger", SANGAT_KURANG);
        }
    }

    @Test
    void shouldReviewKurangOrWorseInTwoConsecutiveCycles() {
        assertThat(evaluate("KURANG", "KURANG")).containsEntry("sanctionReview", true).containsEntry("trigger", TWO_CYCLES);
        assertThat(evaluate("KURANG", "SANGAT_KURANG")).containsEntry("sanctionReview", true).containsEntry("trigger", TWO_CYCLES);
        // the second row reads "KURANG or worse" on both sides: it holds even where the first row is removed
        DmnDecision withoutFirstRow = parse(change(xml -> xml.replaceFirst(
                "(?s)<rule id=\"sanction-review-sangat-kurang\">.*?</rule>\\s*", "")));
        assertThat(ENGINE.evaluateDecisionTable(withoutFirstRow, inputs("SANGAT_KURANG", "KURANG")).getSingleResult().getEntryMap())
                .containsEntry("sanctionReview", true).containsEntry("trigger", TWO_CYCLES);
    }

    @Test
    void shouldNotReviewOtherwise() {
        assertThat(evaluate("KURANG", "NONE")).containsEntry("sanctionReview", false);
        assertThat(evaluate("KURANG", "BUTUH_PERBAIKAN")).containsEntry("sanctionReview", false);
        assertThat(evaluate("BUTUH_PERBAIKAN", "BUTUH_PERBAIKAN")).containsEntry("sanctionReview", false);
        assertThat(evaluate("BAIK", "SANGAT_KURANG")).containsEntry("sanctionReview", false);
        assertThat(evaluate("SANGAT_BAIK", "NONE")).containsEntry("sanctionReview", false);
    }

    @Test
    void shouldPassNoneWhenThereWasNoPreviousCycle() {
        AtomicReference<Map<String, Object>> seen = new AtomicReference<>();
        DmnSanctionRules rules = new DmnSanctionRules(decisionServiceOn(DECISION, seen));

        rules.decide(Predikat.KURANG, null);

        assertThat(seen.get()).containsExactly(Map.entry("predikat", "KURANG"), Map.entry("previousPredikat", "NONE"));
    }

    @Test
    void shouldBeReadyForCamundaModeler() {
        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
        Dmn.validateModel(model);
        assertThat(model.getDefinitions().getAttributeValue("exporter")).isEqualTo("Camunda Modeler");
        assertThat(model.getDefinitions().getAttributeValueNs("http://camunda.org/schema/modeler/1.0",
                "executionPlatformVersion")).isEqualTo("7.24.0");

        Decision decision = model.getModelElementById("sanction-review");
        assertThat(decision.getName()).isEqualTo("Peninjauan sanksi");
        assertThat(decision.getDescription().getTextContent()).contains("PP 30/2019 Pasal 56").contains("nilai bawaan produk")
                .contains("Camunda Modeler").contains("\"NONE\"");
        assertThat(decision.getAttributeValueNs("http://camunda.org/schema/1.0/dmn", "historyTimeToLive")).isEqualTo("P730D");
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
                .containsExactly("predikat", "previousPredikat");
        assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getTypeRef()).containsExactly("string", "string");
        assertThat(table.getInputs()).extracting(Input::getLabel).containsExactly("Predikat siklus ini", "Predikat siklus sebelumnya");
        assertThat(table.getOutputs()).extracting(Output::getName).containsExactly("sanctionReview", "trigger");
        assertThat(table.getOutputs()).extracting(Output::getTypeRef).containsExactly("boolean", "string");
        assertThat(table.getRules()).extracting(Rule::getId)
                .containsExactly("sanction-review-sangat-kurang", "sanction-review-kurang-two-cycles", "sanction-review-none");
        assertThat(table.getRules()).allSatisfy(rule -> {
            assertThat(rule.getDescription().getTextContent()).isNotBlank();
            assertThat(annotation(rule)).containsIgnoringCase("nilai bawaan produk");
        });
        assertThat(annotation(model.getModelElementById("sanction-review-kurang-two-cycles"))).contains("PP 30/2019 Pasal 56");
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(
                "https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNDI")).hasSize(1);
    }

    @Test
    void shouldNameBothCyclesInTheStoredTrigger() {
        AppraisalOutcomeRepository outcomes = mock(AppraisalOutcomeRepository.class);
        SanctionReviews reviews = new SanctionReviews(outcomes, new DmnSanctionRules(decisionServiceOn(DECISION)));
        AppraisalOutcome thisYear = new AppraisalOutcome(2, 2026, 7, 20, "199001012015011001", Predikat.KURANG, null);
        AppraisalOutcome lastYear = new AppraisalOutcome(1, 2025, 7, 10, "199001012015011001", Predikat.SANGAT_KURANG, null);
        when(outcomes.findFirstByEmployeeIdAndYearOrderByIdDesc(7, 2025)).thenReturn(Optional.of(lastYear));

        assertThat(reviews.assess(thisYear)).isEqualTo(new DmnSanctionRules.Verdict(true,
                TWO_CYCLES + " (2025: Sangat Kurang; 2026: Kurang/Misconduct)"));

        when(outcomes.findFirstByEmployeeIdAndYearOrderByIdDesc(7, 2025)).thenReturn(Optional.empty());
        assertThat(reviews.assess(thisYear)).isEqualTo(new DmnSanctionRules.Verdict(false, null));
        AppraisalOutcome sangatKurang = new AppraisalOutcome(2, 2026, 7, 20, "199001012015011001", Predikat.SANGAT_KURANG, null);
        assertThat(reviews.assess(sangatKurang)).isEqualTo(new DmnSanctionRules.Verdict(true,
                SANGAT_KURANG + " (2026: Sangat Kurang)"));
    }

    @Test
    void shouldFailOnAnInvalidSanctionReview() {
        assertThatIllegalStateException().isThrownBy(() -> DmnSanctionRules.toVerdict(output("ya", "Alasan")))
                .withMessageContaining("'sanction-review'")
                .withMessageContaining("'sanctionReview' bernilai ya")
                .withMessageContaining("true atau false")
                .withMessageContaining("Camunda Modeler");
        assertThatIllegalStateException().isThrownBy(() -> DmnSanctionRules.toVerdict(output(null, null)))
                .withMessageContaining("'sanctionReview' bernilai null");
    }

    @Test
    void shouldFailOnAReviewWithoutATrigger() {
        for (Object bad : new Object[] {null, "", "   ", 5, "x".repeat(301)}) {
            assertThatIllegalStateException().as(String.valueOf(bad))
                    .isThrownBy(() -> DmnSanctionRules.toVerdict(output(true, bad)))
                    .withMessageContaining("'trigger' bernilai")
                    .withMessageContaining("1 sampai 300 karakter");
        }
        assertThat(DmnSanctionRules.toVerdict(output(true, " " + "x".repeat(300) + " ")).trigger()).hasSize(300);
        assertThat(DmnSanctionRules.toVerdict(output(false, "diabaikan"))).isEqualTo(new DmnSanctionRules.Verdict(false, null));
    }

    @Test
    void shouldFailWithoutAResult() {
        assertThatIllegalStateException().isThrownBy(() -> DmnSanctionRules.toVerdict(null))
                .withMessageContaining("'sanction-review'")
                .withMessageContaining("tidak ada aturan");
    }

    @Test
    void shouldFailTechnicallyWhenTheLastRowIsRemoved() {
        DmnDecision broken = parse(change(xml -> xml.replaceFirst("(?s)<rule id=\"sanction-review-none\">.*?</rule>\\s*", "")));
        DmnSanctionRules rules = new DmnSanctionRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.BAIK, null))
                .withMessageContaining("'sanction-review'")
                .withMessageContaining("predikat=BAIK, previousPredikat=NONE")
                .withMessageContaining("0 aturan cocok");
        assertThat(rules.decide(Predikat.SANGAT_KURANG, null).review()).isTrue();
    }

    @Test
    void shouldFailTechnicallyWhenRulesOverlapUnderUnique() {
        DmnDecision broken = parse(change(xml -> xml.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"UNIQUE\"")));
        DmnSanctionRules rules = new DmnSanctionRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.SANGAT_KURANG, Predikat.BAIK))
                .withMessageContaining("predikat=SANGAT_KURANG, previousPredikat=BAIK")
                .withMessageContaining("lebih dari satu aturan cocok");
    }

    @Test
    void shouldFailTechnicallyWhenSeveralResultsComeBack() {
        DmnDecision broken = parse(change(xml -> xml.replace("hitPolicy=\"FIRST\"", "hitPolicy=\"COLLECT\"")));
        DmnSanctionRules rules = new DmnSanctionRules(decisionServiceOn(broken));

        assertThatIllegalStateException().isThrownBy(() -> rules.decide(Predikat.KURANG, Predikat.KURANG))
                .withMessageContaining("2 aturan cocok");
    }

    private static Map<String, Object> evaluate(String predikat, String previous) {
        DmnDecisionTableResult result = ENGINE.evaluateDecisionTable(DECISION, inputs(predikat, previous));
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }

    private static Map<String, Object> inputs(String predikat, String previous) {
        return Map.of("predikat", predikat, "previousPredikat", previous);
    }

    /** A decision service whose {@code sanction-review} is {@code decision} on the standalone engine. */
    static DecisionService decisionServiceOn(DmnDecision decision) {
        return decisionServiceOn(decision, new AtomicReference<>());
    }

    private static DecisionService decisionServiceOn(DmnDecision decision, AtomicReference<Map<String, Object>> variables) {
        DecisionService decisions = mock(DecisionService.class);
        DecisionEvaluationBuilder builder = mock(DecisionEvaluationBuilder.class);
        when(decisions.evaluateDecisionTableByKey("sanction-review")).thenReturn(builder);
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

    private static Map<String, Object> output(Object sanctionReview, Object trigger) {
        Map<String, Object> output = new HashMap<>();
        output.put("sanctionReview", sanctionReview);
        output.put("trigger", trigger);
        return output;
    }

    private static String change(UnaryOperator<String> edit) {
        String changed = edit.apply(XML);
        assertThat(changed).isNotEqualTo(XML);
        return changed;
    }

    private static DmnDecision parse(String xml) {
        return ENGINE.parseDecision("sanction-review", new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read() {
        try (InputStream in = SanctionReviewDmnTests.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

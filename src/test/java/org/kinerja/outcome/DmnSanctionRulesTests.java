package org.kinerja.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link DmnSanctionRules} on the application's engine, with {@code sanction-review} deployed from {@code processes/}. */
@KinerjaTest
class DmnSanctionRulesTests {

    @Autowired
    DmnSanctionRules rules;
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
    void shouldDeployTheTableAtStart() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey("sanction-review")
                .latestVersion().singleResult();
        assertThat(definition).isNotNull();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(730);
        assertThat(rules.decide(Predikat.SANGAT_KURANG, null)).isEqualTo(new DmnSanctionRules.Verdict(true, "Predikat Sangat Kurang"));
        assertThat(rules.decide(Predikat.KURANG, Predikat.KURANG).review()).isTrue();
        assertThat(rules.decide(Predikat.KURANG, null).review()).isFalse();
    }

    @Test
    void shouldUseTheTableAnAdminRedeployed() throws IOException {
        assertThat(rules.decide(Predikat.BUTUH_PERBAIKAN, Predikat.BUTUH_PERBAIKAN).review()).isFalse();

        // the admin counts BUTUH_PERBAIKAN as poor too, in both cycles, and words the trigger differently
        String original;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/sanction-review.dmn")) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = original.replace("<text>\"KURANG\",\"SANGAT_KURANG\"</text>",
                "<text>\"BUTUH_PERBAIKAN\",\"KURANG\",\"SANGAT_KURANG\"</text>")
                .replace("\"Predikat Kurang atau lebih rendah dalam dua siklus berturut-turut\"",
                        "\"Predikat Butuh Perbaikan atau lebih rendah dalam dua siklus berturut-turut\"");
        assertThat(changed).isNotEqualTo(original);
        adminChange = repository.createDeployment().name("uji: perubahan admin").addString("sanction-review.dmn", changed).deploy();

        assertThat(rules.decide(Predikat.BUTUH_PERBAIKAN, Predikat.BUTUH_PERBAIKAN)).isEqualTo(new DmnSanctionRules.Verdict(true,
                "Predikat Butuh Perbaikan atau lebih rendah dalam dua siklus berturut-turut"));
        assertThat(rules.decide(Predikat.BAIK, Predikat.KURANG).review()).isFalse();
    }
}

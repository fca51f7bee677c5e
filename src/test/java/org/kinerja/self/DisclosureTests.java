package org.kinerja.self;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The peer average only from 3 peers, the citizen IKM only from 10 responses: below that, nothing. */
class DisclosureTests {

    static final BigDecimal AVERAGE = new BigDecimal("4.25");

    @Test
    void shouldShowThePeerAverageOnlyFromThreePeers() {
        assertThat(Disclosure.peerAverage(AVERAGE, 3)).contains(AVERAGE);
        assertThat(Disclosure.peerAverage(AVERAGE, 5)).contains(AVERAGE);
        assertThat(Disclosure.peerAverage(AVERAGE, 2)).as("2 peers: one could work out the other's rating").isEmpty();
        assertThat(Disclosure.peerAverage(AVERAGE, 1)).isEmpty();
        assertThat(Disclosure.peerAverage(AVERAGE, 0)).isEmpty();
        assertThat(Disclosure.peerAverage(AVERAGE, null)).isEmpty();
        assertThat(Disclosure.peerAverage(null, 3)).isEmpty();
    }

    @Test
    void shouldShowTheCitizenIkmOnlyFromTenResponses() {
        BigDecimal ikm = new BigDecimal("87.50");
        assertThat(Disclosure.citizenIkm(ikm, 10)).contains(ikm);
        assertThat(Disclosure.citizenIkm(ikm, 250)).contains(ikm);
        assertThat(Disclosure.citizenIkm(ikm, 9)).isEmpty();
        assertThat(Disclosure.citizenIkm(ikm, 0)).isEmpty();
        assertThat(Disclosure.citizenIkm(ikm, null)).isEmpty();
        assertThat(Disclosure.citizenIkm(null, 12)).isEmpty();
    }
}

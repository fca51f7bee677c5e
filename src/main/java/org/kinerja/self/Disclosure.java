package org.kinerja.self;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an employee may see of the ratings about them (DOMAIN.md, PermenPANRB 6/2022 practice): the peer average only
 * when at least {@value #MIN_PEERS} peers rated them, so that no single peer's rating can be read back, and the citizen
 * satisfaction index (IKM) only when it rests on at least {@value #MIN_CITIZEN_RESPONSES} survey responses. Never a
 * name, never who rated. The merge applies the same minimums; this page checks them again, whatever a cycle's settings
 * were.
 */
final class Disclosure {

    static final int MIN_PEERS = 3;
    static final int MIN_CITIZEN_RESPONSES = 10;

    private Disclosure() {
    }

    /** The peer average, if it rests on at least {@value #MIN_PEERS} peers. */
    static Optional<BigDecimal> peerAverage(BigDecimal average, Integer peers) {
        return average != null && peers != null && peers >= MIN_PEERS ? Optional.of(average) : Optional.empty();
    }

    /** The citizen IKM, if it rests on at least {@value #MIN_CITIZEN_RESPONSES} responses. */
    static Optional<BigDecimal> citizenIkm(BigDecimal ikm, Integer responses) {
        return ikm != null && responses != null && responses >= MIN_CITIZEN_RESPONSES ? Optional.of(ikm) : Optional.empty();
    }
}

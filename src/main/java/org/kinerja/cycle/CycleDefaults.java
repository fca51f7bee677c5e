package org.kinerja.cycle;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Product defaults copied into each new cycle (DOMAIN.md: merge weights supervisor 60, peers 30, self 10; peers count
 * from 3 answers; the citizen term from 10 responses with a 30% share). Set under {@code kinerja.appraisal}.
 */
@ConfigurationProperties(prefix = "kinerja.appraisal")
record CycleDefaults(Integer supervisorWeight, Integer peerWeight, Integer selfWeight, Integer peerMinimum,
        Integer citizenMinimumResponses, BigDecimal citizenShare) {

    CycleDefaults {
        supervisorWeight = supervisorWeight == null ? Integer.valueOf(60) : supervisorWeight;
        peerWeight = peerWeight == null ? Integer.valueOf(30) : peerWeight;
        selfWeight = selfWeight == null ? Integer.valueOf(10) : selfWeight;
        peerMinimum = peerMinimum == null ? Integer.valueOf(3) : peerMinimum;
        citizenMinimumResponses = citizenMinimumResponses == null ? Integer.valueOf(10) : citizenMinimumResponses;
        citizenShare = citizenShare == null ? new BigDecimal("0.3") : citizenShare;
        if (supervisorWeight + peerWeight + selfWeight != 100) {
            throw new IllegalArgumentException("kinerja.appraisal: bobot atasan, rekan dan diri sendiri harus berjumlah 100");
        }
    }
}

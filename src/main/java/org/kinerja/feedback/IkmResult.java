package org.kinerja.feedback;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The survey result of a group of responses: NRR per element (mean of its answers, 2 decimals), the IKM
 * ({@code 25 × Σ NRR / 9} with the exact 1/9, rounded once to 2 decimals) and its grade.
 */
record IkmResult(int responses, Map<IkmElement, BigDecimal> nrr, BigDecimal ikm, IkmGrade grade) {
}

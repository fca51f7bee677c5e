package org.kinerja.appraisal;

import java.math.BigDecimal;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;

/** An indicator as drafted in the form or given by a template. */
record IndicatorDraft(int seq, String resultTitle, String supervisorResultTitle, String name, String unit, BigDecimal target,
        Direction direction, BigDecimal weight, Aspect aspect, String perspective) {
}

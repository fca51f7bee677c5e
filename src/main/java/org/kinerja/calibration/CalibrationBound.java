package org.kinerja.calibration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.stream.Collectors;
import org.kinerja.scoring.Predikat;

/**
 * One bound a calibration is held to, as {@code distribution-pattern} gave it when the distribution was proposed. The
 * board and the checks read these rows, never the DMN: viewing the board evaluates nothing and writes no decision
 * history, and a redeployed table applies to the next calibration, not to one under way.
 */
@Entity
@Table(name = "calibration_bound")
class CalibrationBound {

    @Embeddable
    record Key(@Column(name = "calibration_id") long calibrationId, @Column(name = "seq") int seq) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    /** The predikat counted together, comma-separated. */
    @Column(nullable = false, length = 100)
    private String predikats;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DistributionBound.Kind kind;

    @Column(name = "bound_value", nullable = false, precision = 7, scale = 2)
    private BigDecimal value;

    protected CalibrationBound() {
    }

    CalibrationBound(long calibrationId, int seq, DistributionBound bound) {
        this.key = new Key(calibrationId, seq);
        this.predikats = bound.predikats().stream().map(Predikat::name).collect(Collectors.joining(","));
        this.kind = bound.kind();
        this.value = bound.value();
    }

    DistributionBound bound() {
        EnumSet<Predikat> set = EnumSet.noneOf(Predikat.class);
        Arrays.stream(predikats.split(",")).map(Predikat::valueOf).forEach(set::add);
        return new DistributionBound(set, kind, Objects.requireNonNull(value));
    }
}

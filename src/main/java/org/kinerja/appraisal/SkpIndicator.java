package org.kinerja.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;

/**
 * One IKI (individual performance indicator) of an SKP, under its RHK (intended work result). The RHK is identified
 * by its title within the plan; the title of the supervisor's RHK it supports is kept for cascading.
 */
@Entity
@Table(name = "skp_indicator")
class SkpIndicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "appraisal_id", nullable = false)
    private long appraisalId;

    /** The indicator's number in the plan, 1 to {@value IndicatorRow#MAX_INDICATORS}: its row in the form's list. */
    @Column(nullable = false)
    private int seq;

    @Column(name = "result_title", nullable = false, length = 300)
    private String resultTitle;

    @Column(name = "supervisor_result_title", length = 300)
    private String supervisorResultTitle;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 60)
    private String unit;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Aspect aspect;

    @Column(length = 100)
    private String perspective;

    @Column(name = "final_realisation", precision = 14, scale = 4)
    private BigDecimal finalRealisation;

    @Column(precision = 10, scale = 6)
    private BigDecimal achievement;

    protected SkpIndicator() {
    }

    SkpIndicator(long appraisalId, IndicatorDraft d) {
        this.appraisalId = appraisalId;
        this.seq = d.seq();
        this.resultTitle = d.resultTitle();
        this.supervisorResultTitle = d.supervisorResultTitle();
        this.name = d.name();
        this.unit = d.unit();
        this.target = d.target();
        this.direction = d.direction();
        this.weight = d.weight();
        this.aspect = d.aspect();
        this.perspective = d.perspective();
    }

    IndicatorDraft draft() {
        return new IndicatorDraft(seq, resultTitle, supervisorResultTitle, name, unit, target, direction, weight, aspect, perspective);
    }

    void finalRealisation(BigDecimal value) {
        finalRealisation = value;
    }

    void achievement(BigDecimal value) {
        achievement = value;
    }

    Long getId() {
        return id;
    }

    int getSeq() {
        return seq;
    }

    String getResultTitle() {
        return resultTitle;
    }

    String getName() {
        return name;
    }

    String getUnit() {
        return unit;
    }

    BigDecimal getTarget() {
        return target;
    }

    Direction getDirection() {
        return direction;
    }

    BigDecimal getWeight() {
        return weight;
    }

    Aspect getAspect() {
        return aspect;
    }

    BigDecimal getFinalRealisation() {
        return finalRealisation;
    }

    BigDecimal getAchievement() {
        return achievement;
    }

    String getPerspective() {
        return perspective;
    }

    String getSupervisorResultTitle() {
        return supervisorResultTitle;
    }
}

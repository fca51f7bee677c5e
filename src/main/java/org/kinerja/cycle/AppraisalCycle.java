package org.kinerja.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** One appraisal cycle of one organisation unit (and its subtree) for one year, with its settings. */
@Entity
@Table(name = "appraisal_cycle")
class AppraisalCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "cycle_year", nullable = false)
    private int year;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_length", nullable = false, length = 10)
    private PeriodLength periodLength;

    @Column(name = "reminder_delay", nullable = false, length = 40)
    private String reminderDelay;

    @Column(name = "escalation_delay", nullable = false, length = 40)
    private String escalationDelay;

    @Column(name = "supervisor_weight", nullable = false)
    private int supervisorWeight;

    @Column(name = "peer_weight", nullable = false)
    private int peerWeight;

    @Column(name = "self_weight", nullable = false)
    private int selfWeight;

    @Column(name = "peer_minimum", nullable = false)
    private int peerMinimum;

    @Column(name = "citizen_minimum_responses", nullable = false)
    private int citizenMinimumResponses;

    @Column(name = "citizen_share", nullable = false, precision = 4, scale = 3)
    private BigDecimal citizenShare;

    @Column(name = "participant_count", nullable = false)
    private int participantCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CycleStatus status;

    @Column(name = "process_instance_id", nullable = false, unique = true, length = 64)
    private String processInstanceId;

    @Column(name = "opened_by", length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Version
    private long version;

    protected AppraisalCycle() {
    }

    AppraisalCycle(CycleRequest request, long unitId, CycleDefaults defaults, String processInstanceId, String openedBy) {
        this.name = request.name();
        this.year = request.year();
        this.unitId = unitId;
        this.periodLength = request.periodLength();
        this.reminderDelay = request.reminderDelay();
        this.escalationDelay = request.escalationDelay();
        this.supervisorWeight = defaults.supervisorWeight();
        this.peerWeight = defaults.peerWeight();
        this.selfWeight = defaults.selfWeight();
        this.peerMinimum = defaults.peerMinimum();
        this.citizenMinimumResponses = defaults.citizenMinimumResponses();
        this.citizenShare = defaults.citizenShare();
        this.status = CycleStatus.OPEN;
        this.processInstanceId = processInstanceId;
        this.openedBy = openedBy;
        this.openedAt = Instant.now();
    }

    void setParticipantCount(int participantCount) {
        this.participantCount = participantCount;
    }

    void markScored() {
        if (status == CycleStatus.OPEN) {
            status = CycleStatus.SCORED;
            scoredAt = Instant.now();
        }
    }

    CycleSettings settings() {
        return new CycleSettings(id, name, year, unitId, periodLength, reminderDelay, escalationDelay,
                new org.kinerja.scoring.BehaviourSettings(supervisorWeight, peerWeight, selfWeight, peerMinimum,
                        citizenMinimumResponses, citizenShare), participantCount, status, openedAt);
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    long getUnitId() {
        return unitId;
    }

    String getName() {
        return name;
    }

    String getProcessInstanceId() {
        return processInstanceId;
    }

    int getParticipantCount() {
        return participantCount;
    }
}

package org.kinerja.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.kinerja.scoring.Aspect;
import org.kinerja.scoring.Direction;

/**
 * A version of the indicator template of a position, kept by HR. Versions are never changed: a revision is a new
 * version, and a cycle uses the newest version that existed when it opened, so a template revised after an
 * evaluation applies to the next cycle only.
 */
@Entity
@Table(name = "indicator_template")
class IndicatorTemplate {

    @Embeddable
    record Item(
            @Column(name = "result_title", length = 300) String resultTitle,
            @Column(name = "name", length = 300) String name,
            @Column(name = "unit", length = 60) String unit,
            @Column(name = "target", precision = 14, scale = 4) BigDecimal target,
            @Enumerated(EnumType.STRING) @Column(name = "direction", length = 20) Direction direction,
            @Column(name = "weight", precision = 6, scale = 2) BigDecimal weight,
            @Enumerated(EnumType.STRING) @Column(name = "aspect", length = 20) Aspect aspect,
            @Column(name = "perspective", length = 100) String perspective) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "position_id", nullable = false)
    private long positionId;

    @Column(nullable = false)
    private int version;

    @Column(name = "created_by", length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_template_item", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "seq")
    private List<Item> items = new ArrayList<>();

    protected IndicatorTemplate() {
    }

    IndicatorTemplate(long positionId, int version, String createdBy, List<Item> items) {
        this.positionId = positionId;
        this.version = version;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        this.items.addAll(items);
    }

    Long getId() {
        return id;
    }

    long getPositionId() {
        return positionId;
    }

    int getVersion() {
        return version;
    }

    String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    List<Item> getItems() {
        return items;
    }
}

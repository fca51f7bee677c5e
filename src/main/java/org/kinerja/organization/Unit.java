package org.kinerja.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** An organisation unit: an instansi (agency), a bidang (division) or a seksi (section). */
@Entity
@Table(name = "org_unit")
class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Unit() {
    }

    Unit(String code, String name, UnitType type, Unit parent) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /** Applies the values of an import row; returns whether anything changed. */
    boolean update(String name, UnitType type, Unit parent) {
        if (Objects.equals(this.name, name) && this.type == type && Objects.equals(parentCode(), parent == null ? null : parent.code)) {
            return false;
        }
        this.name = name;
        this.type = type;
        this.parent = parent;
        this.updatedAt = Instant.now();
        return true;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    UnitType getType() {
        return type;
    }

    Unit getParent() {
        return parent;
    }

    String parentCode() {
        return parent == null ? null : parent.code;
    }
}

package org.kinerja.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A position (jabatan), e.g. "Analis Kebijakan Ahli Muda". Indicator templates hang off it. */
@Entity
@Table(name = "org_position")
class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Position() {
    }

    Position(String name) {
        this.name = name;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }
}

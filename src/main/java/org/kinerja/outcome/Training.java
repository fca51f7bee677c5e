package org.kinerja.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.kinerja.scoring.BerakhlakValue;

/**
 * A training of the catalog (katalog pelatihan), with the BerAKHLAK core values it builds. Kept by SQL (seeded by
 * {@code V7__training_catalog.sql}); read-only here.
 */
@Entity
@Table(name = "training")
class Training {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 1000)
    private String description;

    /** Comma-separated names of {@link BerakhlakValue}. */
    @Column(name = "value_codes", nullable = false, length = 400)
    private String valueCodes;

    @Column(nullable = false)
    private boolean active;

    protected Training() {
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    String getDescription() {
        return description;
    }

    boolean isActive() {
        return active;
    }

    /** The values this training builds; fails on a name that is not a {@link BerakhlakValue} (a broken row). */
    Set<BerakhlakValue> values() {
        Set<BerakhlakValue> values = EnumSet.noneOf(BerakhlakValue.class);
        for (String part : valueCodes.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            values.add(Arrays.stream(BerakhlakValue.values()).filter(v -> v.name().equals(trimmed)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Pelatihan '" + code + "' di tabel training rusak: "
                            + "value_codes memuat '" + trimmed + "', bukan salah satu dari "
                            + Arrays.toString(BerakhlakValue.values()))));
        }
        return values;
    }
}

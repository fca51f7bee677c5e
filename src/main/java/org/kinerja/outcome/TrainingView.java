package org.kinerja.outcome;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kinerja.scoring.BerakhlakValue;

/**
 * A training of the catalog as shown and chosen in a coaching plan: its code (e.g. {@code ETIKA-PELAYANAN}), name,
 * description (may be null) and the BerAKHLAK core values it builds, in the values' declaration order.
 */
record TrainingView(String code, String name, String description, Set<BerakhlakValue> values) {

    public TrainingView {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        Set<BerakhlakValue> copy = EnumSet.noneOf(BerakhlakValue.class);
        copy.addAll(values);
        values = Collections.unmodifiableSet(copy);
    }

    /** Whether this training builds at least one of {@code wanted}. */
    public boolean buildsAnyOf(Set<BerakhlakValue> wanted) {
        return wanted.stream().anyMatch(values::contains);
    }
}

package org.kinerja.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kinerja.scoring.BerakhlakValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training catalog (katalog pelatihan) a supervisor chooses from when drafting a coaching plan. Only active
 * trainings are offered: every method here sees the active ones only, ordered by name. The catalog is small, so it
 * is read whole and filtered in memory.
 */
@Service
@Transactional(readOnly = true)
class TrainingCatalog {

    private final TrainingRepository trainings;

    TrainingCatalog(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    /** The active trainings, by name. */
    public List<TrainingView> active() {
        return trainings.findByActiveTrueOrderByName().stream().map(TrainingCatalog::view).toList();
    }

    /** The active training with this code (case and surrounding spaces ignored), if any. */
    public Optional<TrainingView> byCode(String code) {
        Objects.requireNonNull(code, "code");
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        return active().stream().filter(t -> t.code().equals(wanted)).findFirst();
    }

    /** The active trainings that build at least one of {@code values}, by name; none for an empty set. */
    public List<TrainingView> forValues(Set<BerakhlakValue> values) {
        Objects.requireNonNull(values, "values");
        if (values.isEmpty()) {
            return List.of();
        }
        return active().stream().filter(t -> t.buildsAnyOf(values)).toList();
    }

    private static TrainingView view(Training training) {
        return new TrainingView(training.getCode(), training.getName(), training.getDescription(), training.values());
    }
}

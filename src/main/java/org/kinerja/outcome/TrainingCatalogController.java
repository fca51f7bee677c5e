package org.kinerja.outcome;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kinerja.scoring.BerakhlakValue;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The active training catalog, read-only, for any authenticated user (see the security config):
 * {@code GET /api/trainings}, optionally {@code ?value=KOMPETEN&value=ADAPTIF} for the trainings that build any of
 * those BerAKHLAK values, and {@code GET /api/trainings/{code}}.
 */
@RestController
@RequestMapping("/api/trainings")
class TrainingCatalogController {

    private final TrainingCatalog catalog;

    TrainingCatalogController(TrainingCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<TrainingView> trainings(@RequestParam(name = "value", required = false) List<BerakhlakValue> values) {
        Set<BerakhlakValue> wanted = EnumSet.noneOf(BerakhlakValue.class);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        return wanted.isEmpty() ? catalog.active() : catalog.forValues(wanted);
    }

    @GetMapping("/{code}")
    TrainingView training(@PathVariable String code) {
        return catalog.byCode(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Pelatihan tidak ditemukan: " + code));
    }
}

package org.kinerja.cycle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cycles for the other modules. */
@Service
@Transactional(readOnly = true)
public class CycleDirectory {

    private final AppraisalCycleRepository cycles;

    CycleDirectory(AppraisalCycleRepository cycles) {
        this.cycles = cycles;
    }

    /** A cycle's settings, if the cycle exists. */
    public Optional<CycleSettings> find(long cycleId) {
        return cycles.findById(cycleId).map(AppraisalCycle::settings);
    }

    /** Every cycle, the newest first (year, then the order they were opened): a few per year. */
    public List<CycleSettings> all() {
        return cycles.findAll(Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"))).stream().map(AppraisalCycle::settings).toList();
    }

    public CycleSettings settings(long cycleId) {
        return cycles.findById(cycleId).map(AppraisalCycle::settings)
                .orElseThrow(() -> new IllegalStateException("Siklus " + cycleId + " tidak ada"));
    }
}

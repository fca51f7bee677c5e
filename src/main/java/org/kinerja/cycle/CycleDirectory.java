package org.kinerja.cycle;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to cycles for the other modules. */
@Service
@Transactional(readOnly = true)
public class CycleDirectory {

    private final AppraisalCycleRepository cycles;
    private final NamedParameterJdbcTemplate jdbc;

    CycleDirectory(AppraisalCycleRepository cycles, NamedParameterJdbcTemplate jdbc) {
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    /**
     * Each of these employees' latest participation (the cycle of their latest year), for a supervisor's team page:
     * one query through {@code ix_cycle_participant_employee} (employee, year), two index probes per employee whatever
     * the organisation's size or its number of cycles. Employees who never took part are missing.
     */
    public List<CycleParticipation> latestParticipations(Collection<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.cycle_id, p.employee_id, p.cycle_year, p.appraisal_concluded_at, p.outcome_concluded_at
                from cycle_participant p
                where p.employee_id in (:ids)
                  and p.cycle_year = (select max(q.cycle_year) from cycle_participant q where q.employee_id = p.employee_id)
                """, Map.of("ids", employeeIds), (rs, n) -> new CycleParticipation(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                rs.getObject(4) != null, rs.getObject(5) != null));
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

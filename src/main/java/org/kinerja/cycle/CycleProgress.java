package org.kinerja.cycle;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the appraisals and outcomes of a cycle that are still open, so that the one that concludes last can wake the
 * cycle up. One row per cycle ({@code cycle_progress}); each conclusion locks it for the rest of its transaction, so
 * two conclusions never both see themselves as the last (or neither does). A participant's row records that it was
 * counted: a retried end (the same job run again after a rollback, or a second end of the same employee) counts once.
 *
 * <p>Why not the engine's multi-instance counters: the cycle called every appraisal from one multi-instance call
 * activity, and each child's completion read every sibling execution and, through the job acquisition, every waiting
 * completion job of the one cycle instance: quadratic in the organisation ({@code WholeCycleBenchmark}, 1,000
 * employees: 11,217 job rows read per employee).
 */
@Service
class CycleProgress {

    enum Phase {
        APPRAISAL("appraisal_concluded_at", "appraisals_open"), OUTCOME("outcome_concluded_at", "outcomes_open");

        private final String participantColumn;
        private final String counterColumn;

        Phase(String participantColumn, String counterColumn) {
            this.participantColumn = participantColumn;
            this.counterColumn = counterColumn;
        }
    }

    /** What a conclusion changed: whether it was counted now, and how many remain open after it. */
    record Conclusion(boolean counted, int remaining) {

        boolean last() {
            return counted && remaining == 0;
        }
    }

    private final JdbcTemplate jdbc;

    CycleProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Called when the cycle opens, in the same transaction as its participants. */
    @Transactional(propagation = Propagation.MANDATORY)
    void open(long cycleId, int participants) {
        jdbc.update("insert into cycle_progress (cycle_id, appraisals_open, outcomes_open) values (?, ?, ?)", cycleId, participants,
                participants);
    }

    /**
     * Counts the employee's appraisal (or outcome) as concluded, once. Runs in the caller's transaction (the job of the
     * child's end event), so a rollback there undoes the count too.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Conclusion conclude(long cycleId, long employeeId, Phase phase) {
        int marked = jdbc.update("update cycle_participant set " + phase.participantColumn + " = current_timestamp"
                + " where cycle_id = ? and employee_id = ? and " + phase.participantColumn + " is null", cycleId, employeeId);
        List<Integer> open = jdbc.queryForList("select " + phase.counterColumn + " from cycle_progress where cycle_id = ? for update",
                Integer.class, cycleId);
        if (open.isEmpty()) {
            throw new IllegalStateException("Siklus " + cycleId + " tidak punya baris cycle_progress");
        }
        if (marked == 0) {
            return new Conclusion(false, open.get(0));
        }
        jdbc.update("update cycle_progress set " + phase.counterColumn + " = " + phase.counterColumn + " - 1 where cycle_id = ?",
                cycleId);
        return new Conclusion(true, open.get(0) - 1);
    }

    /** How many of the cycle's appraisals and outcomes are still open (for tests and the operators' view). */
    int[] open(long cycleId) {
        return jdbc.queryForObject("select appraisals_open, outcomes_open from cycle_progress where cycle_id = ?",
                (rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}, cycleId);
    }
}

package org.kinerja.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's own aggregate queries, each one statement grouped by unit (the participant's unit in the
 * organisation now), whatever the number of employees: the database returns a row per unit and stage, never a row per
 * employee.
 */
@Service
@Transactional(readOnly = true)
class DashboardQueries {

    /** Open, overdue and escalated human tasks of the cycle's appraisals and outcomes in one unit. */
    record TaskCounts(int open, int overdue, int escalated) {

        TaskCounts plus(TaskCounts other) {
            return new TaskCounts(open + other.open, overdue + other.overdue, escalated + other.escalated);
        }
    }

    private final JdbcTemplate jdbc;

    DashboardQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The cycle's participants per unit and stage ({@link Phase}): their appraisal's status, whether their outcome exists
     * (published) and whether it is concluded. Reads by cycle: cycle_participant's key, appraisal's and
     * appraisal_outcome's unique (cycle_id, employee_id), org_employee's key.
     */
    Map<Long, int[]> phasesByUnit(long cycleId) {
        Map<Long, int[]> byUnit = new HashMap<>();
        jdbc.query("""
                select e.unit_id, a.status, case when o.id is null then 0 else 1 end,
                  case when cp.outcome_concluded_at is null then 0 else 1 end, count(*)
                from cycle_participant cp
                join org_employee e on e.id = cp.employee_id
                left join appraisal a on a.cycle_id = cp.cycle_id and a.employee_id = cp.employee_id
                left join appraisal_outcome o on o.cycle_id = cp.cycle_id and o.employee_id = cp.employee_id
                where cp.cycle_id = ?
                group by e.unit_id, a.status, case when o.id is null then 0 else 1 end,
                  case when cp.outcome_concluded_at is null then 0 else 1 end""", rs -> {
                    Phase phase = Phase.of(rs.getString(2), rs.getInt(3) == 1, rs.getInt(4) == 1);
                    byUnit.computeIfAbsent(rs.getLong(1), id -> new int[Phase.values().length])[phase.ordinal()] += rs.getInt(5);
                }, cycleId);
        return byUnit;
    }

    /**
     * The human tasks of the cycle's appraisal and outcome processes (business key "{cycleId}-{nip}") per unit of the
     * appraised employee, from the engine's task history: open ones; overdue ones (open past their due date, which is
     * their escalation deadline, see {@code HumanTasks}); and escalated ones, open or done, whose due date passed before
     * they were completed: the escalation timer fires at the due date, so each of them was escalated once. Reads per
     * participant the process instances by business key (ACT_IDX_HI_PRO_I_BUSKEY) and their tasks
     * (ACT_IDX_HI_TASKINST_PROCINST).
     */
    Map<Long, TaskCounts> tasksByUnit(long cycleId, Instant now) {
        Map<Long, TaskCounts> byUnit = new HashMap<>();
        Timestamp at = Timestamp.from(now);
        jdbc.query("""
                select e.unit_id,
                  sum(case when t.END_TIME_ is null then 1 else 0 end),
                  sum(case when t.END_TIME_ is null and t.DUE_DATE_ < ? then 1 else 0 end),
                  sum(case when t.DUE_DATE_ < coalesce(t.END_TIME_, ?) then 1 else 0 end)
                from cycle_participant cp
                join org_employee e on e.id = cp.employee_id
                join ACT_HI_PROCINST p on p.BUSINESS_KEY_ = cast(? as varchar(40)) || cp.employee_nip
                join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_
                where cp.cycle_id = ?
                group by e.unit_id""", rs -> {
                    byUnit.put(rs.getLong(1), new TaskCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }, at, at, cycleId + "-", cycleId);
        return byUnit;
    }
}

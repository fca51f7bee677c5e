package org.kinerja.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.kinerja.scoring.Predikat;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the tables hold about one employee's appraisal in a cycle, for the pages' tests to compare with what they show. */
public final class AppraisalRows {

    private AppraisalRows() {
    }

    /** The final predikat in the outcome table, as its label. */
    public static String predikat(JdbcTemplate jdbc, long cycleId, String nip) {
        return Predikat.valueOf(jdbc.queryForObject("select predikat from appraisal_outcome where cycle_id = ? and nip = ?", String.class,
                cycleId, nip)).label();
    }

    /** A column of the employee's merged result ({@code appraisal_result}). */
    public static BigDecimal resultColumn(JdbcTemplate jdbc, long cycleId, String column, String nip) {
        return jdbc.queryForObject("select r." + column + " from appraisal_result r join appraisal a on a.id = r.appraisal_id "
                + "join org_employee e on e.id = a.employee_id where a.cycle_id = ? and e.nip = ?", BigDecimal.class, cycleId, nip);
    }

    /** Who rated the employee in the cycle: the peers and the supervisor, as NIPs and names. */
    public static List<String> raters(JdbcTemplate jdbc, long cycleId, String nip) {
        List<String> raters = new ArrayList<>();
        jdbc.query("""
                select e.nip, e.name from appraisal a join appraisal_peer p on p.appraisal_id = a.id join org_employee e on e.id = p.peer_id
                join org_employee me on me.id = a.employee_id where a.cycle_id = ? and me.nip = ?
                union
                select e.nip, e.name from appraisal a join rating_submission s on s.appraisal_id = a.id join org_employee e on e.nip = s.rater_id
                join org_employee me on me.id = a.employee_id where a.cycle_id = ? and me.nip = ? and s.rater_role <> 'SELF'
                """, rs -> {
            raters.add(rs.getString(1));
            raters.add(rs.getString(2));
        }, cycleId, nip, cycleId, nip);
        return raters;
    }
}

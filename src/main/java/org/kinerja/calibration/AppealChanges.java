package org.kinerja.calibration;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Objects;
import org.kinerja.scoring.Predikat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a predikat changed on appeal after publication, for the board's mark and the decision's addendum
 * ("Perubahan setelah keberatan"). The published calibration and its decision are not touched. Idempotent: an
 * employee's change is recorded once per calibration (a retried job records nothing more).
 */
@Service
@Transactional
public class AppealChanges {

    private static final Logger log = LoggerFactory.getLogger(AppealChanges.class);

    private final CalibrationRepository calibrations;
    private final JdbcTemplate jdbc;

    AppealChanges(CalibrationRepository calibrations, JdbcTemplate jdbc) {
        this.calibrations = calibrations;
        this.jdbc = jdbc;
    }

    /**
     * Records that the employee's predikat of the cycle was changed on appeal from {@code from} to {@code to}.
     *
     * @return whether it was recorded now (false when it had been already)
     * @throws IllegalStateException when the cycle has no published calibration
     */
    public boolean record(long cycleId, long employeeId, Predikat from, Predikat to, String reason, String decidedBy, Instant decidedAt) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .filter(c -> c.getStatus() == CalibrationStatus.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("Siklus " + cycleId + " belum punya hasil kalibrasi yang ditetapkan"));
        int inserted = jdbc.update("insert into calibration_appeal_change (calibration_id, employee_id, from_predikat, to_predikat, reason,"
                + " decided_by, decided_at) select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from calibration_appeal_change"
                + " where calibration_id = ? and employee_id = ?)", calibration.getId(), employeeId, from.name(), to.name(),
                reason == null || reason.isBlank() ? "-" : reason, decidedBy == null ? "-" : decidedBy, Timestamp.from(decidedAt),
                calibration.getId(), employeeId);
        if (inserted > 0) {
            log.info("Kalibrasi siklus {}: predikat pegawai {} diubah setelah keberatan dari {} menjadi {}", cycleId, employeeId, from, to);
        }
        return inserted > 0;
    }
}

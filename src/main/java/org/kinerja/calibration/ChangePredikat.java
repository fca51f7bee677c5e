package org.kinerja.calibration;

import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee member changes one employee's final predikat on the board. The reason is required; a member cannot
 * change their own predikat; every change is written to the append-only audit trail. Changes to one calibration are
 * checked one after the other (the calibration row is locked).
 */
@Service
@Transactional
class ChangePredikat {

    private static final Logger log = LoggerFactory.getLogger(ChangePredikat.class);
    static final int MIN_REASON = 10;
    static final int MAX_REASON = 2000;

    private final CalibrationRepository calibrations;
    private final CalibrationEntryRepository entries;
    private final CalibrationChangeRepository changes;
    private final CalibrationQueries queries;

    ChangePredikat(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationChangeRepository changes,
            CalibrationQueries queries) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.changes = changes;
        this.queries = queries;
    }

    /** The board's first page after the change. */
    CalibrationQueries.Board change(long cycleId, long employeeId, String toValue, String reasonValue, String actor) {
        return change(cycleId, employeeId, toValue, reasonValue, actor, CalibrationQueries.BoardQuery.firstPage());
    }

    /** The board after the change, on the page of {@code query} (the one the member was on). */
    CalibrationQueries.Board change(long cycleId, long employeeId, String toValue, String reasonValue, String actor,
            CalibrationQueries.BoardQuery query) {
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> Rejection.notFound("Kalibrasi siklus ini tidak ditemukan."));
        if (calibration.getStatus() != CalibrationStatus.CALIBRATING) {
            throw Rejection.conflict(calibration.getStatus() == CalibrationStatus.AWAITING_RATING
                    || calibration.getStatus() == CalibrationStatus.RATED
                    ? "Kalibrasi belum dimulai: usulan distribusi belum tersedia."
                    : "Kalibrasi sudah selesai; predikat tidak dapat diubah lagi.");
        }
        CalibrationEntry entry = entries.findByCalibrationIdAndEmployeeId(calibration.getId(), employeeId)
                .orElseThrow(() -> Rejection.notFound("Pegawai ini tidak termasuk dalam kalibrasi siklus ini."));
        Predikat to;
        try {
            to = Predikat.valueOf(toValue == null ? "" : toValue.trim());
        } catch (IllegalArgumentException e) {
            throw Rejection.invalid("Predikat tidak dikenal: '" + toValue + "'.");
        }
        String reason = reasonValue == null ? "" : reasonValue.trim();
        if (reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            throw Rejection.invalid("Alasan perubahan wajib diisi, " + MIN_REASON + " sampai " + MAX_REASON + " karakter.");
        }
        if (entry.getNip().equals(actor)) {
            throw Rejection.forbidden("Anggota tim penilai tidak boleh mengubah predikatnya sendiri.");
        }
        if (entry.getFinalPredikat() == to) {
            throw Rejection.invalid("Predikat " + entry.getName() + " sudah " + to.label() + ".");
        }
        changes.save(new CalibrationChange(calibration.getId(), employeeId, actor, entry.getFinalPredikat(), to, reason));
        entry.changeTo(to);
        entries.flush(); // the board reads with SQL
        log.info("Kalibrasi siklus {}: {} mengubah predikat {} menjadi {}", cycleId, actor, entry.getNip(), to);
        return queries.board(calibration, query);
    }
}

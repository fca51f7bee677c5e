package org.kinerja.calibration;

import org.kinerja.cycle.CycleDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_PublishResults}: freezes the final predikat and the decision "Penetapan Predikat Kinerja Pegawai" (the
 * organisation's name, the date, the committee; its PDF is rendered from these and the frozen rows on each download).
 * Idempotent: a published calibration is left as it is.
 */
@Service
@Transactional
class PublishCalibration {

    private static final Logger log = LoggerFactory.getLogger(PublishCalibration.class);

    private final CalibrationRepository calibrations;
    private final CalibrationDecisionRepository decisions;
    private final CalibrationQueries queries;
    private final CycleDirectory cycles;

    PublishCalibration(CalibrationRepository calibrations, CalibrationDecisionRepository decisions, CalibrationQueries queries,
            CycleDirectory cycles) {
        this.calibrations = calibrations;
        this.decisions = decisions;
        this.queries = queries;
        this.cycles = cycles;
    }

    void publish(long cycleId) {
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> new IllegalStateException("Kalibrasi siklus " + cycleId + " tidak ada"));
        if (calibration.getStatus() == CalibrationStatus.PUBLISHED) {
            return;
        }
        if (calibration.getStatus() != CalibrationStatus.FINALISED) {
            throw new IllegalStateException("Kalibrasi siklus " + cycleId + " belum final: " + calibration.getStatus());
        }
        int year = cycles.settings(cycleId).year();
        CalibrationDecision decision = decisions.save(queries.decisionAtPublication(calibration,
                "penetapan-predikat-kinerja-" + year + "-siklus-" + cycleId + ".pdf"));
        calibration.published();
        log.info("Hasil kalibrasi siklus {} ditetapkan: {} pegawai, {} anggota tim penilai", cycleId,
                queries.distribution(calibration.getId()).total(), decision.getCommittee().size());
    }
}

package org.kinerja.calibration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_PublishResults}: freezes the final predikat and stores the decision document "Penetapan Predikat Kinerja
 * Pegawai". Idempotent: a published calibration is left as it is.
 */
@Service
@Transactional
class PublishCalibration {

    private static final Logger log = LoggerFactory.getLogger(PublishCalibration.class);

    private final CalibrationRepository calibrations;
    private final CalibrationDecisionRepository decisions;
    private final CalibrationQueries queries;

    PublishCalibration(CalibrationRepository calibrations, CalibrationDecisionRepository decisions, CalibrationQueries queries) {
        this.calibrations = calibrations;
        this.decisions = decisions;
        this.queries = queries;
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
        DecisionDocument document = queries.decisionDocument(calibration);
        byte[] pdf = DecisionDocumentPdf.render(document);
        decisions.save(new CalibrationDecision(calibration.getId(), "penetapan-predikat-kinerja-" + document.year() + "-siklus-"
                + cycleId + ".pdf", pdf));
        calibration.published();
        log.info("Hasil kalibrasi siklus {} ditetapkan: {} pegawai, dokumen {} byte", cycleId, document.rows().size(), pdf.length);
    }
}

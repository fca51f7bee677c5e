package org.kinerja.calibration;

import java.util.List;
import java.util.stream.Collectors;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_CalibrateResults}: a committee member (Tim Penilai Kinerja) confirms the final distribution, which is
 * refused while a bound of the curve is broken, naming it.
 */
@Service
@Transactional
class FinaliseCalibration {

    private final CalibrationRepository calibrations;
    private final CalibrationQueries queries;
    private final OrganizationDirectory organization;

    FinaliseCalibration(CalibrationRepository calibrations, CalibrationQueries queries, OrganizationDirectory organization) {
        this.calibrations = calibrations;
        this.queries = queries;
        this.organization = organization;
    }

    void finalise(long cycleId, String actor) {
        if (actor == null || !organization.hasActiveRole(actor, EmployeeRole.TIM_PENILAI)) {
            throw Rejection.forbidden("Hasil kalibrasi ditetapkan oleh anggota Tim Penilai Kinerja.");
        }
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> Rejection.notFound("Kalibrasi siklus ini tidak ditemukan."));
        if (calibration.getStatus() != CalibrationStatus.CALIBRATING) {
            throw Rejection.conflict("Kalibrasi tidak dalam tahap penilaian tim (status " + calibration.getStatus() + ").");
        }
        List<BoundViolation> violations = queries.violations(calibration);
        if (!violations.isEmpty()) {
            throw Rejection.invalid("Distribusi predikat belum memenuhi batas kurva: "
                    + violations.stream().map(BoundViolation::message).collect(Collectors.joining("; "))
                    + ". Ubah predikat di papan kalibrasi, lalu selesaikan tugas ini lagi.");
        }
        calibration.finalise(actor);
    }
}

package org.kinerja.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.MergedScore;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_ProposeDistribution}: ranks the cycle's merged results, applies the bounds of the organisation rating
 * (DMN {@code distribution-pattern}) and writes each employee's proposed predikat with its reasons, which starts the
 * committee's calibration. Idempotent: a proposal already written is kept.
 */
@Service
@Transactional
class ProposeDistribution {

    private static final Logger log = LoggerFactory.getLogger(ProposeDistribution.class);
    private static final int MAX_REASON = 2000;
    private static final int MAX_NOTES = 4000;

    private final CalibrationRepository calibrations;
    private final CalibrationEntryRepository entries;
    private final CalibrationBounds bounds;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;

    ProposeDistribution(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationBounds bounds,
            AppraisalResults results, OrganizationDirectory organization) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.bounds = bounds;
        this.results = results;
        this.organization = organization;
    }

    DistributionProposal propose(long cycleId) {
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .orElseThrow(() -> new IllegalStateException("Kalibrasi siklus " + cycleId + " belum dibuat"));
        if (calibration.getOrganisationRating() == null) {
            throw new IllegalStateException("Predikat organisasi siklus " + cycleId + " belum ditetapkan");
        }
        List<DistributionBound> bounds = this.bounds.fix(calibration);
        Map<Long, EmployeeRef> people = new HashMap<>();
        Map<Long, MergedScore> byEmployee = new HashMap<>();
        List<CalibrationCandidate> candidates = new ArrayList<>();
        for (MergedScore score : results.forCycle(cycleId)) {
            EmployeeRef employee = organization.employee(score.employeeId())
                    .orElseThrow(() -> new IllegalStateException("Pegawai " + score.employeeId() + " tidak ada"));
            people.put(employee.id(), employee);
            byEmployee.put(employee.id(), score);
            candidates.add(new CalibrationCandidate(employee.id(), employee.nip(), score.workResultScore(), score.behaviourScore(),
                    score.predikat()));
        }
        DistributionProposal proposal = DistributionProposer.propose(candidates, bounds);
        if (calibration.getStatus() != CalibrationStatus.RATED || entries.existsByCalibrationId(calibration.getId())) {
            return proposal;
        }
        Map<Long, String> unitNames = new HashMap<>();
        List<CalibrationEntry> rows = new ArrayList<>();
        for (ProposedPredikat row : proposal.rows()) {
            EmployeeRef e = people.get(row.candidate().employeeId());
            String unitName = unitNames.computeIfAbsent(e.unitId(), id -> organization.unit(id).map(UnitRef::name).orElse(""));
            String reason = row.reasons().isEmpty() ? null : truncate(String.join(" ", row.reasons()), MAX_REASON);
            rows.add(new CalibrationEntry(calibration.getId(), e.id(), byEmployee.get(e.id()).appraisalId(), e.nip(), e.name(),
                    e.positionName(), e.unitId(), unitName, row.candidate().workResultScore(), row.candidate().behaviourScore(),
                    row.rank(), row.candidate().matrixPredikat(), row.proposed(), reason));
        }
        entries.saveAll(rows);
        calibration.proposed(proposal.notes().isEmpty() ? null : truncate(String.join(" ", proposal.notes()), MAX_NOTES));
        log.info("Usulan kalibrasi siklus {}: {} pegawai, {} dipindahkan", cycleId, rows.size(),
                proposal.rows().stream().filter(ProposedPredikat::moved).count());
        return proposal;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

package org.kinerja.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.MergedScore;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_ProposeDistribution}: ranks the cycle's merged results, applies the bounds of the organisation rating
 * (DMN {@code distribution-pattern}) and writes each employee's proposed predikat with its reasons, which starts the
 * committee's calibration. Idempotent: a proposal already written is kept. At scale: the employees are read in a few
 * queries ({@link OrganizationDirectory#employees}) and the rows written in JDBC batches.
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
    private final JdbcTemplate jdbc;

    ProposeDistribution(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationBounds bounds,
            AppraisalResults results, OrganizationDirectory organization, JdbcTemplate jdbc) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.bounds = bounds;
        this.results = results;
        this.organization = organization;
        this.jdbc = jdbc;
    }

    DistributionProposal propose(long cycleId) {
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .orElseThrow(() -> new IllegalStateException("Kalibrasi siklus " + cycleId + " belum dibuat"));
        if (calibration.getOrganisationRating() == null) {
            throw new IllegalStateException("Predikat organisasi siklus " + cycleId + " belum ditetapkan");
        }
        long started = System.nanoTime();
        List<DistributionBound> bounds = this.bounds.fix(calibration);
        List<MergedScore> scores = results.forCycle(cycleId);
        Map<Long, EmployeeRef> people = organization.employees(scores.stream().map(MergedScore::employeeId).toList());
        Map<Long, MergedScore> byEmployee = new HashMap<>();
        List<CalibrationCandidate> candidates = new ArrayList<>();
        for (MergedScore score : scores) {
            EmployeeRef employee = people.get(score.employeeId());
            if (employee == null) {
                throw new IllegalStateException("Pegawai " + score.employeeId() + " tidak ada");
            }
            byEmployee.put(employee.id(), score);
            candidates.add(new CalibrationCandidate(employee.id(), employee.nip(), score.workResultScore(), score.behaviourScore(),
                    score.predikat()));
        }
        long read = System.nanoTime();
        DistributionProposal proposal = DistributionProposer.propose(candidates, bounds);
        long proposed = System.nanoTime();
        if (calibration.getStatus() != CalibrationStatus.RATED || entries.existsByCalibrationId(calibration.getId())) {
            return proposal;
        }
        long calibrationId = calibration.getId();
        jdbc.batchUpdate(INSERT_ENTRY, proposal.rows(), BATCH_SIZE, (ps, row) -> {
            EmployeeRef e = people.get(row.candidate().employeeId());
            ps.setLong(1, calibrationId);
            ps.setLong(2, e.id());
            ps.setLong(3, byEmployee.get(e.id()).appraisalId());
            ps.setString(4, e.nip());
            ps.setString(5, e.name());
            ps.setString(6, e.positionName());
            ps.setLong(7, e.unitId());
            ps.setString(8, e.unitName() == null ? "" : e.unitName());
            ps.setBigDecimal(9, row.candidate().workResultScore());
            ps.setBigDecimal(10, row.candidate().behaviourScore());
            ps.setInt(11, row.rank());
            ps.setString(12, row.candidate().matrixPredikat().name());
            ps.setString(13, row.proposed().name());
            ps.setString(14, row.reasons().isEmpty() ? null : truncate(String.join(" ", row.reasons()), MAX_REASON));
            ps.setString(15, row.proposed().name());
            MergedScore score = byEmployee.get(e.id());
            ps.setBoolean(16, score.workRatingOverridden());
            ps.setString(17, score.workRatingOverridden() ? score.overrideReason() : null); // both columns hold 2,000
        });
        refreshStatistics();
        calibration.proposed(proposal.notes().isEmpty() ? null : truncate(String.join(" ", proposal.notes()), MAX_NOTES));
        log.info("Usulan kalibrasi siklus {}: {} pegawai, {} dipindahkan ({} ms membaca, {} ms mengusulkan, {} ms menulis)", cycleId,
                proposal.rows().size(), proposal.rows().stream().filter(ProposedPredikat::moved).count(), (read - started) / 1_000_000,
                (proposed - read) / 1_000_000, (System.nanoTime() - proposed) / 1_000_000);
        return proposal;
    }

    /** The rows of the board ({@link CalibrationEntry}), written in JDBC batches: 10,000 employees in a few round trips. */
    /**
     * Tells PostgreSQL how many entries there now are. The whole calibration arrives in one go, and a statement prepared
     * while the table was nearly empty keeps its plan (a sequential scan) until the table's statistics change: in
     * {@code WholeCycleBenchmark} at 2,000 employees each outcome read 1,954 entry rows to find its own, although a plan
     * made for 2,000 rows uses the unique index. ANALYZE takes a sample, commits with the proposal and invalidates those
     * plans. (Not yet confirmed by a 2,000-employee run.) H2 plans each statement anew and needs nothing.
     */
    private void refreshStatistics() {
        Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) Database::isPostgres);
        if (Boolean.TRUE.equals(postgres)) {
            jdbc.execute("analyze calibration_entry");
        }
    }

    private static final String INSERT_ENTRY = "insert into calibration_entry (calibration_id, employee_id, appraisal_id, nip, name, "
            + "position_name, unit_id, unit_name, work_result_score, behaviour_score, ranking, matrix_predikat, proposed_predikat, "
            + "proposal_reason, final_predikat, work_rating_overridden, override_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)";
    private static final int BATCH_SIZE = 1000;

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

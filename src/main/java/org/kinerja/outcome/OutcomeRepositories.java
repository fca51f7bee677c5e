package org.kinerja.outcome;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalOutcomeRepository extends JpaRepository<AppraisalOutcome, Long> {

    Optional<AppraisalOutcome> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    Optional<AppraisalOutcome> findFirstByEmployeeIdAndYearOrderByIdDesc(long employeeId, int year);

    /** The outcome a process or task names; its absence is a technical failure, not a refusal. */
    default AppraisalOutcome get(long outcomeId) {
        return findById(outcomeId).orElseThrow(() -> new IllegalStateException("Konsekuensi " + outcomeId + " tidak ada"));
    }
}

interface CoachingPlanRepository extends JpaRepository<CoachingPlan, Long> {

    Optional<CoachingPlan> findByOutcomeId(long outcomeId);

    /** The plan of an outcome that a later step of the process needs; its absence is a technical failure. */
    default CoachingPlan get(long outcomeId) {
        return findByOutcomeId(outcomeId).orElseThrow(() -> new IllegalStateException("Rencana pembinaan belum ada"));
    }
}

interface OutcomeCertificateRepository extends JpaRepository<OutcomeCertificate, Long> {
}

package org.kinerja.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppraisalOutcomeRepository extends JpaRepository<AppraisalOutcome, Long> {

    /** Per employee: a JPQL string, which Hibernate plans once (a derived query is translated on every call). */
    @Query("select o from AppraisalOutcome o where o.cycleId = :cycleId and o.employeeId = :employeeId")
    Optional<AppraisalOutcome> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    Optional<AppraisalOutcome> findFirstByEmployeeIdAndYearOrderByIdDesc(long employeeId, int year);

    /** One employee's outcomes, newest cycle first (index {@code ix_appraisal_outcome_employee}). */
    List<AppraisalOutcome> findByEmployeeIdOrderByYearDescIdDesc(long employeeId);

    /** The outcomes of these employees in these cycles (the caller keeps the pairs it asked for; {@code uk_appraisal_outcome}). */
    List<AppraisalOutcome> findByCycleIdInAndEmployeeIdIn(Collection<Long> cycleIds, Collection<Long> employeeIds);

    /** The outcome a process or task names; its absence is a technical failure, not a refusal. */
    default AppraisalOutcome get(long outcomeId) {
        return findById(outcomeId).orElseThrow(() -> new IllegalStateException("Konsekuensi " + outcomeId + " tidak ada"));
    }
}

interface CoachingPlanRepository extends JpaRepository<CoachingPlan, Long> {

    @Query("select p from CoachingPlan p where p.outcomeId = :outcomeId")
    Optional<CoachingPlan> findByOutcomeId(long outcomeId);

    List<CoachingPlan> findByOutcomeIdIn(Collection<Long> outcomeIds);

    /** The plan of an outcome that a later step of the process needs; its absence is a technical failure. */
    default CoachingPlan get(long outcomeId) {
        return findByOutcomeId(outcomeId).orElseThrow(() -> new IllegalStateException("Rencana pembinaan belum ada"));
    }
}

interface OutcomeCertificateRepository extends JpaRepository<OutcomeCertificate, Long> {

    /** Which of these outcomes have a certificate, without reading the PDFs. */
    @Query("select c.outcomeId from OutcomeCertificate c where c.outcomeId in :outcomeIds")
    List<Long> findIdsAmong(@Param("outcomeIds") Collection<Long> outcomeIds);
}

package org.kinerja.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalOutcomeRepository extends JpaRepository<AppraisalOutcome, Long> {

    Optional<AppraisalOutcome> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    Optional<AppraisalOutcome> findFirstByEmployeeIdAndYearOrderByIdDesc(long employeeId, int year);

    List<AppraisalOutcome> findByNipOrderByYearDesc(String nip);
}

interface CoachingPlanRepository extends JpaRepository<CoachingPlan, Long> {

    Optional<CoachingPlan> findByOutcomeId(long outcomeId);
}

interface OutcomeCertificateRepository extends JpaRepository<OutcomeCertificate, Long> {
}

package org.kinerja.calibration;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CalibrationRepository extends JpaRepository<Calibration, Long> {

    Optional<Calibration> findByCycleId(long cycleId);

    /** The calibration locked for a change, so two committee members' changes are checked one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Calibration c where c.cycleId = :cycleId")
    Optional<Calibration> lockByCycleId(@Param("cycleId") long cycleId);
}

interface CalibrationEntryRepository extends JpaRepository<CalibrationEntry, Long> {

    List<CalibrationEntry> findByCalibrationIdOrderByRanking(long calibrationId);

    /** Per change and per employee's view: a JPQL string, which Hibernate plans once (a derived query is translated on every call). */
    @Query("select e from CalibrationEntry e where e.calibrationId = :calibrationId and e.employeeId = :employeeId")
    Optional<CalibrationEntry> findByCalibrationIdAndEmployeeId(long calibrationId, long employeeId);

    boolean existsByCalibrationId(long calibrationId);
}

/** Append-only: only save and read; no delete method is exposed. */
interface CalibrationChangeRepository extends Repository<CalibrationChange, Long> {

    CalibrationChange save(CalibrationChange change);

    List<CalibrationChange> findByCalibrationIdOrderByChangedAtAscIdAsc(long calibrationId);

    List<CalibrationChange> findByCalibrationIdAndEmployeeIdOrderByChangedAtAscIdAsc(long calibrationId, long employeeId);

    long countByCalibrationId(long calibrationId);
}

interface CalibrationDecisionRepository extends JpaRepository<CalibrationDecision, Long> {
}

interface CalibrationBoundRepository extends JpaRepository<CalibrationBound, CalibrationBound.Key> {

    List<CalibrationBound> findByKeyCalibrationIdOrderByKeySeq(long calibrationId);
}

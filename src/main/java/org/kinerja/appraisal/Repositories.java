package org.kinerja.appraisal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/*
 * The lookups that run once or more per employee and task are JPQL strings, not derived from method names: Spring Data
 * JPA 3.5 derives a Criteria query, and Hibernate translates a Criteria query to SQL again on every call (its plan cache
 * holds query strings only), about 10 % of the job executor's CPU at the cycle's start (JFR, CycleStartBenchmark 2,000).
 */
interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

    @Query("select a from Appraisal a where a.cycleId = :cycleId and a.employeeId = :employeeId")
    Optional<Appraisal> findByCycleIdAndEmployeeId(long cycleId, long employeeId);

    /** The appraisals not yet scored whose supervisor in charge (acting official, else of record) is this employee. */
    @Query("""
            select a from Appraisal a
            where coalesce(a.actingSupervisorId, a.supervisorId) = :supervisorId and a.status <> org.kinerja.appraisal.AppraisalStatus.SCORED
            order by a.id""")
    List<Appraisal> findOpenBySupervisorInCharge(@Param("supervisorId") long supervisorId);

    /** One employee's appraisals, newest first, without loading the entities (nor their peers). */
    @Query("""
            select new org.kinerja.appraisal.AppraisalState(a.id, a.cycleId, a.status)
            from Appraisal a where a.employeeId = :employeeId order by a.id desc""")
    List<AppraisalState> findStatesByEmployeeId(@Param("employeeId") long employeeId);

    /**
     * The appraisals of these employees in these cycles with their merged scores, in one query
     * ({@code ix_appraisal_employee}, the result by its key); the caller keeps the pairs it asked for.
     */
    @Query("""
            select new org.kinerja.appraisal.TeamAppraisalRow(a.id, a.cycleId, a.employeeId, a.status, r.workResultScore, r.workRating,
                    r.behaviourScore, r.behaviourRating)
            from Appraisal a left join AppraisalResult r on r.appraisalId = a.id
            where a.employeeId in :employeeIds and a.cycleId in :cycleIds""")
    List<TeamAppraisalRow> findTeamRows(@Param("employeeIds") Collection<Long> employeeIds, @Param("cycleIds") Collection<Long> cycleIds);

    /** The employees whose appraisal, not yet scored, has this acting official (Plt/Plh) in charge (index {@code ix_appraisal_acting_supervisor}). */
    @Query("""
            select distinct a.employeeId from Appraisal a
            where a.actingSupervisorId = :actingId and a.status <> org.kinerja.appraisal.AppraisalStatus.SCORED""")
    List<Long> findOpenEmployeeIdsByActingSupervisor(@Param("actingId") long actingId);

    /** Whether this employee is the acting official of a running appraisal (index {@code ix_appraisal_acting_supervisor}). */
    boolean existsByActingSupervisorIdAndStatusNot(Long actingSupervisorId, AppraisalStatus status);
}

/** An appraisal's ids, state and merged scores (null before the merge), read without the entities. */
record TeamAppraisalRow(long id, long cycleId, long employeeId, AppraisalStatus status, java.math.BigDecimal workResultScore,
        org.kinerja.scoring.Rating workRating, java.math.BigDecimal behaviourScore, org.kinerja.scoring.Rating behaviourRating) {
}

/** An appraisal's ids and state, read without the entity. */
record AppraisalState(long id, long cycleId, AppraisalStatus status) {
}

interface ActingAssignmentRepository extends JpaRepository<ActingAssignment, Long> {

    List<ActingAssignment> findByAppraisalIdOrderByIdAsc(long appraisalId);
}

interface SkpIndicatorRepository extends JpaRepository<SkpIndicator, Long> {

    @Query("select i from SkpIndicator i where i.appraisalId = :appraisalId order by i.seq")
    List<SkpIndicator> findByAppraisalIdOrderBySeq(long appraisalId);

    /** The result titles (RHK) of an SKP in their order, without loading its indicators. */
    @Query("select i.resultTitle from SkpIndicator i where i.appraisalId = :appraisalId order by i.seq")
    List<String> findResultTitlesByAppraisalId(long appraisalId);

    @Modifying
    @Query("delete from SkpIndicator i where i.appraisalId = :appraisalId")
    void deleteByAppraisalId(long appraisalId);
}

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    @Query("select r from ProgressReport r where r.appraisalId = :appraisalId order by r.periodNo")
    List<ProgressReport> findByAppraisalIdOrderByPeriodNo(long appraisalId);

    @Query("select r from ProgressReport r where r.appraisalId = :appraisalId and r.periodNo = :periodNo")
    Optional<ProgressReport> findByAppraisalIdAndPeriodNo(long appraisalId, int periodNo);
}

interface RatingSubmissionRepository extends JpaRepository<RatingSubmission, Long> {

    @Query("select r from RatingSubmission r where r.appraisalId = :appraisalId")
    List<RatingSubmission> findByAppraisalId(long appraisalId);

    @Query("select r from RatingSubmission r where r.appraisalId = :appraisalId and r.raterId = :raterId and r.raterRole = :role")
    Optional<RatingSubmission> findByAppraisalIdAndRaterIdAndRaterRole(long appraisalId, String raterId, RaterRole role);
}

interface AppraisalResultRepository extends JpaRepository<AppraisalResult, Long> {

    @Query("""
            select new org.kinerja.appraisal.MergedScore(a.id, a.employeeId, r.workResultScore, r.behaviourScore, r.predikat,
                    r.workRatingOverridden, r.overrideReason)
            from Appraisal a join AppraisalResult r on r.appraisalId = a.id
            where a.cycleId = :cycleId order by a.employeeId""")
    List<MergedScore> mergedScoresOfCycle(@Param("cycleId") long cycleId);
}

interface IndicatorTemplateRepository extends JpaRepository<IndicatorTemplate, Long> {

    /** The template of a position in force at a moment: its latest version created by then. */
    default Optional<IndicatorTemplate> findFirstByPositionIdAndCreatedAtLessThanEqualOrderByVersionDesc(long positionId, Instant at) {
        return findVersionsUpTo(positionId, at, Limit.of(1)).stream().findFirst();
    }

    @Query("select t from IndicatorTemplate t where t.positionId = :positionId and t.createdAt <= :at order by t.version desc")
    List<IndicatorTemplate> findVersionsUpTo(long positionId, Instant at, Limit limit);

    Optional<IndicatorTemplate> findFirstByPositionIdOrderByVersionDesc(long positionId);

    List<IndicatorTemplate> findByPositionIdOrderByVersionDesc(long positionId);
}

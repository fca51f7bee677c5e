package org.kinerja.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceTicketRepository extends JpaRepository<ServiceTicket, Long> {

    Optional<ServiceTicket> findByTicketNumber(String ticketNumber);
}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByTicketId(long ticketId);

    List<SurveyResponse> findByEmployeeIdAndServedAtGreaterThanEqualAndServedAtLessThan(long employeeId, Instant from, Instant to);

    List<SurveyResponse> findByUnitIdAndServedAtGreaterThanEqualAndServedAtLessThan(long unitId, Instant from, Instant to);

    /** Per unit: the unit id, the number of responses, and the sum of each of the nine elements' answers. */
    @Query("""
            select r.unitId, count(r), sum(r.a1), sum(r.a2), sum(r.a3), sum(r.a4), sum(r.a5), sum(r.a6), sum(r.a7), sum(r.a8), sum(r.a9)
            from SurveyResponse r where r.servedAt >= :from and r.servedAt < :to group by r.unitId""")
    List<Object[]> sumsByUnit(@Param("from") Instant from, @Param("to") Instant to);
}

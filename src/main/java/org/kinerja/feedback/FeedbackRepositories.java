package org.kinerja.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServiceTicketRepository extends JpaRepository<ServiceTicket, Long> {

    /** Per survey response and imported ticket: a JPQL string, which Hibernate plans once (a derived query is translated on every call). */
    @Query("select t from ServiceTicket t where t.ticketNumber = :ticketNumber")
    Optional<ServiceTicket> findByTicketNumber(String ticketNumber);
}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    @Query("select count(r) > 0 from SurveyResponse r where r.ticketId = :ticketId")
    boolean existsByTicketId(long ticketId);

    List<SurveyResponse> findByEmployeeIdAndServedAtGreaterThanEqualAndServedAtLessThan(long employeeId, Instant from, Instant to);

    List<SurveyResponse> findByUnitIdAndServedAtGreaterThanEqualAndServedAtLessThan(long unitId, Instant from, Instant to);
}

package org.kinerja.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceTicketRepository extends JpaRepository<ServiceTicket, Long> {

    Optional<ServiceTicket> findByTicketNumber(String ticketNumber);
}

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByTicketId(long ticketId);

    List<SurveyResponse> findByEmployeeIdAndServedAtGreaterThanEqualAndServedAtLessThan(long employeeId, Instant from, Instant to);

    List<SurveyResponse> findByUnitIdAndServedAtGreaterThanEqualAndServedAtLessThan(long unitId, Instant from, Instant to);
}

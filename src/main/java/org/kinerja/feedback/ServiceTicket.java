package org.kinerja.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A service an employee handled (nomor registrasi), which the citizen served may rate once. */
@Entity
@Table(name = "service_ticket")
class ServiceTicket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, unique = true, length = 40)
    private String ticketNumber;

    @Column(name = "service_type", nullable = false, length = 100)
    private String serviceType;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "served_at", nullable = false)
    private Instant servedAt;

    @Column(name = "registered_by", length = 64)
    private String registeredBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ServiceTicket() {
    }

    ServiceTicket(String ticketNumber, String serviceType, long employeeId, long unitId, Instant servedAt, String registeredBy) {
        this.ticketNumber = ticketNumber;
        this.serviceType = serviceType;
        this.employeeId = employeeId;
        this.unitId = unitId;
        this.servedAt = servedAt;
        this.registeredBy = registeredBy;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getTicketNumber() {
        return ticketNumber;
    }

    String getServiceType() {
        return serviceType;
    }

    long getEmployeeId() {
        return employeeId;
    }

    long getUnitId() {
        return unitId;
    }

    Instant getServedAt() {
        return servedAt;
    }
}

package org.kinerja.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A citizen's answers for one ticket: the nine IKM elements on the 1–4 scale, and an optional complaint. */
@Entity
@Table(name = "survey_response")
class SurveyResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, unique = true)
    private long ticketId;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "served_at", nullable = false)
    private Instant servedAt;

    private int a1;
    private int a2;
    private int a3;
    private int a4;
    private int a5;
    private int a6;
    private int a7;
    private int a8;
    private int a9;

    @Column(length = 2000)
    private String complaint;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SurveyResponse() {
    }

    SurveyResponse(ServiceTicket ticket, int[] answers, String complaint) {
        this.ticketId = ticket.getId();
        this.employeeId = ticket.getEmployeeId();
        this.unitId = ticket.getUnitId();
        this.servedAt = ticket.getServedAt();
        this.a1 = answers[0];
        this.a2 = answers[1];
        this.a3 = answers[2];
        this.a4 = answers[3];
        this.a5 = answers[4];
        this.a6 = answers[5];
        this.a7 = answers[6];
        this.a8 = answers[7];
        this.a9 = answers[8];
        this.complaint = complaint;
        this.submittedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getTicketId() {
        return ticketId;
    }

    int[] answers() {
        return new int[] {a1, a2, a3, a4, a5, a6, a7, a8, a9};
    }

    String getComplaint() {
        return complaint;
    }
}

package org.kinerja.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The follow-up of one citizen complaint by the head of the unit that served. */
@Entity
@Table(name = "complaint_case")
class ComplaintCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "response_id", nullable = false, unique = true)
    private long responseId;

    @Column(name = "handler_nip", length = 18)
    private String handlerNip;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(nullable = false, length = 12)
    private String status;

    @Column(name = "action_taken", length = 4000)
    private String actionTaken;

    @Column(name = "closed_by", length = 64)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ComplaintCase() {
    }

    ComplaintCase(long responseId, String handlerNip) {
        this.responseId = responseId;
        this.handlerNip = handlerNip;
        this.status = "OPEN";
        this.createdAt = Instant.now();
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void close(String actionTaken, String closedBy) {
        this.actionTaken = actionTaken;
        this.closedBy = closedBy;
        this.closedAt = Instant.now();
        this.status = "CLOSED";
    }

    Long getId() {
        return id;
    }

    long getResponseId() {
        return responseId;
    }

    String getHandlerNip() {
        return handlerNip;
    }

    String getStatus() {
        return status;
    }

    String getActionTaken() {
        return actionTaken;
    }
}

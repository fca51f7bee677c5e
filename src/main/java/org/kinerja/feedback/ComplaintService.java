package org.kinerja.feedback;

import static org.kinerja.feedback.ComplaintHandlingProcess.*;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's complaint becomes work: a {@code ComplaintHandlingProcess} whose {@code Task_FollowUpComplaint} goes to
 * the head of the unit that served (the direct supervisor of the employee who served; for the head of the
 * organisation, the HR admins), who records the action taken and closes it.
 */
@Service
@Transactional
class ComplaintService {


    private final ComplaintCaseRepository cases;
    private final SurveyResponseRepository responses;
    private final ServiceTicketRepository tickets;
    private final OrganizationDirectory organization;
    private final NotificationService notifications;
    private final ComplaintProcesses processes;
    private final String reminderDelay;
    private final String escalationDelay;

    ComplaintService(ComplaintCaseRepository cases, SurveyResponseRepository responses, ServiceTicketRepository tickets,
            OrganizationDirectory organization, NotificationService notifications, ComplaintProcesses processes, FeedbackSettings settings) {
        this.cases = cases;
        this.responses = responses;
        this.tickets = tickets;
        this.organization = organization;
        this.notifications = notifications;
        this.processes = processes;
        this.reminderDelay = settings.complaint().reminderDelay();
        this.escalationDelay = settings.complaint().escalationDelay();
    }

    void open(SurveyResponse response, ServiceTicket ticket) {
        String handler = organization.employee(ticket.getEmployeeId()).map(EmployeeRef::supervisorId)
                .flatMap(id -> id == null ? java.util.Optional.empty() : organization.employee(id))
                .filter(EmployeeRef::active).map(EmployeeRef::nip).orElse(null);
        ComplaintCase complaint = cases.save(new ComplaintCase(response.getId(), handler));
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, complaint.getId());
        variables.put(VAR_HANDLER_NIP, handler);
        variables.put(VAR_REMINDER_DELAY, reminderDelay);
        variables.put(VAR_ESCALATION_DELAY, escalationDelay);
        complaint.started(processes.start(complaint.getId(), variables));
    }

    @Transactional(readOnly = true)
    Map<String, Object> formContext(long complaintId) {
        ComplaintCase complaint = complaint(complaintId);
        SurveyResponse response = responses.findById(complaint.getResponseId()).orElseThrow();
        ServiceTicket ticket = tickets.findById(response.getTicketId()).orElseThrow();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(FORM_TICKET, ticket.getTicketNumber());
        vars.put(FORM_SERVICE, ticket.getServiceType());
        vars.put(FORM_UNIT, organization.unit(ticket.getUnitId()).map(u -> u.name()).orElse(""));
        vars.put(FORM_SERVED_ON, org.kinerja.shared.IndonesianFormat.date(ticket.getServedAt()));
        vars.put(FORM_COMPLAINT, response.getComplaint());
        vars.put(FORM_ACTION, null);
        return vars;
    }

    /** Only the head of the unit that served (the handler of record) or an HR admin follows a complaint up. */
    void requireHandler(long complaintId, String actor) {
        ComplaintCase complaint = complaint(complaintId);
        if (actor == null || !actor.equals(complaint.getHandlerNip())
                && !organization.hasActiveRole(actor, EmployeeRole.ADMIN_BKPSDM)) {
            throw Rejection.forbidden("Pengaduan ini ditindaklanjuti oleh kepala unit yang melayani atau admin BKPSDM.");
        }
    }

    /** The action taken closes the complaint. */
    void close(long complaintId, String actionTaken, String closedBy) {
        requireHandler(complaintId, closedBy);
        complaint(complaintId).close(actionTaken, closedBy);
    }

    /** The ticket number a complaint is about (shown in the task's name). */
    String ticketNumber(long complaintId) {
        ComplaintCase complaint = complaint(complaintId);
        return responses.findById(complaint.getResponseId()).flatMap(r -> tickets.findById(r.getTicketId()))
                .map(ServiceTicket::getTicketNumber).orElse(null);
    }


    private ComplaintCase complaint(long id) {
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("Pengaduan " + id + " tidak ada"));
    }
}

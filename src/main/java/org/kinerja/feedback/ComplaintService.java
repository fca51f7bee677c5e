package org.kinerja.feedback;

import static org.kinerja.feedback.ComplaintHandlingProcess.*;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Value;
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

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"))
            .withZone(ZoneId.of("Asia/Jakarta"));

    private final ComplaintCaseRepository cases;
    private final SurveyResponseRepository responses;
    private final ServiceTicketRepository tickets;
    private final OrganizationDirectory organization;
    private final NotificationService notifications;
    private final RuntimeService runtime;
    private final String reminderDelay;
    private final String escalationDelay;

    ComplaintService(ComplaintCaseRepository cases, SurveyResponseRepository responses, ServiceTicketRepository tickets,
            OrganizationDirectory organization, NotificationService notifications, RuntimeService runtime,
            @Value("${kinerja.complaint.reminder-delay:P3D}") String reminderDelay,
            @Value("${kinerja.complaint.escalation-delay:P7D}") String escalationDelay) {
        this.cases = cases;
        this.responses = responses;
        this.tickets = tickets;
        this.organization = organization;
        this.notifications = notifications;
        this.runtime = runtime;
        this.reminderDelay = reminderDelay;
        this.escalationDelay = escalationDelay;
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
        complaint.started(runtime.startProcessInstanceByKey(PROCESS_ID, "pengaduan-" + complaint.getId(), variables).getId());
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
        vars.put(FORM_SERVED_ON, DATE.format(ticket.getServedAt()));
        vars.put(FORM_COMPLAINT, response.getComplaint());
        vars.put(FORM_ACTION, null);
        return vars;
    }

    void close(long complaintId, Object actionTaken, String closedBy) {
        ComplaintCase complaint = complaint(complaintId);
        if (closedBy == null || !closedBy.equals(complaint.getHandlerNip())
                && !organization.activeNipsWithRole(EmployeeRole.ADMIN_BKPSDM).contains(closedBy)) {
            throw org.kinerja.shared.Rejection.forbidden("Pengaduan ini ditindaklanjuti oleh kepala unit yang melayani atau admin BKPSDM.");
        }
        String action = actionTaken == null ? "" : actionTaken.toString().trim();
        if (action.length() < 5 || action.length() > 4000) {
            throw new NotValidException("Tindak lanjut belum dapat disimpan: tuliskan tindakan yang diambil (5–4.000 karakter).");
        }
        complaint.close(action, closedBy);
    }

    /** Reminds whoever holds the follow-up, or escalates it to the HR admins; once per task and person. */
    void notifyLate(String taskId, String holder, boolean escalate) {
        List<String> recipients = escalate || holder == null ? organization.activeNipsWithRole(EmployeeRole.ADMIN_BKPSDM) : List.of(holder);
        for (String recipient : recipients) {
            notifications.notify(recipient, escalate ? NotificationKind.TASK_ESCALATION : NotificationKind.TASK_REMINDER,
                    (escalate ? "ESCALATION:" : "REMINDER:") + taskId + ":" + recipient,
                    escalate ? "Eskalasi: pengaduan masyarakat belum ditindaklanjuti" : "Pengingat: tindak lanjuti pengaduan masyarakat",
                    escalate ? "Pengaduan masyarakat melewati batas waktu tindak lanjut" + (holder == null ? "." : " oleh " + holder + ".")
                            + " Mohon dipantau." : "Sebuah pengaduan masyarakat menunggu tindak lanjut Anda di Tasklist.",
                    notifications.tasklistLink(taskId));
        }
    }

    private ComplaintCase complaint(long id) {
        return cases.findById(id).orElseThrow(() -> new IllegalStateException("Pengaduan " + id + " tidak ada"));
    }
}

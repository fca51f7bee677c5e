package org.kinerja.feedback;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service tickets and the citizen survey (PermenPANRB 14/2017): a ticket is registered for the employee who served,
 * and may receive one response within the response window (30 days by default). IKM per employee and per unit.
 */
@Service
@Transactional
public class SurveyService {

    /** Indonesia's civil-service calendar day, for periods given as dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final int MAX_COMPLAINT = 2000;
    static final String ALREADY_ANSWERED = "Survei untuk tiket ini sudah diisi. Terima kasih atas penilaian Anda.";

    /** A ticket as the counter system registers it. */
    public record TicketRequest(String ticketNumber, String serviceType, String employeeNip,
            @JsonDeserialize(using = IsoInstantDeserializer.class) Instant servedAt) {
    }

    /** A registered ticket. */
    public record TicketView(String ticketNumber, String serviceType, String employeeNip, String unitCode, Instant servedAt) {
    }

    private final ServiceTicketRepository tickets;
    private final SurveyResponseRepository responses;
    private final OrganizationDirectory organization;
    private final Duration window;
    private final Clock clock;
    private final ComplaintService complaints;

    SurveyService(ServiceTicketRepository tickets, SurveyResponseRepository responses, OrganizationDirectory organization,
            FeedbackSettings settings, Optional<Clock> clock, ComplaintService complaints) {
        this.complaints = complaints;
        this.tickets = tickets;
        this.responses = responses;
        this.organization = organization;
        this.window = settings.survey().responseWindow();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public TicketView registerTicket(TicketRequest request, String registeredBy) {
        List<String> problems = new ArrayList<>();
        String number = TicketRules.number(request.ticketNumber());
        if (!TicketRules.validNumber(number)) {
            problems.add(TicketRules.NUMBER_RULE);
        }
        String type = TicketRules.type(request.serviceType());
        String typeProblem = TicketRules.typeProblem(type);
        if (typeProblem != null) {
            problems.add(typeProblem);
        }
        String nip = Texts.clean(request.employeeNip());
        Optional<EmployeeRef> employee = nip == null || nip.length() > 18 ? Optional.empty()
                : organization.employeeByNip(nip).filter(EmployeeRef::active);
        if (employee.isEmpty()) {
            problems.add(TicketRules.unknownEmployee(request.employeeNip()));
        }
        String timeProblem = TicketRules.servedAtProblem(request.servedAt(), clock.instant());
        if (timeProblem != null) {
            problems.add(timeProblem);
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Tiket ditolak: " + String.join(" ", problems), problems);
        }
        if (tickets.findByTicketNumber(number).isPresent()) {
            throw Rejection.conflict("Tiket " + number + " sudah terdaftar.");
        }
        ServiceTicket ticket;
        try {
            ticket = tickets.saveAndFlush(new ServiceTicket(number, type, employee.get().id(), employee.get().unitId(),
                    request.servedAt(), registeredBy));
        } catch (DataIntegrityViolationException e) {
            throw violated(e, "uk_service_ticket_number", "Tiket " + number + " sudah terdaftar.");
        }
        return new TicketView(ticket.getTicketNumber(), type, employee.get().nip(), employee.get().unitCode(), ticket.getServedAt());
    }

    /** What the public page shows about a ticket that may still be rated. */
    public record OpenTicket(String ticketNumber, String serviceType, String unitName, LocalDate servedOn, LocalDate openUntil) {
    }

    /** The ticket, if it may still be rated; otherwise the reason, as the survey would refuse it. */
    @Transactional(readOnly = true)
    public OpenTicket openTicket(String ticketNumber) {
        ServiceTicket ticket = ratable(ticketNumber);
        String unitName = organization.unit(ticket.getUnitId()).map(u -> u.name()).orElse("");
        return new OpenTicket(ticket.getTicketNumber(), ticket.getServiceType(), unitName,
                ticket.getServedAt().atZone(ZONE).toLocalDate(), ticket.getServedAt().plus(window).atZone(ZONE).toLocalDate());
    }

    private ServiceTicket ratable(String ticketNumber) {
        String number = TicketRules.number(ticketNumber);
        ServiceTicket ticket = (TicketRules.validNumber(number) ? tickets.findByTicketNumber(number) : Optional.<ServiceTicket>empty())
                .orElseThrow(() -> Rejection.notFound("Nomor tiket tidak dikenal. Periksa kembali nomor pada bukti layanan Anda."));
        if (responses.existsByTicketId(ticket.getId())) {
            throw Rejection.conflict(ALREADY_ANSWERED);
        }
        if (clock.instant().isAfter(ticket.getServedAt().plus(window))) {
            throw new Rejection(Rejection.Kind.GONE, "Masa pengisian survei untuk tiket ini sudah lewat ("
                    + window.toDays() + " hari setelah layanan).");
        }
        return ticket;
    }

    /**
     * Stores a citizen's answers for a ticket: exactly nine answers of 1–4, an optional complaint of at most 2,000
     * characters, once per ticket, within the response window.
     */
    public void respond(String ticketNumber, int[] answers, String complaint) {
        ServiceTicket ticket = ratable(ticketNumber);
        if (answers == null || answers.length != IkmElement.values().length) {
            throw Rejection.invalid("Semua 9 unsur survei wajib dijawab.");
        }
        for (IkmElement element : IkmElement.values()) {
            int a = answers[element.ordinal()];
            if (a < 1 || a > 4) {
                throw Rejection.invalid("Jawaban untuk \"" + element.label() + "\" harus 1 sampai 4.");
            }
        }
        String text = Texts.clean(complaint);
        if (text != null && text.length() > MAX_COMPLAINT) {
            throw Rejection.invalid("Pengaduan atau saran terlalu panjang (paling banyak " + MAX_COMPLAINT + " karakter).");
        }
        String textProblem = Texts.controlCharacterProblem("Pengaduan atau saran", text, true);
        if (textProblem != null) {
            throw Rejection.invalid(textProblem);
        }
        SurveyResponse response;
        try {
            // The unique constraint decides between two submissions at the same moment; the check above only explains.
            response = responses.saveAndFlush(new SurveyResponse(ticket, answers, text));
        } catch (DataIntegrityViolationException e) {
            throw violated(e, "uk_survey_response_ticket", ALREADY_ANSWERED);
        }
        if (text != null) {
            complaints.open(response, ticket);
        }
    }

    /** A refusal (409) when the violated constraint is the one named, else the violation as it is. */
    static RuntimeException violated(DataIntegrityViolationException e, String constraint, String message) {
        String cause = String.valueOf(e.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return cause.contains(constraint) ? Rejection.conflict(message) : e;
    }

    /** The IKM of the citizens one employee served in the period (by service date), empty without responses. */
    @Transactional(readOnly = true)
    public Optional<IkmResult> ikmForEmployee(long employeeId, LocalDate from, LocalDate to) {
        return IkmCalculator.compute(responses.findByEmployeeIdAndServedAtGreaterThanEqualAndServedAtLessThan(employeeId,
                start(from), end(to)).stream().map(SurveyResponse::answers).toList());
    }

    /** The IKM of one unit in the period (by service date), empty without responses. */
    @Transactional(readOnly = true)
    public Optional<IkmResult> ikmForUnit(long unitId, LocalDate from, LocalDate to) {
        return IkmCalculator.compute(responses.findByUnitIdAndServedAtGreaterThanEqualAndServedAtLessThan(unitId,
                start(from), end(to)).stream().map(SurveyResponse::answers).toList());
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    private static Instant end(LocalDate lastDay) {
        return lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}

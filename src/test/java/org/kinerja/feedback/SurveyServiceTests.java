package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.feedback.SurveyService.TicketRequest;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Rejection.Kind;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Tickets and survey answers: every refusal stores nothing; a ticket gets one answer within 30 days. */
@KinerjaTest
class SurveyServiceTests {

    @Autowired
    SurveyService survey;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldRegisterATicketForTheEmployeeWhoServed() {
        var ticket = survey.registerTicket(new TicketRequest("ktp/2026/0001-" + System.nanoTime() % 100000, "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, Instant.now()), "loket");
        assertThat(ticket.unitCode()).isEqualTo("SEK-A1");
        assertThat(ticket.ticketNumber()).startsWith("KTP/2026/0001-");
        assertThatThrownBy(() -> survey.registerTicket(new TicketRequest(ticket.ticketNumber(), "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, Instant.now()), "loket"))
                .isInstanceOf(Rejection.class).hasMessageContaining("sudah terdaftar");
    }

    @Test
    void shouldRefuseABadTicket() {
        assertThatThrownBy(() -> survey.registerTicket(new TicketRequest("#", "", "123", Instant.now().plus(Duration.ofDays(1))), "loket"))
                .isInstanceOf(Rejection.class)
                .hasMessageContaining("Nomor registrasi").hasMessageContaining("Jenis layanan wajib diisi")
                .hasMessageContaining("NIP petugas tidak dikenal").hasMessageContaining("tidak boleh di masa depan");
    }

    @Test
    void shouldTakeOneAnswerPerTicketAndRefuseEveryBadAnswerWithoutStoringIt() {
        String number = ticket(Instant.now());
        long before = responses.count();
        assertRejected(() -> survey.respond("TIDAK-ADA-1", IkmCalculatorTests.all(4), null), Kind.NOT_FOUND, "tidak dikenal");
        assertRejected(() -> survey.respond(number, new int[] {4, 4, 4, 4, 4, 4, 4, 4}, null), Kind.INVALID, "Semua 9 unsur");
        assertRejected(() -> survey.respond(number, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 5}, null), Kind.INVALID,
                "\"Sarana dan Prasarana\" harus 1 sampai 4");
        assertRejected(() -> survey.respond(number, IkmCalculatorTests.all(0), null), Kind.INVALID, "harus 1 sampai 4");
        assertRejected(() -> survey.respond(number, IkmCalculatorTests.all(3), "x".repeat(2001)), Kind.INVALID, "terlalu panjang");
        assertThat(responses.count()).isEqualTo(before);

        survey.respond(number, IkmCalculatorTests.all(3), "<script>alert(1)</script> Antrean terlalu lama");
        assertThat(responses.count()).isEqualTo(before + 1);
        assertRejected(() -> survey.respond(number, IkmCalculatorTests.all(4), null), Kind.CONFLICT, "sudah diisi");
        assertThat(responses.count()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseAnAnswerAfterTheWindow() {
        String number = ticket(Instant.now().minus(Duration.ofDays(31)));
        assertRejected(() -> survey.respond(number, IkmCalculatorTests.all(4), null), Kind.GONE, "sudah lewat (30 hari");
    }

    @Test
    void shouldComputeTheIkmOfAnEmployeeFromTheirTickets() {
        LocalDate today = LocalDate.now(SurveyService.ZONE);
        String a = ticket(ProcessTestSupport.STAFF_FOUR, Instant.now());
        String b = ticket(ProcessTestSupport.STAFF_FOUR, Instant.now());
        ticket(ProcessTestSupport.STAFF_THREE, Instant.now()); // another employee's ticket, never counted for STAFF_FOUR
        survey.respond(a, IkmCalculatorTests.all(4), null);
        survey.respond(b, IkmCalculatorTests.all(2), null);
        var ikm = survey.ikmForEmployee(employeeIdOf(ProcessTestSupport.STAFF_FOUR), today.minusDays(1), today).orElseThrow();
        // answers total 36 + 18 = 54 over 2 responses: IKM = 25 × 54 / 18 = 75.00 → C
        assertThat(ikm.responses()).isEqualTo(2);
        assertThat(ikm.ikm()).isEqualByComparingTo("75.00");
        assertThat(ikm.grade()).isEqualTo(IkmGrade.C);
    }

    @Autowired
    org.kinerja.organization.OrganizationDirectory organization;

    private long employeeIdOf(String nip) {
        return organization.employeeByNip(nip).orElseThrow().id();
    }

    private String ticket(Instant servedAt) {
        return ticket(ProcessTestSupport.STAFF_ONE, servedAt);
    }

    private String ticket(String nip, Instant servedAt) {
        return survey.registerTicket(new TicketRequest("T-" + System.nanoTime(), "Penerbitan KTP-el", nip, servedAt), "loket")
                .ticketNumber();
    }

    private static void assertRejected(Runnable call, Kind kind, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Rejection.class,
                e -> assertThat(e.kind()).isEqualTo(kind)).hasMessageContaining(message);
    }

    @Test
    void shouldRefuseControlCharactersInAComplaintAndIgnoreOneOfOnlyInvisibleCharacters() {
        String number = ticket(Instant.now());
        long before = responses.count();
        assertRejected(() -> survey.respond(number, IkmCalculatorTests.all(3), "Antrean\u0000lama"), Kind.INVALID,
                "Pengaduan atau saran berisi karakter kendali atau karakter tidak sah (U+0000)");
        assertThat(responses.count()).isEqualTo(before);
        survey.respond(number, IkmCalculatorTests.all(3), "\u200B \u200B\n");
        long ticketId = tickets.findByTicketNumber(number).orElseThrow().getId();
        assertThat(responses.findAll()).filteredOn(r -> r.getTicketId() == ticketId).singleElement()
                .satisfies(r -> assertThat(r.getComplaint()).as("a complaint of only invisible characters").isNull());
    }

    @Autowired
    ServiceTicketRepository tickets;
}

package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SessionCookies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * HR's IKM report: the numbers per unit and period, the CSV export, bad parameters, who may see it, and the page with
 * Kinerja's login (shared with Tasklist). The responses are in 2021, a year no other test uses.
 */
@KinerjaTest
class IkmReportTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final int YEAR = 2021;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    OrganizationDirectory organization;
    @Autowired
    ServiceTicketRepository tickets;
    @Autowired
    SurveyResponseRepository responses;
    @Autowired
    IkmReportService reportService;

    @BeforeEach
    void responsesIn2021() throws Exception {
        new ProcessTestSupport(engine, units, employees);
        if (tickets.findByTicketNumber("IKM-2021-1").isPresent()) {
            return;
        }
        // SEK-A1, February: all 4 and all 3 -> every NRR 3.50, IKM 87.50 (B)
        respond("IKM-2021-1", ProcessTestSupport.STAFF_ONE, LocalDateTime.of(YEAR, 2, 3, 9, 0), 4, 4, 4, 4, 4, 4, 4, 4, 4);
        respond("IKM-2021-2", ProcessTestSupport.STAFF_TWO, LocalDateTime.of(YEAR, 2, 4, 10, 0), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        // SEK-A2, May: 4 x 8 and one 3 -> 25 x 35 / 9 = 97.22 (A)
        respond("IKM-2021-3", ProcessTestSupport.STAFF_FIVE, LocalDateTime.of(YEAR, 5, 10, 8, 30), 4, 4, 4, 4, 4, 4, 4, 4, 3);
        // 31 December 23:30 WIB is still 2021 (16:30 UTC)
        respond("IKM-2021-4", ProcessTestSupport.STAFF_FIVE, LocalDateTime.of(YEAR, 12, 31, 23, 30), 4, 4, 4, 4, 4, 4, 4, 4, 3);
    }

    private void respond(String number, String nip, LocalDateTime servedAtWib, int... answers) {
        EmployeeRef e = organization.employeeByNip(nip).orElseThrow();
        ServiceTicket ticket = tickets.save(new ServiceTicket(number, "Penerbitan KTP-el", e.id(), e.unitId(),
                servedAtWib.atZone(SurveyService.ZONE).toInstant(), "uji"));
        responses.save(new SurveyResponse(ticket, answers, null));
    }

    @Test
    void shouldReportEachUnitAndTheWholeOrganisationPerQuarter() throws Exception {
        mvc.perform(get("/api/reports/ikm").param("tahun", "2021").param("per", "triwulan")
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(6))
                .andExpect(jsonPath("$.rows[0].period").value("Triwulan I 2021"))
                .andExpect(jsonPath("$.rows[0].unitCode").value("SEK-A1"))
                .andExpect(jsonPath("$.rows[0].responses").value(2))
                .andExpect(jsonPath("$.rows[0].nrr.length()").value(9))
                .andExpect(jsonPath("$.rows[0].nrr[0].label").value("Persyaratan"))
                .andExpect(jsonPath("$.rows[0].nrr[0].nrr").value(3.50))
                .andExpect(jsonPath("$.rows[0].ikm").value(87.50))
                .andExpect(jsonPath("$.rows[0].grade").value("B"))
                .andExpect(jsonPath("$.rows[0].gradeRange").value("76,61–88,30"))
                .andExpect(jsonPath("$.rows[1].unitCode").value("SEMUA"))
                .andExpect(jsonPath("$.rows[2].period").value("Triwulan II 2021"))
                .andExpect(jsonPath("$.rows[2].unitCode").value("SEK-A2"))
                .andExpect(jsonPath("$.rows[2].ikm").value(97.22))
                .andExpect(jsonPath("$.rows[2].grade").value("A"))
                .andExpect(jsonPath("$.rows[4].period").value("Triwulan IV 2021"));
    }

    /**
     * The report's one statement for all periods gives each period and unit the figures of exactly its own responses,
     * as computed from those responses one by one (what the report did before: a query per period). The responses are
     * in 2019, a year no other test uses, on both sides of the borders of months, quarters and the year in WIB (UTC+7,
     * so each border falls on the day before in UTC).
     */
    @Test
    void shouldGiveEachPeriodAndUnitTheFiguresOfItsOwnResponses() throws Exception {
        if (tickets.findByTicketNumber("IKM-2019-1").isEmpty()) {
            LocalDateTime[] servedAt = {
                LocalDateTime.of(2018, 12, 31, 23, 59), LocalDateTime.of(2019, 1, 1, 0, 0), LocalDateTime.of(2019, 1, 31, 23, 59),
                LocalDateTime.of(2019, 2, 1, 6, 59), LocalDateTime.of(2019, 3, 31, 23, 59), LocalDateTime.of(2019, 4, 1, 0, 0),
                LocalDateTime.of(2019, 6, 30, 23, 30), LocalDateTime.of(2019, 7, 1, 0, 30), LocalDateTime.of(2019, 9, 30, 23, 0),
                LocalDateTime.of(2019, 10, 1, 1, 0), LocalDateTime.of(2019, 12, 31, 23, 59), LocalDateTime.of(2020, 1, 1, 0, 0)};
            String[] staff = {ProcessTestSupport.STAFF_ONE, ProcessTestSupport.STAFF_TWO, ProcessTestSupport.STAFF_FIVE};
            int number = 0;
            for (int i = 0; i < servedAt.length; i++) {
                for (int k = 0; k <= i % 3; k++) { // 1 to 3 responses at each moment, from different units
                    int[] answers = new int[9];
                    for (int e = 0; e < 9; e++) {
                        answers[e] = 1 + (i * 7 + k * 5 + e * 3) % 4;
                    }
                    respond("IKM-2019-" + ++number, staff[(i + k) % staff.length], servedAt[i], answers);
                }
            }
        }
        for (IkmReportService.Granularity per : IkmReportService.Granularity.values()) {
            IkmReportService.Report report = reportService.report(2019, per);
            List<String> expected = new ArrayList<>();
            long year = 0;
            for (IkmReportService.Period period : per.periodsOf(2019)) {
                Instant from = period.from().atStartOfDay(SurveyService.ZONE).toInstant();
                Instant to = period.to().plusDays(1).atStartOfDay(SurveyService.ZONE).toInstant();
                List<int[]> all = new ArrayList<>();
                for (String unit : List.of("SEK-A1", "SEK-A2")) {
                    List<int[]> answers = responses.findByUnitIdAndServedAtGreaterThanEqualAndServedAtLessThan(
                            organization.unitByCode(unit).orElseThrow().id(), from, to).stream().map(SurveyResponse::answers).toList();
                    IkmCalculator.compute(answers).ifPresent(r -> expected.add(line(period.label(), unit, r)));
                    all.addAll(answers);
                }
                IkmCalculator.compute(all).ifPresent(r -> expected.add(line(period.label(), IkmReportService.ALL_UNITS, r)));
                year += all.size();
            }
            assertThat(report.rows().stream().map(r -> line(r.period().label(), r.unitCode(), r.result())).toList()).as(per.name())
                    .containsExactlyElementsOf(expected);
            assertThat(year).as("responses of 2019").isEqualTo(20);
        }
        IkmReportService.Report quarters = reportService.report(2019, IkmReportService.Granularity.TRIWULAN);
        assertThat(quarters.rows().stream().filter(r -> r.unitCode().equals(IkmReportService.ALL_UNITS))
                .map(r -> r.result().responses()).toList()).containsExactly(8, 4, 5, 3);
    }

    private static String line(String period, String unit, IkmResult result) {
        return period + " " + unit + " " + result.responses() + " " + result.nrr().values() + " " + result.ikm() + " "
                + result.grade();
    }

    @Test
    void shouldSumAllUnitsOfTheYear() throws Exception {
        // 4 responses; elements 1-8 sum 15 (NRR 3.75), element 9 sums 13 (3.25): 25 x 133 / 36 = 92.36 (A)
        mvc.perform(get("/api/reports/ikm").param("tahun", "2021").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.per").value("TAHUN"))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[2].unitCode").value("SEMUA"))
                .andExpect(jsonPath("$.rows[2].responses").value(4))
                .andExpect(jsonPath("$.rows[2].nrr[0].nrr").value(3.75))
                .andExpect(jsonPath("$.rows[2].nrr[8].nrr").value(3.25))
                .andExpect(jsonPath("$.rows[2].ikm").value(92.36))
                .andExpect(jsonPath("$.rows[2].grade").value("A"));
    }

    @Test
    void shouldExportTheReportAsCsv() throws Exception {
        byte[] csv = mvc.perform(get("/api/reports/ikm.csv").param("tahun", "2021").param("per", "BULAN")
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("ikm-2021-bulan.csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFperiode,dari,sampai,kode_unit,nama_unit,jumlah_responden,nrr_u1,");
        assertThat(text.lines().toList()).contains(
                "Februari 2021,2021-02-01,2021-02-28,SEK-A1,Seksi A1,2,3.50,3.50,3.50,3.50,3.50,3.50,3.50,3.50,3.50,87.50,B,Baik",
                "Mei 2021,2021-05-01,2021-05-31,SEK-A2,Seksi A2,1,4.00,4.00,4.00,4.00,4.00,4.00,4.00,4.00,3.00,97.22,A,Sangat Baik");
        assertThat(text.lines().filter(l -> l.startsWith("Desember 2021,"))).hasSize(2);
    }

    @Test
    void shouldRefuseABadYearOrPeriod() throws Exception {
        mvc.perform(get("/api/reports/ikm").param("tahun", "dua ribu").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tahun laporan harus berupa angka, misalnya 2026."));
        mvc.perform(get("/api/reports/ikm").param("tahun", "1999").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tahun laporan harus antara 2000 dan 2100."));
        mvc.perform(get("/api/reports/ikm.csv").param("per", "minggu").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Pembagian periode harus TAHUN, TRIWULAN atau BULAN."));
    }

    @Test
    void shouldLetOnlyHrSeeTheReport() throws Exception {
        mvc.perform(get("/api/reports/ikm")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/reports/ikm").with(httpBasic(ProcessTestSupport.STAFF_ONE, PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/ikm.csv").with(httpBasic(ProcessTestSupport.SUPERVISOR, PASSWORD))).andExpect(status().isForbidden());
    }

    @Test
    void shouldShowTheReportPageAfterKinerjaLoginAndSignInToTasklistToo() throws Exception {
        mvc.perform(get("/laporan/ikm")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/masuk"));
        mvc.perform(formLogin("/masuk").userParameter("pengguna").passwordParam("sandi").user("pengguna-tidak-ada").password("salah"))
                .andExpect(redirectedUrl("/masuk?gagal"));
        Cookie session = SessionCookies.of(mvc.perform(formLogin("/masuk").userParameter("pengguna").passwordParam("sandi")
                        .user(ProcessTestSupport.HR_ADMIN).password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn());
        assertThat(SessionCookies.camunda(sessions, session).getAuthenticationForProcessEngine("default").getName())
                .isEqualTo(ProcessTestSupport.HR_ADMIN);
        mvc.perform(get("/laporan/ikm").param("tahun", "2021").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seluruh unit layanan")))
                .andExpect(content().string(containsString("87,50")))
                .andExpect(content().string(containsString("B (Baik)")))
                .andExpect(content().string(containsString("chart.umd.js")));
        mvc.perform(get("/laporan/ikm").param("tahun", "tahun ini").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tahun laporan harus berupa angka")));
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }

    @Test
    void shouldAcceptATasklistSignInButNotForSomeoneWithoutTheRole() throws Exception {
        Cookie hr = tasklistSession(ProcessTestSupport.HR_ADMIN);
        mvc.perform(get("/laporan/ikm.csv").param("tahun", "2021").cookie(hr)).andExpect(status().isOk());
        Cookie staff = tasklistSession(ProcessTestSupport.STAFF_ONE);
        mvc.perform(get("/laporan/ikm").cookie(staff)).andExpect(status().isForbidden());
        // the header names the person, not their NIP; the report's link is for HR only
        String name = organization.employeeByNip(ProcessTestSupport.STAFF_ONE).orElseThrow().name();
        mvc.perform(get("/beranda").cookie(staff)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<span id=\"nama-pengguna\">" + name + "</span>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(ProcessTestSupport.STAFF_ONE))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Laporan IKM</a>"))));
        mvc.perform(get("/beranda").cookie(hr)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Laporan IKM</a>")));
    }

    private Cookie tasklistSession(String userId) {
        return SessionCookies.tasklist(sessions, engine, userId);
    }

    @Test
    void shouldNeverExportACellThatASpreadsheetWouldRunAsAFormula() throws Exception {
        String formula = "=HYPERLINK(\"http://penipu.example\",\"Klik\")";
        units.importCsv(("kode,nama,jenis,kode_induk\nSEK-A2,\"" + formula.replace("\"", "\"\"") + "\",SEKSI,BID-A\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            String text = mvc.perform(get("/api/reports/ikm.csv").param("tahun", "2021").with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).contains(",\"'=HYPERLINK(\"\"http://penipu.example\"\",\"\"Klik\"\")\",")
                    .doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
        } finally {
            units.importCsv(new org.springframework.core.io.ClassPathResource("fixtures/unit.csv").getContentAsByteArray());
        }
    }
}

package org.kinerja.feedback;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Registering service tickets over HTTP: who may, and the answers to bad input. */
@KinerjaTest
class ServiceTicketEndpointTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @Autowired
    MockMvc mvc;
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
    void shouldRegisterATicketAndRefuseADuplicate() throws Exception {
        String body = ticket("REG/" + System.nanoTime(), ProcessTestSupport.STAFF_ONE);
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitCode").value("SEK-A1"));
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("sudah terdaftar")));
    }

    @Test
    void shouldAnswerBadInputWith400AndTheReasons() throws Exception {
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(ticket("#", "123"))
                        .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("NIP petugas tidak dikenal")));
    }

    @Test
    void shouldLetOnlyHrOrTheCounterSystemRegister() throws Exception {
        String body = ticket("REG/" + System.nanoTime(), ProcessTestSupport.STAFF_ONE);
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic(ProcessTestSupport.STAFF_TWO, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    private static String ticket(String number, String nip) {
        return """
                {"ticketNumber":"%s","serviceType":"Penerbitan KTP-el","employeeNip":"%s","servedAt":"%s"}"""
                .formatted(number, nip, java.time.Instant.now().minusSeconds(60));
    }

    @Test
    void shouldRefuseANumberAsTimeAndATimeOutsideTheSaneRange() throws Exception {
        String number = "REG/" + System.nanoTime();
        for (String servedAt : new String[] {"1e308", "1764300000", "true"}) {
            register("{\"ticketNumber\":\"" + number + "\",\"serviceType\":\"KTP\",\"employeeNip\":\"" + ProcessTestSupport.STAFF_ONE
                    + "\",\"servedAt\":" + servedAt + "}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString("'servedAt' harus berupa waktu ISO-8601 dengan zona waktu")));
        }
        register(ticket(number, ProcessTestSupport.STAFF_ONE).replaceAll("\"servedAt\":\"[^\"]+\"",
                "\"servedAt\":\"-999999999-01-01T00:00:00Z\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("sebelum 1 Januari 2000")));
        register(ticket(number, ProcessTestSupport.STAFF_ONE).replaceAll("\"servedAt\":\"[^\"]+\"", "\"servedAt\":\"2026-02-31T10:00:00+07:00\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Nilai '2026-02-31T10:00:00+07:00' tidak sah untuk 'servedAt'")));
        register(ticket(number, ProcessTestSupport.STAFF_ONE)).andExpect(status().isCreated());
    }

    @Test
    void shouldRefuseControlCharactersAndTreatZeroWidthSpacesAsEmpty() throws Exception {
        register(ticket("REG/" + System.nanoTime(), ProcessTestSupport.STAFF_ONE).replace("Penerbitan KTP-el", "KTP\\u0000el"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(containsString("Jenis layanan berisi karakter kendali")));
        register(ticket("REG/" + System.nanoTime(), ProcessTestSupport.STAFF_ONE).replace("Penerbitan KTP-el", "\\u200B\\u200B"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value("Jenis layanan wajib diisi (paling banyak 100 karakter)."));
    }

    private org.springframework.test.web.servlet.ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/service-tickets").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(httpBasic(ProcessTestSupport.HR_ADMIN, PASSWORD)));
    }
}

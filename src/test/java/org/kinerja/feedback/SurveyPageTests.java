package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The public survey page: every bad input gets a clear message, the right status, and stores nothing. */
@SpringBootTest(properties = "kinerja.survey.submissions-per-10-minutes=10")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SurveyPageTests {

    @Autowired
    MockMvc mvc;
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
    void shouldShowTheNineElementsWithoutALogin() throws Exception {
        String ticket = ticket(Instant.now());
        mvc.perform(get("/survei").param("tiket", ticket))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Survei Kepuasan Masyarakat")))
                .andExpect(content().string(containsString("9. Sarana dan Prasarana")))
                .andExpect(content().string(containsString("Penerbitan KTP-el")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void shouldStoreOneResponseAndRefuseTheSecond() throws Exception {
        String ticket = ticket(Instant.now());
        long before = responses.count();
        mvc.perform(answers(ticket, "4").with(csrf()).with(from("192.0.2.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Terima kasih")));
        assertThat(responses.count()).isEqualTo(before + 1);
        mvc.perform(answers(ticket, "3").with(csrf()).with(from("192.0.2.1")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("sudah diisi")));
        assertThat(responses.count()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseEveryBadInputAndStoreNothing() throws Exception {
        String ticket = ticket(Instant.now());
        String expired = ticket(Instant.now().minus(Duration.ofDays(31)));
        long before = responses.count();
        mvc.perform(answers("TIDAK-ADA-99", "4").with(csrf()).with(from("192.0.2.2")))
                .andExpect(status().isNotFound()).andExpect(content().string(containsString("Nomor tiket tidak dikenal")));
        mvc.perform(answers(expired, "4").with(csrf()).with(from("192.0.2.2")))
                .andExpect(status().isGone()).andExpect(content().string(containsString("sudah lewat")));
        mvc.perform(answers(ticket, "5").with(csrf()).with(from("192.0.2.2")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("harus 1 sampai 4")));
        mvc.perform(answersWithout(ticket, "4", 9).with(csrf()).with(from("192.0.2.2")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yang belum dijawab: Sarana dan Prasarana")));
        mvc.perform(answers(ticket, "4").param("keluhan", "x".repeat(2001)).with(csrf()).with(from("192.0.2.2")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("terlalu panjang")));
        mvc.perform(answers(ticket, "4").with(from("192.0.2.2")))
                .andExpect(status().isForbidden());
        assertThat(responses.count()).isEqualTo(before);
    }

    @Test
    void shouldEscapeTheComplaintWhenShowingItAgain() throws Exception {
        String ticket = ticket(Instant.now());
        mvc.perform(answersWithout(ticket, "4", 1).param("keluhan", "<script>alert('x')</script>").with(csrf()).with(from("192.0.2.3")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void shouldLimitSubmissionsPerClientAddress() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(answers("TIDAK-ADA-" + i, "4").with(csrf()).with(from("198.51.100.7"))).andExpect(status().isNotFound());
        }
        mvc.perform(answers(ticket(Instant.now()), "4").with(csrf()).with(from("198.51.100.7")))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Terlalu banyak pengiriman")));
        mvc.perform(answers(ticket(Instant.now()), "4").with(csrf()).with(from("198.51.100.8")))
                .andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder answers(String ticket, String value) {
        return answersWithout(ticket, value, 0);
    }

    /** All nine answers but the one numbered {@code missing} (1–9; 0 leaves none out). */
    private MockHttpServletRequestBuilder answersWithout(String ticket, String value, int missing) {
        MockHttpServletRequestBuilder request = post("/survei").param("tiket", ticket);
        for (int i = 1; i <= 9; i++) {
            if (i != missing) {
                request.param("u" + i, value);
            }
        }
        return request;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String ticket(Instant servedAt) {
        return survey.registerTicket(new SurveyService.TicketRequest("Q-" + System.nanoTime(), "Penerbitan KTP-el",
                ProcessTestSupport.STAFF_ONE, servedAt), "loket").ticketNumber();
    }
}

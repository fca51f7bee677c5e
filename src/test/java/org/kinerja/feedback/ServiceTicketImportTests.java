package org.kinerja.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** HR's CSV import of service tickets: all or nothing, idempotent, each bad row named. */
@KinerjaTest
class ServiceTicketImportTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    ServiceTicketRepository tickets;
    @Autowired
    SurveyService survey;

    @BeforeEach
    void organisation() throws Exception {
        new ProcessTestSupport(engine, units, employees);
    }

    @Test
    void shouldImportTicketsAndChangeNothingOnASecondImport() throws Exception {
        String prefix = "IMP" + System.nanoTime();
        String yesterday = ZonedDateTime.now(SurveyService.ZONE).minusDays(1).toLocalDate().toString();
        String csv = "\uFEFFnomor_registrasi;jenis_layanan;nip_petugas;waktu_layanan;kode_unit\n"
                + prefix + "-1;Penerbitan KTP-el;" + ProcessTestSupport.STAFF_ONE + ";" + yesterday + " 09:15;SEK-A1\n"
                + prefix + "-2;Akta Kelahiran;" + ProcessTestSupport.STAFF_FIVE + ";" + yesterday + "T10:00:00+07:00;\n";
        upload(csv, ProcessTestSupport.HR_ADMIN).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(2)).andExpect(jsonPath("$.created").value(2)).andExpect(jsonPath("$.unchanged").value(0));
        upload(csv, ProcessTestSupport.HR_ADMIN).andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.unchanged").value(2));

        ServiceTicket first = tickets.findByTicketNumber(prefix + "-1").orElseThrow();
        assertThat(first.getServedAt().atZone(SurveyService.ZONE).toLocalTime().toString()).isEqualTo("09:15");
        assertThat(first.getServiceType()).isEqualTo("Penerbitan KTP-el");
        // an imported ticket opens the survey like a registered one
        assertThat(survey.openTicket(prefix.toLowerCase() + "-2").unitName()).isEqualTo("Seksi A2");
    }

    @Test
    void shouldListEveryBadRowAndWriteNothing() throws Exception {
        String prefix = "BAD" + System.nanoTime();
        String csv = "nomor_registrasi,jenis_layanan,nip_petugas,waktu_layanan,kode_unit\n"
                + prefix + "-OK,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",2026-01-05 09:15,\n"
                + "#,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",2026-01-05 09:15,\n"
                + prefix + "-2,,123,kemarin,\n"
                + prefix + "-OK,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",2026-01-05 09:15,\n"
                + prefix + "-3,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",2099-01-01 09:00,SEK-A2\n";
        upload(csv, ProcessTestSupport.HR_ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Tidak ada data yang diubah")))
                .andExpect(jsonPath("$.errors[?(@.row == 3 && @.column == 'nomor_registrasi')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'jenis_layanan')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'nip_petugas')]").exists())
                .andExpect(jsonPath("$.errors[?(@.row == 4 && @.column == 'waktu_layanan')].message").value(
                        hasItem(containsString("Waktu layanan tidak terbaca atau bukan tanggal yang ada: 'kemarin'"))))
                .andExpect(jsonPath("$.errors[?(@.row == 5)].message").value(hasItem(containsString("sudah ada di baris 2"))))
                .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'kode_unit')].message").value(
                        hasItem(containsString("bertugas di unit SEK-A1, bukan SEK-A2"))))
                .andExpect(jsonPath("$.errors[?(@.row == 6 && @.column == 'waktu_layanan')].message").value(
                        hasItem(containsString("masa depan"))));
        assertThat(tickets.findByTicketNumber(prefix + "-OK")).isEmpty();
    }

    @Test
    void shouldRefuseAFileWithoutTheColumnsOrData() throws Exception {
        upload("nomor,layanan\nA,B\n", ProcessTestSupport.HR_ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Judul kolom berkas tiket layanan tidak lengkap")))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Kolom wajib tidak ada: nomor_registrasi")));
        upload("nomor_registrasi,jenis_layanan,nip_petugas,waktu_layanan\n", ProcessTestSupport.HR_ADMIN)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("tanpa baris data")));
    }

    @Test
    void shouldLetOnlyHrImport() throws Exception {
        String csv = "nomor_registrasi,jenis_layanan,nip_petugas,waktu_layanan\nX-1,KTP," + ProcessTestSupport.STAFF_ONE + ",2026-01-05 09:15\n";
        upload(csv, ProcessTestSupport.STAFF_ONE).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/service-tickets/import").file(file(csv))).andExpect(status().isUnauthorized());
    }

    private ResultActions upload(String csv, String user) throws Exception {
        return mvc.perform(multipart("/api/service-tickets/import").file(file(csv)).with(httpBasic(user, PASSWORD)));
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "tiket.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseADayThatDoesNotExistInsteadOfMovingIt() throws Exception {
        String prefix = "TGL" + System.nanoTime();
        String csv = "nomor_registrasi,jenis_layanan,nip_petugas,waktu_layanan\n"
                + prefix + "-1,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",31/02/2026 09:15\n"
                + prefix + "-2,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",2025-02-29 09:15\n"
                + prefix + "-3,Penerbitan KTP-el," + ProcessTestSupport.STAFF_ONE + ",1999-12-31 09:15\n";
        upload(csv, ProcessTestSupport.HR_ADMIN).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("bukan tanggal yang ada: '31/02/2026 09:15'")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("bukan tanggal yang ada: '2025-02-29 09:15'")))
                .andExpect(jsonPath("$.errors[2].message").value("Waktu layanan tidak masuk akal: sebelum 1 Januari 2000."))
                .andExpect(jsonPath("$.errorCount").value(3));
        assertThat(tickets.findByTicketNumber(prefix + "-1")).isEmpty();
    }
}

package org.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.kinerja.organization.OrganizationFixtures.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.KinerjaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The employee CSV import through its HTTP endpoint: every bad-input case, and that a refused file writes nothing. */
@KinerjaTest
class EmployeeImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    IdentityService identity;
    @Autowired
    ImportLock lock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void resetOrganisation() {
        unitImport.importCsv(units());
        employeeImport.importCsv(employees());
    }

    @Test
    void shouldRejectAnEmptyFile() throws Exception {
        rejected(new byte[0])
                .andExpect(jsonPath("$.errors[0].row").value(0))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("kosong")));
        rejected(utf8("\n  \n")).andExpect(jsonPath("$.errors[0].message").value(containsString("kosong")));
    }

    @Test
    void shouldRejectAFileWithOnlyTheHeader() throws Exception {
        rejected(utf8(HEADER)).andExpect(jsonPath("$.errors[0].message").value(containsString("tanpa baris data")));
    }

    @Test
    void shouldNameTheMissingColumns() throws Exception {
        rejected(utf8("nip,nama,email,jabatan,kode_unit\n" + HEAD + ",Kepala,k@uji.example,Kepala,DINAS\n"))
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].column").value("nip_atasan"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Kolom wajib tidak ada: nip_atasan")));
    }

    @Test
    void shouldRejectInputThatIsNotUtf8WithItsLine() throws Exception {
        String text = employeesText().replace("Pegawai Dua", "Pegawai Ñoño");
        rejected(text.getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("bukan teks UTF-8")));
    }

    @Test
    void shouldRejectABadNip() throws Exception {
        rejected(utf8(employeesText().replace(STAFF_TWO + ",", "19900214201402200,")))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].column").value("nip"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("18 digit")));
    }

    @Test
    void shouldRejectADuplicateNip() throws Exception {
        rejected(utf8(employeesText().replace(STAFF_TWO + ",", STAFF_ONE + ",")))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("ganda: sudah dipakai di baris 4")));
    }

    @Test
    void shouldRejectAnUnknownUnit() throws Exception {
        rejected(utf8(employeesText().replace(",SEK-A2,", ",SEK-ZZ,")))
                .andExpect(jsonPath("$.errors[0].row").value(6))
                .andExpect(jsonPath("$.errors[0].column").value("kode_unit"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Unit tidak dikenal: 'SEK-ZZ'")));
    }

    @Test
    void shouldRejectAnUnknownSupervisor() throws Exception {
        rejected(utf8(employeesText().replace("Operator,SEK-A2," + SUPERVISOR, "Operator,SEK-A2,199512012020121001")))
                .andExpect(jsonPath("$.errors[0].row").value(6))
                .andExpect(jsonPath("$.errors[0].column").value("nip_atasan"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Atasan tidak dikenal")));
    }

    @Test
    void shouldRejectASupervisorCycleOnEveryRowOfTheLoop() throws Exception {
        // The head now reports to staff one, who reports (via the supervisor) to the head: a loop of three.
        String looped = employeesText().replace("Kepala Dinas,DINAS,,", "Kepala Dinas,DINAS," + STAFF_ONE + ",");
        rejected(utf8(looped))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[*].row").value(org.hamcrest.Matchers.containsInAnyOrder(2, 3, 4)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Rantai atasan berputar")));
    }

    @Test
    void shouldRejectBeingOnesOwnSupervisor() throws Exception {
        rejected(utf8(employeesText().replace("Operator,SEK-A2," + SUPERVISOR, "Operator,SEK-A2," + STAFF_THREE)))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("atasan dirinya sendiri")));
    }

    @Test
    void shouldRefuseToGrantCamundaAdminThroughAnImport() throws Exception {
        rejected(utf8(employeesText().replace("SEK-A2," + SUPERVISOR + ",", "SEK-A2," + SUPERVISOR + ",camunda-admin")))
                .andExpect(jsonPath("$.errors[0].column").value("peran"));
    }

    @Test
    void shouldListEveryBadRowAndWriteNothing() throws Exception {
        List<String> before = snapshot();
        // Valid changes (a new name, a removed employee) mixed with two bad rows: nothing at all may be applied.
        String text = employeesText()
                .replace("Pegawai Satu", "Pegawai Satu Berganti Nama")
                .replace("dua@uji.example", "bukan-email")
                .replace("Operator,SEK-A2,", "Operator,TIDAK-ADA,")
                .replace("198304182008012002,Admin SDM,sdm@uji.example,Analis SDM,DINAS,197203151998031004,admin-bkpsdm\n", "");
        rejected(utf8(text))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].row").value(5))
                .andExpect(jsonPath("$.errors[1].row").value(6))
                .andExpect(jsonPath("$.detail").value(containsString("Tidak ada data yang diubah")));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId(HR_ADMIN).count()).isEqualTo(1);
    }

    @Test
    void shouldAcceptSemicolonsAndAByteOrderMark() throws Exception {
        String semicolons = "\uFEFF" + employeesText().replace(',', ';').replace("Pegawai Tiga", "Pegawai Tiga Baru");
        mvc.perform(uploadEmployees(utf8(semicolons)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(5));
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() throws Exception {
        List<String> before = snapshot();
        mvc.perform(uploadEmployees(employees()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.deactivated").value(0))
                .andExpect(jsonPath("$.unchanged").value(6))
                .andExpect(jsonPath("$.identity.usersCreated").value(0))
                .andExpect(jsonPath("$.identity.membershipsAdded").value(0))
                .andExpect(jsonPath("$.identity.membershipsRemoved").value(0));
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void shouldRequireTheHrAdminRole() throws Exception {
        mvc.perform(upload("/api/organization/employees/import", employees()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.title").value("Belum masuk"));
        mvc.perform(upload("/api/organization/employees/import", employees()).with(httpBasic(STAFF_ONE, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Akses ditolak"));
    }

    @Test
    void shouldAnswerAMissingFilePart() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/organization/employees/import")
                        .with(httpBasic(HR_ADMIN, PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("'file'")));
    }

    @Test
    void shouldRefuseAnImportWhileAnotherNodeRunsOne() throws Exception {
        // another node's import: its transaction holds the cluster-wide row lock
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread otherNode = new Thread(() -> transactions.executeWithoutResult(status -> {
            jdbc.queryForList("select name from cluster_lock where name = 'organisation-import' for update", String.class);
            holding.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        otherNode.start();
        try {
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            long before = employees.count();
            mvc.perform(uploadEmployees(employees()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("sedang berjalan")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/organization/units/import")
                            .file(new org.springframework.mock.web.MockMultipartFile("file", "unit.csv", "text/csv",
                                    "kode,nama,jenis,kode_induk\nBARU-1,Unit Baru,SEKSI,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                            .with(httpBasic(HR_ADMIN, PASSWORD)))
                    .andExpect(status().isConflict());
            assertThat(employees.count()).as("nothing written").isEqualTo(before);
        } finally {
            release.countDown();
            otherNode.join();
        }
    }

    @Test
    void shouldRefuseASecondImportWhileOneRuns() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> lock.exclusively(() -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return false;
            }
        }));
        other.start();
        try {
            assertThat(holding.await(5, TimeUnit.SECONDS)).isTrue();
            mvc.perform(uploadEmployees(employees()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(containsString("sedang berjalan")));
        } finally {
            release.countDown();
            other.join();
        }
    }

    @Test
    void shouldListTheEmployeesForTheHrAdmin() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/organization/employees")
                        .param("active", "true").with(httpBasic(HR_ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[*].nip", hasItem(STAFF_ONE)));
    }

    private ResultActions rejected(byte[] content) throws Exception {
        return mvc.perform(uploadEmployees(content))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Berkas ditolak"));
    }

    private List<String> snapshot() {
        List<String> rows = new java.util.ArrayList<>(employees.findAllWithDetails().stream()
                .map(e -> String.join("|", e.getNip(), e.getName(), e.getEmail(), e.getPosition().getName(), e.getUnit().getCode(),
                        e.getSupervisor() == null ? "" : e.getSupervisor().getNip(), Boolean.toString(e.isActive()), e.getRoles().toString()))
                .toList());
        identity.createUserQuery().orderByUserId().asc().list().stream().map(User::getId).forEach(rows::add);
        return rows;
    }
}

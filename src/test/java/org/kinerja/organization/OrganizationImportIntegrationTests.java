package org.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinerja.organization.OrganizationFixtures.*;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.support.Http;
import org.kinerja.support.PostgresApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organisation imports and the identity sync on PostgreSQL, over the real HTTP endpoint. */
class OrganizationImportIntegrationTests extends PostgresApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    UnitImportService unitImport;
    @Autowired
    EmployeeImportService employeeImport;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    IdentityService identity;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void fixtureOrganisation() {
        unitImport.importCsv(units());
        employeeImport.importCsv(employees());
        http = new Http(port);
    }

    @Test
    void shouldRunOnPostgresWithTheMigratedSchema() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 15");
        assertThat(jdbc.queryForObject("select count(*) from kinerja_schema_history where version = '1' and success",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ru_task'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void shouldMirrorEveryActiveEmployeeAsACamundaUserWithTheirGroups() {
        User staff = identity.createUserQuery().userId(STAFF_ONE).singleResult();
        assertThat(staff.getFirstName()).isEqualTo("Pegawai Satu");
        // The address stays in Kinerja's table: every employee can read Camunda's user list (names in Tasklist).
        assertThat(staff.getEmail()).isNull();
        assertThat(groupsOf(STAFF_ONE)).containsExactlyInAnyOrder(KinerjaGroups.PEGAWAI, "unit-sek-a1");
        assertThat(groupsOf(SUPERVISOR)).containsExactlyInAnyOrder(KinerjaGroups.PEGAWAI, KinerjaGroups.ATASAN,
                KinerjaGroups.TIM_PENILAI, "unit-bid-a");
        assertThat(groupsOf(HR_ADMIN)).containsExactlyInAnyOrder(KinerjaGroups.PEGAWAI, KinerjaGroups.ADMIN_BKPSDM, "unit-dinas");
        assertThat(identity.checkPassword(STAFF_ONE, PASSWORD)).isTrue();
    }

    @Test
    void shouldChangeNothingWhenTheSameFileIsImportedAgain() {
        HttpResponse<String> again = http.postMultipart("/api/organization/employees/import", "file", "pegawai.csv", employees(),
                HR_ADMIN, PASSWORD);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":0", "\"updated\":0", "\"deactivated\":0", "\"unchanged\":6",
                "\"usersCreated\":0", "\"usersUpdated\":0", "\"membershipsAdded\":0", "\"membershipsRemoved\":0");
    }

    @Test
    void shouldUpdateByNipAndDeactivateWhoLeft() {
        String edited = employeesText()
                .replace("Pegawai Satu,satu@uji.example,Pranata Komputer,SEK-A1", "Pegawai Satu,satu@uji.example,Pranata Komputer,SEK-A2")
                .replace("199002142014022003,Pegawai Dua,dua@uji.example,Pengadministrasi,SEK-A1,198001102005011003,\n", "")
                + "199601012021011001,Pegawai Baru,baru@uji.example,Pengelola Data,SEK-A1,198001102005011003,\n";
        HttpResponse<String> response = http.postMultipart("/api/organization/employees/import", "file", "pegawai.csv", utf8(edited),
                HR_ADMIN, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"created\":1", "\"updated\":1", "\"deactivated\":1", "\"unchanged\":4");

        Employee left = employees.findAllWithDetails().stream().filter(e -> e.getNip().equals(STAFF_TWO)).findFirst().orElseThrow();
        assertThat(left.isActive()).isFalse();
        assertThat(identity.createUserQuery().userId(STAFF_TWO).count()).isZero();
        assertThat(groupsOf(STAFF_ONE)).contains("unit-sek-a2").doesNotContain("unit-sek-a1");
        assertThat(identity.createUserQuery().userId("199601012021011001").count()).isEqualTo(1);

        HttpResponse<String> back = http.postMultipart("/api/organization/employees/import", "file", "pegawai.csv", employees(),
                HR_ADMIN, PASSWORD);
        assertThat(back.body()).contains("\"reactivated\":1", "\"deactivated\":1");
        assertThat(identity.createUserQuery().userId(STAFF_TWO).count()).isEqualTo(1);
    }

    @Test
    void shouldWriteNothingOnPostgresWhenARowIsBad() {
        long before = employees.count();
        String bad = employeesText().replace("Pegawai Satu", "Pegawai Satu Baru") + "123,Salah,salah@uji.example,Staf,SEK-A1,,\n";
        HttpResponse<String> response = http.postMultipart("/api/organization/employees/import", "file", "pegawai.csv", utf8(bad),
                HR_ADMIN, PASSWORD);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"row\":8", "18 digit");
        assertThat(employees.count()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId(STAFF_ONE).singleResult().getFirstName()).isEqualTo("Pegawai Satu");
    }

    private List<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }
}

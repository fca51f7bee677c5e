package org.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.kinerja.appraisal.IndicatorTemplateService;
import org.kinerja.organization.KinerjaGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The default profile seeds the demo organisation and can print every login. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:kinerja-demo;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class DemoProfileTests {

    @Autowired
    IdentityService identity;
    @Autowired
    DemoLoginBanner banner;
    @Autowired
    IndicatorTemplateService templates;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void shouldSeedTheDemoOrganisation() {
        assertThat(identity.createUserQuery().memberOfGroup(KinerjaGroups.PEGAWAI).count()).isEqualTo(19);
        assertThat(identity.createUserQuery().memberOfGroup(KinerjaGroups.ATASAN).count()).isEqualTo(4);
        assertThat(identity.createUserQuery().memberOfGroup(KinerjaGroups.TIM_PENILAI).count()).isEqualTo(3);
        assertThat(identity.createUserQuery().memberOfGroup(KinerjaGroups.ADMIN_BKPSDM).count()).isEqualTo(1);
        assertThat(identity.createUserQuery().memberOfGroup("unit-dafduk-idk").count()).isEqualTo(4);
        assertThat(identity.checkPassword("198709032010011002", "demo")).isTrue();
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
    }

    @Test
    void shouldPrintTheUrlAndEveryLogin() {
        String text = banner.text();
        assertThat(text).contains("/camunda/app/tasklist/").contains("197203151998031004").contains("Ratna Dewi")
                .contains("admin-bkpsdm").contains("Kata sandi pegawai demo: demo");
        assertThat(text.lines().filter(l -> l.matches(" \\d{18} .*"))).hasSize(19);
    }

    @Test
    void shouldGiveEveryDemoPositionAnIndicatorTemplate() {
        List<String> positions = jdbc.queryForList("select distinct p.name from org_employee e join org_position p "
                + "on p.id = e.position_id order by p.name", String.class);
        assertThat(positions).hasSizeGreaterThanOrEqualTo(17);
        for (String position : positions) {
            assertThat(templates.versions(position)).as("indicator template of %s", position).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.items()).hasSizeGreaterThanOrEqualTo(2));
        }
    }
}

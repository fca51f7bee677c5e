package org.kinerja.demo;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.kinerja.organization.IdentitySettings;
import org.kinerja.security.AdminAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints the URL and the demo logins once the application is ready. */
@Component
@ConditionalOnProperty(name = "kinerja.demo.seed", havingValue = "true")
class DemoLoginBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginBanner.class);

    private final Environment environment;
    private final String adminUser;
    private final String adminPassword;
    private final String employeePassword;

    DemoLoginBanner(Environment environment, AdminAccount admin, IdentitySettings identity) {
        this.environment = environment;
        this.adminUser = admin.user();
        this.adminPassword = admin.password();
        this.employeePassword = identity.initialPassword();
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        log.info("\n{}", text());
    }

    String text() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String base = "http://localhost:" + port;
        List<String> lines = new ArrayList<>();
        lines.add("================================================================================================");
        lines.add(" Kinerja (demo) siap: " + base + "/camunda/app/tasklist/");
        lines.add(" Cockpit dan Admin: " + base + "/camunda/app/cockpit/  |  " + base + "/camunda/app/admin/");
        lines.add(" Kesehatan: " + base + "/actuator/health   REST: " + base + "/engine-rest (HTTP Basic)");
        lines.add("------------------------------------------------------------------------------------------------");
        lines.add(String.format(" %-18s  %-30s  %-24s  %s", "Login (NIP)", "Nama", "Peran", "Jabatan"));
        List<CSVRecord> employees = employees();
        java.util.Set<String> supervisors = employees.stream().map(r -> r.get("nip_atasan")).collect(java.util.stream.Collectors.toSet());
        for (CSVRecord r : employees) {
            List<String> roleList = new ArrayList<>();
            if (supervisors.contains(r.get("nip"))) {
                roleList.add("atasan");
            }
            if (!r.get("peran").isBlank()) {
                roleList.add(r.get("peran"));
            }
            String roles = roleList.isEmpty() ? "pegawai" : String.join(", ", roleList);
            lines.add(String.format(" %-18s  %-30s  %-24s  %s", r.get("nip"), shorten(r.get("nama"), 30), roles, r.get("jabatan")));
        }
        lines.add(String.format(" %-18s  %-30s  %-24s  %s", adminUser, "Administrator teknis", "camunda-admin", "deploy, Cockpit, Admin"));
        lines.add("------------------------------------------------------------------------------------------------");
        lines.add(" Kata sandi pegawai demo: " + employeePassword + "   Kata sandi " + adminUser + ": " + adminPassword);
        lines.add(" Mulai: masuk sebagai Admin BKPSDM, Tasklist > Start process > \"Siklus penilaian kinerja\","
                + " unit DISDUKCAPIL, pengingat PT2M, eskalasi PT5M.");
        lines.add("================================================================================================");
        return String.join("\n", lines);
    }

    private static List<CSVRecord> employees() {
        String csv = new String(DemoOrganization.read(DemoOrganization.EMPLOYEES), StandardCharsets.UTF_8);
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))) {
            return parser.getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

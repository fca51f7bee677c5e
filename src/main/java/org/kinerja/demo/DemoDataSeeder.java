package org.kinerja.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.kinerja.appraisal.IndicatorTemplateService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.StartupOrder;
import org.kinerja.organization.UnitImportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo organisation on first start, through the HR CSV imports. Does nothing once any employee exists,
 * so an organisation imported by hand is never overwritten.
 */
@Component
@ConditionalOnProperty(name = "kinerja.demo.seed", havingValue = "true")
@Order(StartupOrder.SEED_DATA)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private record DemoTemplate(String position, List<IndicatorTemplateService.TemplateItem> items) {
    }

    private final UnitImportService units;
    private final EmployeeImportService employees;
    private final IndicatorTemplateService templates;
    private final ObjectMapper json;

    DemoDataSeeder(UnitImportService units, EmployeeImportService employees, IndicatorTemplateService templates, ObjectMapper json) {
        this.units = units;
        this.employees = employees;
        this.templates = templates;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (employees.isEmpty()) {
            log.info("Mengisi organisasi demo: {}", units.importCsv(DemoOrganization.read(DemoOrganization.UNITS)).message());
            log.info("Mengisi pegawai demo: {}", employees.importCsv(DemoOrganization.read(DemoOrganization.EMPLOYEES)).message());
        }
        if (!templates.hasAny()) {
            List<DemoTemplate> demo = json.readValue(DemoOrganization.read(DemoOrganization.TEMPLATES), new TypeReference<>() { });
            demo.forEach(t -> templates.saveNewVersion(t.position(), t.items(), "demo"));
            log.info("Templat indikator demo: {} jabatan", demo.size());
        }
    }
}

package org.kinerja.demo;

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

    private final UnitImportService units;
    private final EmployeeImportService employees;

    DemoDataSeeder(UnitImportService units, EmployeeImportService employees) {
        this.units = units;
        this.employees = employees;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!employees.isEmpty()) {
            return;
        }
        log.info("Mengisi organisasi demo: {}", units.importCsv(DemoOrganization.read(DemoOrganization.UNITS)).message());
        log.info("Mengisi pegawai demo: {}", employees.importCsv(DemoOrganization.read(DemoOrganization.EMPLOYEES)).message());
    }
}

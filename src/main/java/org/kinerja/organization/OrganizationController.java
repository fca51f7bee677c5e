package org.kinerja.organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The HR admin's API for the organisation. Access is restricted to {@code admin-bkpsdm} in the security config. */
@RestController
@RequestMapping("/api/organization")
class OrganizationController {

    private final UnitImportService unitImport;
    private final EmployeeImportService employeeImport;
    private final UnitRepository units;
    private final EmployeeRepository employees;

    OrganizationController(UnitImportService unitImport, EmployeeImportService employeeImport, UnitRepository units,
            EmployeeRepository employees) {
        this.unitImport = unitImport;
        this.employeeImport = employeeImport;
        this.units = units;
        this.employees = employees;
    }

    @PostMapping(path = "/units/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UnitImportReport importUnits(@RequestPart("file") MultipartFile file) {
        return unitImport.importCsv(bytes(file));
    }

    @PostMapping(path = "/employees/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    EmployeeImportReport importEmployees(@RequestPart("file") MultipartFile file) {
        return employeeImport.importCsv(bytes(file));
    }

    record UnitView(String code, String name, UnitType type, String parentCode) {
    }

    record EmployeeView(String nip, String name, String email, String position, String unitCode, String supervisorNip,
            boolean active, List<String> roles) {
    }

    @GetMapping("/units")
    @Transactional(readOnly = true)
    List<UnitView> units() {
        return units.findAllByOrderByCodeAsc().stream()
                .map(u -> new UnitView(u.getCode(), u.getName(), u.getType(), u.parentCode())).toList();
    }

    @GetMapping("/employees")
    @Transactional(readOnly = true)
    List<EmployeeView> employees(@RequestParam(name = "active", required = false) Boolean active) {
        return employees.findAllWithDetails().stream()
                .filter(e -> active == null || e.isActive() == active)
                .map(e -> new EmployeeView(e.getNip(), e.getName(), e.getEmail(), e.getPosition().getName(),
                        e.getUnit().getCode(), e.getSupervisor() == null ? null : e.getSupervisor().getNip(), e.isActive(),
                        e.getRoles().stream().map(EmployeeRole::groupId).sorted().collect(Collectors.toList())))
                .toList();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Unggahan tidak dapat dibaca", e);
        }
    }
}

package org.kinerja.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kinerja.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the full employee roster from CSV. Every row is checked first; the import then happens completely, in one
 * transaction together with the identity sync, or not at all. Employees are matched by NIP: a known NIP is updated,
 * a new one created, and an active employee missing from the file is deactivated (never deleted).
 */
@Service
public class EmployeeImportService {

    static final String COL_NIP = "nip";
    static final String COL_NAME = "nama";
    static final String COL_EMAIL = "email";
    static final String COL_POSITION = "jabatan";
    static final String COL_UNIT = "kode_unit";
    static final String COL_SUPERVISOR = "nip_atasan";
    static final String COL_ROLES = "peran";
    static final List<String> REQUIRED_COLUMNS = List.of(COL_NIP, COL_NAME, COL_EMAIL, COL_POSITION, COL_UNIT, COL_SUPERVISOR);
    private static final String WHAT = "pegawai";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern ROLE_SEPARATOR = Pattern.compile("[|\\s]+");
    private static final Logger log = LoggerFactory.getLogger(EmployeeImportService.class);

    private final EmployeeRepository employees;
    private final PositionRepository positions;
    private final UnitRepository units;
    private final IdentitySync identitySync;
    private final ImportLock lock;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;

    EmployeeImportService(EmployeeRepository employees, PositionRepository positions, UnitRepository units,
            IdentitySync identitySync, ImportLock lock, TransactionTemplate tx, ApplicationEventPublisher events) {
        this.employees = employees;
        this.positions = positions;
        this.units = units;
        this.identitySync = identitySync;
        this.lock = lock;
        this.tx = tx;
        this.events = events;
    }

    /**
     * @throws ImportRejectedException when anything in the file is wrong; nothing is written then
     * @throws ImportInProgressException when another organisation import is running
     */
    public EmployeeImportReport importCsv(byte[] content) {
        return lock.exclusively(() -> tx.execute(status -> {
            lock.acrossNodes();
            return doImport(content);
        }));
    }

    /** Whether any employee, active or not, is known yet. */
    public boolean isEmpty() {
        return employees.count() == 0;
    }

    private EmployeeImportReport doImport(byte[] content) {
        long started = System.nanoTime();
        CsvFile csv = CsvFile.parse(content, REQUIRED_COLUMNS, WHAT);
        Map<String, Unit> unitsByCode = units.findAll().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
        List<Row> rows = validate(csv, unitsByCode.keySet());
        log.info("Impor pegawai: {} baris lolos pemeriksaan, menyimpan...", rows.size());

        Map<String, Position> positionsByName = positions.findAll().stream()
                .collect(Collectors.toMap(Position::getName, Function.identity()));
        Map<String, Employee> existing = employees.findAll().stream()
                .collect(Collectors.toMap(Employee::getNip, Function.identity()));
        Set<String> created = new HashSet<>();
        Set<String> changed = new HashSet<>();
        int reactivated = 0;
        Map<String, Employee> byNip = new HashMap<>();
        int done = 0;
        for (Row row : rows) {
            Position position = positionsByName.computeIfAbsent(row.position, name -> positions.save(new Position(name)));
            Employee employee = existing.get(row.nip);
            if (employee == null) {
                employee = new Employee(row.nip);
                created.add(row.nip);
            } else if (!employee.isActive()) {
                reactivated++;
            }
            if (employee.update(row.name, row.email, position, unitsByCode.get(row.unitCode), row.roles)
                    && !created.contains(row.nip)) {
                changed.add(row.nip);
            }
            if (created.contains(row.nip)) {
                employees.save(employee);
            }
            byNip.put(row.nip, employee);
            if (++done % 1000 == 0) {
                log.info("Impor pegawai: {} dari {} baris disimpan", done, rows.size());
            }
        }
        for (Row row : rows) {
            Employee supervisor = row.supervisorNip.isEmpty() ? null : byNip.get(row.supervisorNip);
            if (byNip.get(row.nip).assignSupervisor(supervisor) && !created.contains(row.nip)) {
                changed.add(row.nip);
            }
        }
        List<EmployeeDeactivated> leaving = new ArrayList<>();
        for (Employee employee : existing.values()) {
            if (employee.isActive() && !byNip.containsKey(employee.getNip())) {
                employee.deactivate();
                leaving.add(new EmployeeDeactivated(employee.getId(), employee.getNip()));
            }
        }
        int deactivated = leaving.size();
        employees.flush();
        IdentitySyncReport identity = identitySync.sync();
        // Their open work moves on in the same transaction (e.g. a supervisor's appraisal tasks).
        leaving.forEach(events::publishEvent);
        int unchanged = rows.size() - created.size() - changed.size();
        String message = String.format(Locale.ROOT,
                "Impor pegawai selesai: %d baris; %d baru, %d diperbarui (%d diaktifkan kembali), %d dinonaktifkan, %d tidak berubah.",
                rows.size(), created.size(), changed.size(), reactivated, deactivated, unchanged);
        log.info("{} ({} ms)", message, (System.nanoTime() - started) / 1_000_000);
        return new EmployeeImportReport(rows.size(), created.size(), changed.size(), reactivated, deactivated, unchanged,
                identity, message);
    }

    private record Row(int line, String nip, String name, String email, String position, String unitCode,
            String supervisorNip, Set<EmployeeRole> roles) {
    }

    private List<Row> validate(CsvFile csv, Set<String> knownUnits) {
        ImportProblems problems = csv.problems();
        Map<String, Row> byNip = new LinkedHashMap<>();
        Map<String, Integer> emailLines = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (CsvFile.Row r : csv.rows()) {
            int line = r.line();
            int before = problems.count();
            String nip = r.get(COL_NIP);
            Nip.problem(nip).ifPresent(p -> problems.add(new ImportProblem(line, COL_NIP, p)));
            Row first = byNip.get(nip);
            if (first != null) {
                problems.add(new ImportProblem(line, COL_NIP, "NIP " + Texts.excerpt(nip) + " ganda: sudah dipakai di baris " + first.line + "."));
            }
            String name = r.get(COL_NAME);
            if (name.isEmpty()) {
                problems.add(new ImportProblem(line, COL_NAME, "Nama wajib diisi."));
            } else if (name.length() > 200) {
                problems.add(new ImportProblem(line, COL_NAME, "Nama terlalu panjang (lebih dari 200 karakter)."));
            }
            String email = r.get(COL_EMAIL).toLowerCase(Locale.ROOT);
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                problems.add(new ImportProblem(line, COL_EMAIL, "Alamat email tidak sah: '" + Texts.excerpt(r.get(COL_EMAIL)) + "'."));
            } else {
                Integer other = emailLines.putIfAbsent(email, line);
                if (other != null) {
                    problems.add(new ImportProblem(line, COL_EMAIL, "Email " + email + " sudah dipakai di baris " + other + "."));
                }
            }
            String position = r.get(COL_POSITION);
            if (position.isEmpty()) {
                problems.add(new ImportProblem(line, COL_POSITION, "Jabatan wajib diisi."));
            } else if (position.length() > 200) {
                problems.add(new ImportProblem(line, COL_POSITION, "Nama jabatan terlalu panjang (lebih dari 200 karakter)."));
            }
            String unitCode = r.get(COL_UNIT).toUpperCase(Locale.ROOT);
            if (unitCode.isEmpty()) {
                problems.add(new ImportProblem(line, COL_UNIT, "Kode unit wajib diisi."));
            } else if (!knownUnits.contains(unitCode)) {
                problems.add(new ImportProblem(line, COL_UNIT, "Unit tidak dikenal: '" + Texts.excerpt(r.get(COL_UNIT))
                        + "'. Impor daftar unit lebih dulu, atau periksa ejaan kodenya."));
            }
            String supervisorNip = r.get(COL_SUPERVISOR);
            if (!supervisorNip.isEmpty()) {
                if (supervisorNip.equals(nip)) {
                    problems.add(new ImportProblem(line, COL_SUPERVISOR, "Pegawai tidak boleh menjadi atasan dirinya sendiri."));
                } else {
                    Nip.problem(supervisorNip).ifPresent(p -> problems.add(new ImportProblem(line, COL_SUPERVISOR, "NIP atasan tidak sah: " + p)));
                }
            }
            Set<EmployeeRole> roles = EnumSet.noneOf(EmployeeRole.class);
            for (String code : ROLE_SEPARATOR.split(r.get(COL_ROLES))) {
                if (code.isEmpty()) {
                    continue;
                }
                if (code.equalsIgnoreCase(KinerjaGroups.CAMUNDA_ADMIN)) {
                    problems.add(new ImportProblem(line, COL_ROLES, "Peran camunda-admin tidak dapat diberikan lewat impor; "
                            + "administrator teknis mengaturnya di Camunda Admin."));
                } else {
                    EmployeeRole.fromCode(code).ifPresentOrElse(roles::add, () -> problems.add(new ImportProblem(line, COL_ROLES,
                            "Peran tidak dikenal: '" + Texts.excerpt(code) + "'. Peran yang dikenal: " + Arrays.stream(EmployeeRole.values())
                                    .map(EmployeeRole::groupId).collect(Collectors.joining(", ")) + ".")));
                }
            }
            Row row = new Row(line, nip, name, email, position, unitCode, supervisorNip, roles);
            if (first == null) {
                byNip.put(nip, row);
            }
            if (problems.count() == before) {
                rows.add(row);
            }
        }
        for (Row row : byNip.values()) {
            if (!row.supervisorNip.isEmpty() && !row.supervisorNip.equals(row.nip) && Nip.isValid(row.supervisorNip)
                    && !byNip.containsKey(row.supervisorNip)) {
                problems.add(new ImportProblem(row.line, COL_SUPERVISOR, "Atasan tidak dikenal: NIP " + row.supervisorNip
                        + " tidak ada di berkas ini. Berkas harus memuat seluruh pegawai, termasuk atasannya."));
            }
        }
        addSupervisorCycles(byNip, problems);
        problems.throwIfAny(WHAT);
        return rows;
    }

    /** Every chain of supervisors that loops back on itself, reported on each row of the loop. */
    private static void addSupervisorCycles(Map<String, Row> byNip, ImportProblems problems) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String start : byNip.keySet()) {
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && byNip.containsKey(current) && !state.containsKey(current)) {
                state.put(current, 1);
                path.add(current);
                String next = byNip.get(current).supervisorNip;
                current = next.isEmpty() || next.equals(current) ? null : next;
            }
            if (current != null && state.get(current) != null && state.get(current) == 1) {
                List<String> loop = path.subList(path.indexOf(current), path.size());
                String chain = loop.size() <= 6 ? String.join(" → ", loop) + " → " + current
                        : String.join(" → ", loop.subList(0, 5)) + " → … → " + current + " (" + loop.size() + " pegawai)";
                for (String nip : loop) {
                    problems.add(new ImportProblem(byNip.get(nip).line, COL_SUPERVISOR,
                            "Rantai atasan berputar: " + chain + ". Setiap rantai atasan harus berakhir pada pimpinan tanpa atasan."));
                }
            }
            path.forEach(nip -> state.put(nip, 2));
        }
    }
}

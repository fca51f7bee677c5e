package org.kinerja.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kinerja.organization.CsvFile;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.ImportProblem;
import org.kinerja.organization.ImportProblems;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR imports service tickets from a CSV file (for counters without an online link to Kinerja). Columns
 * {@code nomor_registrasi, jenis_layanan, nip_petugas, waktu_layanan} and optionally {@code kode_unit}, which must
 * then be the unit of the employee who served. All or nothing: every bad row is listed with its line and nothing is
 * written. A row equal to a ticket already registered is left as it is, so importing the same file twice changes
 * nothing; the same number with other data is an error.
 */
@Service
class ServiceTicketImportService {

    static final List<String> COLUMNS = List.of("nomor_registrasi", "jenis_layanan", "nip_petugas", "waktu_layanan");
    private static final String WHAT = "tiket layanan";
    private static final Pattern NIP = Pattern.compile("[0-9]{18}");
    /** Strict: 31/02/2026 is refused, not read as 28 February. */
    private static final List<DateTimeFormatter> LOCAL_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT));

    /** The outcome of an import. */
    public record TicketImportReport(int rows, int created, int unchanged) {
    }

    private final ServiceTicketRepository tickets;
    private final OrganizationDirectory organization;
    private final Clock clock;

    ServiceTicketImportService(ServiceTicketRepository tickets, OrganizationDirectory organization, Optional<Clock> clock) {
        this.tickets = tickets;
        this.organization = organization;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional
    public TicketImportReport importCsv(byte[] content, String importedBy) {
        CsvFile file = CsvFile.parse(content, COLUMNS, WHAT);
        ImportProblems problems = file.problems();
        Map<String, Optional<EmployeeRef>> employees = new HashMap<>();
        Map<String, Integer> lineOfNumber = new HashMap<>();
        List<ServiceTicket> toCreate = new ArrayList<>();
        int unchanged = 0;
        Instant now = clock.instant();
        for (CsvFile.Row row : file.rows()) {
            int line = row.line();
            int before = problems.count();
            String number = TicketRules.number(row.get("nomor_registrasi"));
            if (!TicketRules.validNumber(number)) {
                problems.add(new ImportProblem(line, "nomor_registrasi", TicketRules.NUMBER_RULE));
            } else if (lineOfNumber.putIfAbsent(number, line) != null) {
                problems.add(new ImportProblem(line, "nomor_registrasi",
                        "Nomor registrasi " + number + " sudah ada di baris " + lineOfNumber.get(number) + " berkas ini."));
            }
            String type = TicketRules.type(row.get("jenis_layanan"));
            String typeProblem = TicketRules.typeProblem(type);
            if (typeProblem != null) {
                problems.add(new ImportProblem(line, "jenis_layanan", typeProblem));
            }
            String nip = row.get("nip_petugas");
            Optional<EmployeeRef> employee = !NIP.matcher(nip).matches() ? Optional.empty()
                    : employees.computeIfAbsent(nip, n -> organization.employeeByNip(n).filter(EmployeeRef::active));
            if (employee.isEmpty()) {
                problems.add(new ImportProblem(line, "nip_petugas", TicketRules.unknownEmployee(nip)));
            }
            String unitCode = row.get("kode_unit");
            if (employee.isPresent() && !unitCode.isEmpty() && !unitCode.equalsIgnoreCase(employee.get().unitCode())) {
                problems.add(new ImportProblem(line, "kode_unit", "Petugas " + nip + " bertugas di unit " + employee.get().unitCode()
                        + ", bukan " + Texts.excerpt(unitCode) + "."));
            }
            Instant servedAt = parseTime(row.get("waktu_layanan"));
            if (row.get("waktu_layanan").isEmpty()) {
                problems.add(new ImportProblem(line, "waktu_layanan", "Waktu layanan wajib diisi."));
            } else if (servedAt == null) {
                problems.add(new ImportProblem(line, "waktu_layanan", "Waktu layanan tidak terbaca atau bukan tanggal yang ada: '"
                        + Texts.excerpt(row.get("waktu_layanan")) + "'. Tulis seperti 2026-11-20 09:15 (WIB), 20/11/2026 09:15 "
                        + "atau 2026-11-20T09:15:00+07:00."));
            } else if (TicketRules.servedAtProblem(servedAt, now) != null) {
                problems.add(new ImportProblem(line, "waktu_layanan", TicketRules.servedAtProblem(servedAt, now)));
            }
            if (problems.count() > before) {
                continue;
            }
            Optional<ServiceTicket> existing = tickets.findByTicketNumber(number);
            if (existing.isPresent()) {
                ServiceTicket t = existing.get();
                if (t.getEmployeeId() == employee.get().id() && t.getServedAt().equals(servedAt) && t.getServiceType().equals(type)) {
                    unchanged++;
                } else {
                    problems.add(new ImportProblem(line, "nomor_registrasi",
                            "Nomor registrasi " + number + " sudah terdaftar dengan data lain."));
                }
                continue;
            }
            toCreate.add(new ServiceTicket(number, type, employee.get().id(), employee.get().unitId(), servedAt, importedBy));
        }
        problems.throwIfAny(WHAT);
        try {
            tickets.saveAllAndFlush(toCreate);
        } catch (DataIntegrityViolationException e) {
            throw SurveyService.violated(e, "uk_service_ticket_number", "Berkas tiket layanan ditolak: tiket yang sama baru saja "
                    + "didaftarkan oleh permintaan lain. Tidak ada data yang diubah; unggah lagi.");
        }
        return new TicketImportReport(file.rows().size(), toCreate.size(), unchanged);
    }

    /** An ISO time with an offset, or a local time in Asia/Jakarta (WIB); null if unreadable. */
    static Instant parseTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // not with an offset; try the local forms
        }
        if (value.endsWith("Z")) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
        for (DateTimeFormatter format : LOCAL_FORMATS) {
            try {
                return LocalDateTime.parse(value, format).atZone(SurveyService.ZONE).toInstant();
            } catch (DateTimeParseException ignored) {
                // next form
            }
        }
        return null;
    }
}

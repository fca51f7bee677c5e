package org.kinerja;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kinerja.feedback.SurveyService;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.shared.Rejection;
import org.kinerja.support.PostgresApplicationTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SkpRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input on Kinerja's own doors, case by case, on PostgreSQL over real HTTP: the CSV imports (units, employees,
 * service tickets), Kinerja's JSON API (indicator templates, service tickets, reports, organisation, notifications),
 * the public survey page and Kinerja's pages. Every case must get its 4xx (never a 500), an answer in Bahasa Indonesia
 * with a distinctive fragment, and leave every Kinerja table (all but Camunda's {@code act_*} and Flyway's history) with
 * the rows it had.
 *
 * <p>Each source of cases is one {@code static Stream<Case> …Cases()} method, one line per case: name, request,
 * expected status, expected fragment. Add a source (e.g. Camunda REST {@code submit-form} cases) by writing another
 * such method and listing it in {@link #cases()}; a {@link Request} may use anything {@link Doors} offers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusIntegrationTests extends PostgresApplicationTest {

    static final String PASSWORD = "Pegawai-Uji-2026!";
    static final String HR = ProcessTestSupport.HR_ADMIN;
    static final String STAFF = ProcessTestSupport.STAFF_ONE;
    static final String SUPERVISOR = ProcessTestSupport.SUPERVISOR;
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String YESTERDAY = LocalDate.now(WIB).minusDays(1).toString();
    static final String OPEN_TICKET = "KORPUS-BUKA-1";
    static final String USED_TICKET = "KORPUS-PAKAI-1";
    static final String EXPIRED_TICKET = "KORPUS-LEWAT-1";
    static final String NUL = "\u0000";
    static final String ZWSP = "\u200B\u200B\u200B";

    /** One bad request: what is sent, the status expected, and a fragment of the Indonesian answer. */
    record Case(String name, Request request, int status, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** How a case reaches the application. */
    @FunctionalInterface
    interface Request {
        HttpResponse<String> send(Doors doors);
    }

    static Stream<Case> cases() {
        return Stream.of(unitImportCases(), employeeImportCases(), ticketImportCases(), templateCases(), ticketApiCases(),
                reportCases(), organizationApiCases(), notificationCases(), surveyCases(), pageCases(), taskFormCases(),
                reportFormCases(), approvalFormCases(), startFormCases()).flatMap(Function.identity());
    }

    static Case bad(String name, Request request, int status, String fragment) {
        return new Case(name, request, status, fragment);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // CSV imports

    static final String UNIT_HEADER = "kode,nama,jenis,kode_induk\n";

    static Stream<Case> unitImportCases() {
        return Stream.of(
                bad("unit: berkas kosong", units(""), 400, "kosong: tidak ada isi sama sekali"),
                bad("unit: hanya spasi", units("  \n \n"), 400, "hanya berisi spasi"),
                bad("unit: hanya judul kolom", units(UNIT_HEADER), 400, "tanpa baris data"),
                bad("unit: kolom kode_induk tidak ada", units("kode,nama,jenis\nX-1,Unit,INSTANSI\n"), 400, "Kolom wajib tidak ada: kode_induk"),
                bad("unit: judul kolom lain sama sekali", units("a,b,c\n1,2,3\n"), 400, "Kolom wajib tidak ada: kode, nama, jenis, kode_induk"),
                bad("unit: kolom ganda", units("kode,nama,jenis,kode_induk,nama\nX-1,A,INSTANSI,,B\n"), 400, "muncul lebih dari sekali"),
                bad("unit: judul kolom dengan NUL", units("kode,na" + NUL + "ma,jenis,kode_induk\nX-1,A,INSTANSI,\n"), 400, "byte NUL"),
                bad("unit: Latin-1, bukan UTF-8", unitsBytes((UNIT_HEADER + "X-1,Unit Pâsar,INSTANSI,\n").getBytes(StandardCharsets.ISO_8859_1)),
                        400, "bukan teks UTF-8"),
                bad("unit: UTF-16 dengan BOM", unitsBytes((UNIT_HEADER + "X-1,Unit,INSTANSI,\n").getBytes(StandardCharsets.UTF_16)),
                        400, "bukan teks UTF-8"),
                bad("unit: UTF-16LE tanpa BOM", unitsBytes((UNIT_HEADER + "X-1,Unit,INSTANSI,\n").getBytes(StandardCharsets.UTF_16LE)),
                        400, "byte NUL"),
                bad("unit: berkas xlsx", unitsBytes(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0}), 400, "bukan teks UTF-8"),
                bad("unit: surrogate CESU-8", unitsBytes(concat(utf8(UNIT_HEADER + "X-1,Unit "), new byte[] {(byte) 0xED, (byte) 0xA0,
                        (byte) 0x80}, utf8(",INSTANSI,\n"))), 400, "bukan teks UTF-8"),
                bad("unit: tanda kutip tidak ditutup", units(UNIT_HEADER + "X-1,\"Unit,INSTANSI,\n"), 400, "tanda kutip yang tidak ditutup"),
                bad("unit: teks setelah tanda kutip", units(UNIT_HEADER + "X-1,\"Unit\"x,INSTANSI,\n"), 400, "bukan CSV yang sah"),
                bad("unit: baris kurang kolom", units(UNIT_HEADER + "X-1,Unit\n"), 400, "padahal judul kolom berisi 4"),
                bad("unit: baris lebih kolom", units(UNIT_HEADER + "X-1,Unit,INSTANSI,,lebih\n"), 400, "padahal judul kolom berisi 4"),
                bad("unit: kode kosong", unitRow("", "Seksi Korpus", "SEKSI", "BID-A"), 400, "Kode unit wajib diisi"),
                bad("unit: kode hanya zero-width", unitRow(ZWSP, "Seksi Korpus", "SEKSI", "BID-A"), 400, "Kode unit wajib diisi"),
                bad("unit: kode berspasi", unitRow("SEK KORPUS", "Seksi Korpus", "SEKSI", "BID-A"), 400, "tidak sah: gunakan huruf"),
                bad("unit: kode 41 karakter", unitRow("K".repeat(41), "Seksi Korpus", "SEKSI", "BID-A"), 400, "paling banyak 40 karakter"),
                bad("unit: kode dengan NUL", unitRow("SEK" + NUL + "X", "Seksi Korpus", "SEKSI", "BID-A"), 400, "byte NUL"),
                bad("unit: kode dengan bel (U+0007)", unitRow("SEK\u0007X", "Seksi Korpus", "SEKSI", "BID-A"), 400, "Kolom kode berisi karakter kendali"),
                bad("unit: kode rumus", unitRow("=HYPERLINK(\"http://x\")", "Seksi Korpus", "SEKSI", "BID-A"), 400, "tidak sah: gunakan huruf"),
                bad("unit: nama kosong", unitRow("SEK-KORPUS", "", "SEKSI", "BID-A"), 400, "Nama unit wajib diisi"),
                bad("unit: nama hanya zero-width", unitRow("SEK-KORPUS", ZWSP, "SEKSI", "BID-A"), 400, "Nama unit wajib diisi"),
                bad("unit: nama NBSP dan BOM", unitRow("SEK-KORPUS", "\u00A0\uFEFF\u2060", "SEKSI", "BID-A"), 400, "Nama unit wajib diisi"),
                bad("unit: nama 201 karakter", unitRow("SEK-KORPUS", "N".repeat(201), "SEKSI", "BID-A"), 400, "paling banyak 200 karakter"),
                bad("unit: nama dengan tab", unitRow("SEK-KORPUS", "Seksi\tKorpus", "SEKSI", "BID-A"), 400, "Kolom nama berisi karakter kendali"),
                bad("unit: nama dengan baris baru", unitRow("SEK-KORPUS", "Seksi\nKorpus", "SEKSI", "BID-A"), 400, "Kolom nama berisi karakter kendali"),
                bad("unit: nama dengan ESC", unitRow("SEK-KORPUS", "Seksi\u001B[31m", "SEKSI", "BID-A"), 400, "Kolom nama berisi karakter kendali"),
                bad("unit: nama dengan DEL", unitRow("SEK-KORPUS", "Seksi\u007F", "SEKSI", "BID-A"), 400, "Kolom nama berisi karakter kendali"),
                bad("unit: nama dengan C1 (U+0085)", unitRow("SEK-KORPUS", "Seksi\u0085Korpus", "SEKSI", "BID-A"), 400, "karakter kendali"),
                bad("unit: jenis tidak dikenal", unitRow("SEK-KORPUS", "Seksi Korpus", "DIREKTORAT", "BID-A"), 400, "Jenis unit tidak dikenal"),
                bad("unit: jenis kosong", unitRow("SEK-KORPUS", "Seksi Korpus", "", "BID-A"), 400, "Pilih INSTANSI, BIDANG atau SEKSI"),
                bad("unit: INSTANSI berinduk", unitRow("INST-KORPUS", "Instansi", "INSTANSI", "DINAS"), 400, "tidak boleh punya induk"),
                bad("unit: SEKSI tanpa induk", unitRow("SEK-KORPUS", "Seksi Korpus", "SEKSI", ""), 400, "wajib punya induk BIDANG"),
                bad("unit: induk tidak dikenal", unitRow("SEK-KORPUS", "Seksi Korpus", "SEKSI", "TIDAK-ADA"), 400, "Unit induk tidak dikenal"),
                bad("unit: induk rumus", unitRow("SEK-KORPUS", "Seksi Korpus", "SEKSI", "=1+1"), 400, "Unit induk tidak dikenal"),
                bad("unit: induk salah jenis", unitRow("SEK-KORPUS", "Seksi Korpus", "SEKSI", "DINAS"), 400, "harus BIDANG"),
                bad("unit: bidang berisi seksi menjadi seksi", unitRow("BID-A", "Bidang A", "SEKSI", "BID-A"), 400, "tidak dapat menjadi SEKSI"),
                bad("unit: kode ganda dalam berkas", units(UNIT_HEADER + "SEK-KORPUS,A,SEKSI,BID-A\nsek-korpus,B,SEKSI,BID-A\n"), 400, "ganda"),
                bad("unit: titik koma, jenis salah", units("kode;nama;jenis;kode_induk\nSEK-KORPUS;Seksi;LAIN;BID-A\n"), 400, "Jenis unit tidak dikenal"),
                bad("unit: 5.000 baris salah", units(UNIT_HEADER + "SEK-KORPUS,Seksi,LAIN,BID-A\n".repeat(5000)), 400, "5000 baris"),
                bad("unit: 350.000 baris salah", units(UNIT_HEADER + "x y,,,\n".repeat(350_000)), 400, "pada 350000 baris"),
                bad("unit: berkas di atas 10 MB", units(UNIT_HEADER + "x".repeat(10 * 1024 * 1024)), 413, "melebihi batas ukuran"),
                bad("unit: nama bagian salah", upload("/api/organization/units/import", "berkas", utf8(UNIT_HEADER + "X,Y,INSTANSI,\n"), HR),
                        400, "Bagian 'file' tidak ada"),
                bad("unit: JSON, bukan multipart", json("POST", "/api/organization/units/import", "{}", HR), 415, "tidak didukung"),
                bad("unit: tanpa login", upload("/api/organization/units/import", "file", utf8(UNIT_HEADER), null), 401, "Silakan masuk"),
                bad("unit: pegawai biasa", upload("/api/organization/units/import", "file", utf8(UNIT_HEADER), STAFF), 403, "tidak berwenang"));
    }

    static final String EMPLOYEE_HEADER = "nip,nama,email,jabatan,kode_unit,nip_atasan,peran\n";
    static final String ROSTER = read("fixtures/pegawai-proses.csv");
    static final List<String> NEW_EMPLOYEE = List.of("199601012021011001", "Pegawai Korpus", "korpus@uji.example", "Pengelola Data",
            "SEK-A1", SUPERVISOR, "");

    static Stream<Case> employeeImportCases() {
        return Stream.of(
                bad("pegawai: berkas kosong", employees(""), 400, "kosong: tidak ada isi sama sekali"),
                bad("pegawai: hanya judul kolom", employees(EMPLOYEE_HEADER), 400, "tanpa baris data"),
                bad("pegawai: kolom nip_atasan tidak ada", employees("nip,nama,email,jabatan,kode_unit\n" + STAFF + ",A,a@b.example,X,SEK-A1\n"),
                        400, "Kolom wajib tidak ada: nip_atasan"),
                bad("pegawai: judul kolom hanya zero-width", employees(ZWSP + ",nama,email,jabatan,kode_unit,nip_atasan\n1,2,3,4,5,6\n"), 400,
                        "Kolom wajib tidak ada: nip"),
                bad("pegawai: Latin-1", employeesBytes((ROSTER + "199601012021011001,Pegawai Ñoño,n@uji.example,Staf,SEK-A1,,\n")
                        .getBytes(StandardCharsets.ISO_8859_1)), 400, "bukan teks UTF-8"),
                bad("pegawai: Windows-1252", employeesBytes((ROSTER + "199601012021011001,Pegawai “Kutip”,n@uji.example,Staf,SEK-A1,,\n")
                        .getBytes(Charset.forName("windows-1252"))), 400, "bukan teks UTF-8"),
                bad("pegawai: UTF-16", employeesBytes(ROSTER.getBytes(StandardCharsets.UTF_16)), 400, "bukan teks UTF-8"),
                bad("pegawai: tanda kutip tidak ditutup", employees(ROSTER + "\"199601012021011001,Pegawai,a@b.example,Staf,SEK-A1,,\n"), 400,
                        "tanda kutip yang tidak ditutup"),
                bad("pegawai: baris kurang kolom", employees(ROSTER + "199601012021011001,Pegawai\n"), 400, "padahal judul kolom berisi 7"),
                bad("pegawai: NIP kosong", newEmployee(0, ""), 400, "NIP wajib diisi"),
                bad("pegawai: NIP hanya zero-width", newEmployee(0, ZWSP), 400, "NIP wajib diisi"),
                bad("pegawai: NIP 17 digit", newEmployee(0, "19960101202101100"), 400, "tepat 18 digit"),
                bad("pegawai: NIP huruf", newEmployee(0, "19960101202101100X"), 400, "tepat 18 digit"),
                bad("pegawai: NIP angka lebar", newEmployee(0, "１９９６０１０１２０２１０１１００１"), 400, "tepat 18 digit"),
                bad("pegawai: NIP tanggal lahir salah", newEmployee(0, "199613012021011001"), 400, "bukan tanggal lahir yang sah"),
                bad("pegawai: NIP jenis kelamin 3", newEmployee(0, "199601012021013001"), 400, "jenis kelamin"),
                bad("pegawai: NIP nomor urut 000", newEmployee(0, "199601012021011000"), 400, "tidak boleh 000"),
                bad("pegawai: NIP dengan NUL", newEmployee(0, "19960101" + NUL + "2021011001"), 400, "byte NUL"),
                bad("pegawai: NIP dengan karakter kendali", newEmployee(0, "199601012021011001\u0008"), 400, "Kolom nip berisi karakter kendali"),
                bad("pegawai: NIP ganda", newEmployee(0, STAFF), 400, "ganda: sudah dipakai di baris"),
                bad("pegawai: nama kosong", newEmployee(1, ""), 400, "Nama wajib diisi"),
                bad("pegawai: nama hanya zero-width", newEmployee(1, ZWSP), 400, "Nama wajib diisi"),
                bad("pegawai: nama 201 karakter", newEmployee(1, "N".repeat(201)), 400, "Nama terlalu panjang"),
                bad("pegawai: nama dengan bel", newEmployee(1, "Pegawai\u0007Korpus"), 400, "Kolom nama berisi karakter kendali"),
                bad("pegawai: nama dengan baris baru", newEmployee(1, "Pegawai\r\nKorpus"), 400, "Kolom nama berisi karakter kendali"),
                bad("pegawai: email kosong", newEmployee(2, ""), 400, "Alamat email tidak sah"),
                bad("pegawai: email tanpa @", newEmployee(2, "korpus.uji.example"), 400, "Alamat email tidak sah"),
                bad("pegawai: email tanpa domain", newEmployee(2, "korpus@uji"), 400, "Alamat email tidak sah"),
                bad("pegawai: email 255 karakter", newEmployee(2, "k".repeat(243) + "@uji.example"), 400, "Alamat email tidak sah"),
                bad("pegawai: email dengan spasi", newEmployee(2, "kor pus@uji.example"), 400, "Alamat email tidak sah"),
                bad("pegawai: email ganda", newEmployee(2, "satu@uji.example"), 400, "sudah dipakai di baris"),
                bad("pegawai: email dengan karakter kendali", newEmployee(2, "korpus\u001F@uji.example"), 400, "karakter kendali"),
                bad("pegawai: jabatan kosong", newEmployee(3, ""), 400, "Jabatan wajib diisi"),
                bad("pegawai: jabatan hanya zero-width", newEmployee(3, ZWSP), 400, "Jabatan wajib diisi"),
                bad("pegawai: jabatan 201 karakter", newEmployee(3, "J".repeat(201)), 400, "Nama jabatan terlalu panjang"),
                bad("pegawai: jabatan dengan karakter kendali", newEmployee(3, "Staf\u0002"), 400, "Kolom jabatan berisi karakter kendali"),
                bad("pegawai: unit kosong", newEmployee(4, ""), 400, "Kode unit wajib diisi"),
                bad("pegawai: unit tidak dikenal", newEmployee(4, "SEK-ZZ"), 400, "Unit tidak dikenal"),
                bad("pegawai: unit rumus", newEmployee(4, "=cmd|' /C calc'!A0"), 400, "Unit tidak dikenal"),
                bad("pegawai: atasan dirinya sendiri", newEmployee(5, NEW_EMPLOYEE.get(0)), 400, "atasan dirinya sendiri"),
                bad("pegawai: NIP atasan tidak sah", newEmployee(5, "123"), 400, "NIP atasan tidak sah"),
                bad("pegawai: atasan di luar berkas", newEmployee(5, "199001012015011001"), 400, "Atasan tidak dikenal"),
                bad("pegawai: rantai atasan berputar", employees(ROSTER
                        + "199601012021011001,Korpus A,ka@uji.example,Staf,SEK-A1,199602022021012002,\n"
                        + "199602022021012002,Korpus B,kb@uji.example,Staf,SEK-A1,199601012021011001,\n"), 400, "Rantai atasan berputar"),
                bad("pegawai: peran tidak dikenal", newEmployee(6, "raja"), 400, "Peran tidak dikenal"),
                bad("pegawai: peran camunda-admin", newEmployee(6, "camunda-admin"), 400, "camunda-admin tidak dapat diberikan"),
                bad("pegawai: 20.000 baris salah", employees(EMPLOYEE_HEADER + "123,,,,,,\n".repeat(20_000)), 400, "Yang ditampilkan 100 masalah pertama"),
                bad("pegawai: tanpa login", upload("/api/organization/employees/import", "file", utf8(ROSTER), null), 401, "Silakan masuk"),
                bad("pegawai: pegawai biasa", upload("/api/organization/employees/import", "file", utf8(ROSTER), STAFF), 403, "tidak berwenang"));
    }

    static final String TICKET_HEADER = "nomor_registrasi,jenis_layanan,nip_petugas,waktu_layanan,kode_unit\n";
    static final List<String> NEW_TICKET = List.of("KORPUS-IMP-1", "Penerbitan KTP-el", STAFF, YESTERDAY + " 09:15", "");

    static Stream<Case> ticketImportCases() {
        return Stream.of(
                bad("tiket impor: berkas kosong", tickets(""), 400, "Berkas tiket layanan kosong"),
                bad("tiket impor: hanya judul kolom", tickets(TICKET_HEADER), 400, "tanpa baris data"),
                bad("tiket impor: kolom waktu tidak ada", tickets("nomor_registrasi,jenis_layanan,nip_petugas\nA-1,KTP," + STAFF + "\n"), 400,
                        "Kolom wajib tidak ada: waktu_layanan"),
                bad("tiket impor: Latin-1", ticketsBytes((TICKET_HEADER + "KORPUS-IMP-1,Layanan Ñ," + STAFF + "," + YESTERDAY + " 09:15,\n")
                        .getBytes(StandardCharsets.ISO_8859_1)), 400, "bukan teks UTF-8"),
                bad("tiket impor: tanda kutip tidak ditutup", tickets(TICKET_HEADER + "\"KORPUS-IMP-1,KTP," + STAFF + "," + YESTERDAY + " 09:15,\n"),
                        400, "bukan CSV yang sah"),
                bad("tiket impor: nomor kosong", ticketRow(0, ""), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor #", ticketRow(0, "#"), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor 41 karakter", ticketRow(0, "T".repeat(41)), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor berspasi", ticketRow(0, "KORPUS IMP"), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor rumus", ticketRow(0, "=1+1"), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor hanya zero-width", ticketRow(0, ZWSP), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket impor: nomor dengan karakter kendali", ticketRow(0, "KORPUS\u0003"), 400, "Kolom nomor_registrasi berisi karakter kendali"),
                bad("tiket impor: nomor ganda dalam berkas", tickets(TICKET_HEADER + ticketLine(NEW_TICKET) + ticketLine(NEW_TICKET)), 400,
                        "sudah ada di baris 2"),
                bad("tiket impor: nomor terdaftar dengan data lain", ticketRow(0, OPEN_TICKET), 400, "sudah terdaftar dengan data lain"),
                bad("tiket impor: jenis kosong", ticketRow(1, ""), 400, "Jenis layanan wajib diisi"),
                bad("tiket impor: jenis hanya zero-width", ticketRow(1, ZWSP), 400, "Jenis layanan wajib diisi"),
                bad("tiket impor: jenis 101 karakter", ticketRow(1, "J".repeat(101)), 400, "paling banyak 100 karakter"),
                bad("tiket impor: jenis dengan karakter kendali", ticketRow(1, "KTP\u0000el"), 400, "byte NUL"),
                bad("tiket impor: jenis dengan tab", ticketRow(1, "KTP\tel"), 400, "Kolom jenis_layanan berisi karakter kendali"),
                bad("tiket impor: NIP kosong", ticketRow(2, ""), 400, "NIP petugas tidak dikenal"),
                bad("tiket impor: NIP tidak dikenal", ticketRow(2, "199001012015011001"), 400, "NIP petugas tidak dikenal"),
                bad("tiket impor: NIP panjang sekali", ticketRow(2, "9".repeat(5000)), 400, "NIP petugas tidak dikenal"),
                bad("tiket impor: waktu kosong", ticketRow(3, ""), 400, "Waktu layanan wajib diisi"),
                bad("tiket impor: waktu kata", ticketRow(3, "kemarin"), 400, "tidak terbaca atau bukan tanggal yang ada"),
                bad("tiket impor: 31/02/2026", ticketRow(3, "31/02/2026 09:15"), 400, "bukan tanggal yang ada: '31/02/2026 09:15'"),
                bad("tiket impor: 2026-02-30", ticketRow(3, "2026-02-30 09:15"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: 29/02/2025", ticketRow(3, "29/02/2025 09:15"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: bulan 13", ticketRow(3, "2026-13-01 09:15"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: jam 25", ticketRow(3, "2026-01-05 25:00"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: 31 April dengan zona", ticketRow(3, "2026-04-31T09:15:00+07:00"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: detik epoch", ticketRow(3, "1764300000"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: 1e308", ticketRow(3, "1e308"), 400, "bukan tanggal yang ada"),
                bad("tiket impor: tahun -999999999", ticketRow(3, "-999999999-01-01T00:00:00Z"), 400, "sebelum 1 Januari 2000"),
                bad("tiket impor: tahun 1999", ticketRow(3, "1999-12-31 23:59"), 400, "sebelum 1 Januari 2000"),
                bad("tiket impor: masa depan", ticketRow(3, "2099-01-01 09:00"), 400, "tidak boleh di masa depan"),
                bad("tiket impor: tahun +999999999", ticketRow(3, "+999999999-12-31T23:59:59Z"), 400, "tidak boleh di masa depan"),
                bad("tiket impor: unit lain", ticketRow(4, "SEK-A2"), 400, "bertugas di unit SEK-A1, bukan SEK-A2"),
                bad("tiket impor: tanpa login", upload("/api/service-tickets/import", "file", utf8(TICKET_HEADER), null), 401, "Silakan masuk"),
                bad("tiket impor: pegawai biasa", upload("/api/service-tickets/import", "file", utf8(TICKET_HEADER), STAFF), 403, "tidak berwenang"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Kinerja's JSON API

    static final String POSITION = "Operator";

    static Stream<Case> templateCases() {
        return Stream.of(
                bad("templat: isi kosong", templateRaw(""), 400, "tidak boleh kosong"),
                bad("templat: null", templateRaw("null"), 400, "tidak boleh kosong"),
                bad("templat: JSON rusak", templateRaw("{\"position\":"), 400, "bukan JSON yang sah"),
                bad("templat: kurung tidak ditutup", templateRaw("{\"position\":\"Operator\",\"items\":[{}"), 400, "bukan JSON yang sah"),
                bad("templat: daftar, bukan objek", templateRaw("[]"), 400, "Isi permintaan harus berupa objek JSON"),
                bad("templat: teks, bukan objek", templateRaw("\"templat\""), 400, "harus berupa objek JSON"),
                bad("templat: susunan terlalu dalam", templateRaw("{\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400,
                        "melampaui batas"),
                bad("templat: angka 2.000 digit", template(item("target", "1" + "0".repeat(2000))), 400, "melampaui batas"),
                bad("templat: jenis isi text/plain", request("POST", "/api/indicator-templates", "text/plain", "{}", HR), 415, "tidak didukung"),
                bad("templat: jabatan tidak ada", templateRaw("{\"items\":[" + item() + "]}"), 400, "Jabatan (position) wajib diisi"),
                bad("templat: jabatan zero-width", templateWith(jsonString(ZWSP), "[" + item() + "]"), 400, "Jabatan (position) wajib diisi"),
                bad("templat: jabatan tidak dikenal", templateWith("\"Astronot\"", "[" + item() + "]"), 400, "Jabatan tidak dikenal: 'Astronot'"),
                bad("templat: jabatan dengan NUL", templateWith(jsonString("Opera" + NUL + "tor"), "[" + item() + "]"), 400, "Jabatan tidak dikenal"),
                bad("templat: jabatan 10.000 karakter", templateWith(jsonString("J".repeat(10_000)), "[" + item() + "]"), 400,
                        "Jabatan tidak dikenal"),
                bad("templat: jabatan angka", templateWith("5", "[" + item() + "]"), 400, "Jabatan tidak dikenal: '5'"),
                bad("templat: jabatan objek", templateWith("{}", "[" + item() + "]"), 400, "'position' harus berupa teks"),
                bad("templat: items tidak ada", templateRaw("{\"position\":\"Operator\"}"), 400, "1–30 indikator"),
                bad("templat: items kosong", templateWith("\"Operator\"", "[]"), 400, "1–30 indikator"),
                bad("templat: 31 items", templateWith("\"Operator\"", "[" + String.join(",", java.util.Collections.nCopies(31, item())) + "]"),
                        400, "Templat harus berisi 1–30 indikator (items), sama seperti SKP."),
                bad("templat: items [null]", templateWith("\"Operator\"", "[null]"), 400, "Indikator 1: kosong (null)"),
                bad("templat: items teks", templateWith("\"Operator\"", "\"abc\""), 400, "'items' harus berupa daftar"),
                bad("templat: items [1]", templateWith("\"Operator\"", "[1]"), 400, "'items[0]' harus berupa objek JSON"),
                bad("templat: RHK tidak ada", template(item("resultTitle", null)), 400, "RHK (resultTitle) wajib diisi"),
                bad("templat: RHK zero-width", template(item("resultTitle", jsonString(ZWSP))), 400, "RHK (resultTitle) wajib diisi"),
                bad("templat: RHK spasi", template(item("resultTitle", "\"   \"")), 400, "RHK (resultTitle) wajib diisi"),
                bad("templat: RHK 301 karakter", template(item("resultTitle", jsonString("R".repeat(301)))), 400,
                        "RHK (resultTitle) terlalu panjang: 301 karakter, paling banyak 300"),
                bad("templat: RHK dengan NUL", template(item("resultTitle", jsonString("Layanan" + NUL))), 400,
                        "RHK (resultTitle) berisi karakter kendali"),
                bad("templat: RHK dengan baris baru", template(item("resultTitle", jsonString("Layanan\nbaru"))), 400, "karakter kendali"),
                bad("templat: RHK objek", template(item("resultTitle", "{}")), 400, "'items[0].resultTitle' harus berupa teks"),
                bad("templat: RHK daftar", template(item("resultTitle", "[\"a\"]")), 400, "'items[0].resultTitle' harus berupa teks"),
                bad("templat: nama tidak ada", template(item("name", null)), 400, "nama indikator (name) wajib diisi"),
                bad("templat: nama 301 karakter", template(item("name", jsonString("N".repeat(301)))), 400, "nama indikator (name) terlalu panjang"),
                bad("templat: nama dengan ESC", template(item("name", jsonString("Dok\u001Bumen"))), 400, "nama indikator (name) berisi karakter kendali"),
                bad("templat: satuan tidak ada", template(item("unit", null)), 400, "satuan (unit) wajib diisi"),
                bad("templat: satuan 61 karakter", template(item("unit", jsonString("s".repeat(61)))), 400, "paling banyak 60"),
                bad("templat: satuan dengan tab", template(item("unit", jsonString("dok\tumen"))), 400, "satuan (unit) berisi karakter kendali"),
                bad("templat: perspektif 101 karakter", template(item("perspective", jsonString("p".repeat(101)))), 400, "paling banyak 100"),
                bad("templat: perspektif dengan NUL", template(item("perspective", jsonString(NUL))), 400, "perspektif (perspective) berisi"),
                bad("templat: target tidak ada", template(item("target", null)), 400, "Indikator 1: target wajib diisi"),
                bad("templat: target null", template(item("target", "null")), 400, "Indikator 1: target wajib diisi"),
                bad("templat: target 0", template(item("target", "0")), 400, "target harus lebih dari 0"),
                bad("templat: target negatif", template(item("target", "-5")), 400, "target harus lebih dari 0"),
                bad("templat: target 1e308", template(item("target", "1e308")), 400, "target harus kurang dari 10.000.000.000"),
                bad("templat: target 1e10", template(item("target", "10000000000")), 400, "target harus kurang dari 10.000.000.000"),
                bad("templat: target \"1e999999999\"", template(item("target", "\"1e999999999\"")), 400, "target harus kurang dari"),
                bad("templat: target 0.00001", template(item("target", "0.00001")), 400, "target paling banyak 4 angka di belakang koma"),
                bad("templat: target 1e-30", template(item("target", "1e-30")), 400, "target paling banyak 4 angka di belakang koma"),
                bad("templat: target \"1e-999999999\"", template(item("target", "\"1e-999999999\"")), 400, "paling banyak 4 angka"),
                bad("templat: target 1e-999999999", template(item("target", "1e-999999999")), 400, "paling banyak 4 angka"),
                bad("templat: target NaN", template(item("target", "NaN")), 400, "bukan JSON yang sah"),
                bad("templat: target \"NaN\"", template(item("target", "\"NaN\"")), 400, "Nilai 'NaN' tidak sah untuk 'items[0].target'"),
                bad("templat: target Infinity", template(item("target", "Infinity")), 400, "bukan JSON yang sah"),
                bad("templat: target -Infinity", template(item("target", "-Infinity")), 400, "bukan JSON yang sah"),
                bad("templat: target \"Infinity\"", template(item("target", "\"Infinity\"")), 400, "tidak sah untuk 'items[0].target'"),
                bad("templat: target teks", template(item("target", "\"seratus\"")), 400, "harus angka"),
                bad("templat: target boolean", template(item("target", "true")), 400, "'items[0].target' harus berupa angka"),
                bad("templat: target objek", template(item("target", "{}")), 400, "'items[0].target' harus berupa angka"),
                bad("templat: bobot tidak ada", template(item("weight", null)), 400, "bobot (weight) wajib diisi"),
                bad("templat: bobot 0", template(item("weight", "0")), 400, "bobot (weight) harus lebih dari 0"),
                bad("templat: bobot 101", template(item("weight", "101")), 400, "bobot (weight) paling besar 100"),
                bad("templat: bobot 1e999999999", template(item("weight", "1e999999999"), item("weight", "1")), 400,
                        "bobot (weight) paling besar 100"),
                bad("templat: bobot 33.333", template(item("weight", "33.333")), 400, "bobot (weight) paling banyak 2 angka"),
                bad("templat: bobot jumlah 90", template(item("weight", "90")), 400, "Jumlah bobot harus 100, sekarang 90"),
                bad("templat: bobot jumlah 120", template(item("weight", "60"), item("weight", "60")), 400, "sekarang 120"),
                bad("templat: bobot teks", template(item("weight", "\"penuh\"")), 400, "tidak sah untuk 'items[0].weight'"),
                bad("templat: arah tidak dikenal", template(item("direction", "\"NAIK\"")), 400,
                        "Nilai 'NAIK' tidak dikenal untuk 'items[0].direction'. Pilihan: HIGHER_IS_BETTER, LOWER_IS_BETTER"),
                bad("templat: arah huruf kecil", template(item("direction", "\"higher_is_better\"")), 400, "Pilihan: HIGHER_IS_BETTER"),
                bad("templat: arah angka 7", template(item("direction", "7")), 400, "tidak dikenal untuk 'items[0].direction'"),
                bad("templat: arah tidak ada", template(item("direction", null)), 400, "arah (direction) wajib diisi"),
                bad("templat: aspek tidak dikenal", template(item("aspect", "\"KECEPATAN\"")), 400,
                        "Pilihan: KUANTITAS, KUALITAS, WAKTU, BIAYA"),
                bad("templat: aspek tidak ada", template(item("aspect", null)), 400, "aspek (aspect) wajib diisi"),
                bad("templat: indikator kedua salah", template(item(), item("target", "-1")), 400, "Indikator 2: target harus lebih dari 0"),
                bad("templat: versi tanpa jabatan", get("/api/indicator-templates", HR), 400, "Parameter 'position' wajib diisi"),
                bad("templat: versi jabatan zero-width", get("/api/indicator-templates?position=%E2%80%8B", HR), 400, "wajib diisi"),
                bad("templat: versi jabatan tidak dikenal", get("/api/indicator-templates?position=Astronot", HR), 404,
                        "Jabatan tidak dikenal: 'Astronot'"),
                bad("templat: PUT", request("PUT", "/api/indicator-templates", "application/json", "{}", HR), 405, "Metode PUT tidak berlaku"),
                bad("templat: tanpa login", json("POST", "/api/indicator-templates", templateBody(item()), null), 401, "Silakan masuk"),
                bad("templat: pegawai biasa", json("POST", "/api/indicator-templates", templateBody(item()), STAFF), 403, "tidak berwenang"));
    }

    static Stream<Case> ticketApiCases() {
        return Stream.of(
                bad("tiket API: isi kosong", ticket(""), 400, "tidak boleh kosong"),
                bad("tiket API: JSON rusak", ticket("{\"ticketNumber\":\"A"), 400, "bukan JSON yang sah"),
                bad("tiket API: daftar", ticket("[]"), 400, "harus berupa objek JSON"),
                bad("tiket API: XML", request("POST", "/api/service-tickets", "application/xml", "<tiket/>", HR), 415, "tidak didukung"),
                bad("tiket API: nomor tidak ada", ticketWith("ticketNumber", null), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket API: nomor #", ticketWith("ticketNumber", "\"#\""), 400, "Nomor registrasi harus 3–40 karakter"),
                bad("tiket API: nomor 41 karakter", ticketWith("ticketNumber", jsonString("T".repeat(41))), 400, "Nomor registrasi harus"),
                bad("tiket API: nomor dengan NUL", ticketWith("ticketNumber", jsonString("KORPUS" + NUL + "1")), 400, "Nomor registrasi harus"),
                bad("tiket API: nomor zero-width", ticketWith("ticketNumber", jsonString(ZWSP)), 400, "Nomor registrasi harus"),
                bad("tiket API: nomor rumus", ticketWith("ticketNumber", "\"=1+1\""), 400, "Nomor registrasi harus"),
                bad("tiket API: nomor terdaftar", ticketWith("ticketNumber", jsonString(OPEN_TICKET)), 409, "sudah terdaftar"),
                bad("tiket API: nomor objek", ticketWith("ticketNumber", "{}"), 400, "'ticketNumber' harus berupa teks"),
                bad("tiket API: jenis tidak ada", ticketWith("serviceType", null), 400, "Jenis layanan wajib diisi"),
                bad("tiket API: jenis zero-width", ticketWith("serviceType", jsonString(ZWSP)), 400, "Jenis layanan wajib diisi"),
                bad("tiket API: jenis 101 karakter", ticketWith("serviceType", jsonString("J".repeat(101))), 400, "paling banyak 100 karakter"),
                bad("tiket API: jenis dengan NUL", ticketWith("serviceType", jsonString("KTP" + NUL)), 400, "Jenis layanan berisi karakter kendali"),
                bad("tiket API: jenis dengan baris baru", ticketWith("serviceType", jsonString("KTP\nel")), 400, "karakter kendali"),
                bad("tiket API: NIP tidak ada", ticketWith("employeeNip", null), 400, "NIP petugas tidak dikenal"),
                bad("tiket API: NIP tidak dikenal", ticketWith("employeeNip", "\"199001012015011001\""), 400, "NIP petugas tidak dikenal"),
                bad("tiket API: NIP 10.000 karakter", ticketWith("employeeNip", jsonString("1".repeat(10_000))), 400, "NIP petugas tidak dikenal"),
                bad("tiket API: NIP angka", ticketWith("employeeNip", "123"), 400, "NIP petugas tidak dikenal atau tidak aktif: '123'"),
                bad("tiket API: waktu tidak ada", ticketWith("servedAt", null), 400, "Waktu layanan wajib diisi"),
                bad("tiket API: waktu 1e308", ticketWith("servedAt", "1e308"), 400, "'servedAt' harus berupa waktu ISO-8601"),
                bad("tiket API: waktu detik epoch", ticketWith("servedAt", "1764300000"), 400, "'servedAt' harus berupa waktu ISO-8601"),
                bad("tiket API: waktu boolean", ticketWith("servedAt", "true"), 400, "'servedAt' harus berupa waktu ISO-8601"),
                bad("tiket API: waktu tahun -999999999", ticketWith("servedAt", "\"-999999999-01-01T00:00:00Z\""), 400,
                        "sebelum 1 Januari 2000"),
                bad("tiket API: waktu tahun 1999", ticketWith("servedAt", "\"1999-12-31T16:59:59Z\""), 400, "sebelum 1 Januari 2000"),
                bad("tiket API: waktu masa depan", ticketWith("servedAt", "\"2099-01-01T00:00:00Z\""), 400, "tidak boleh di masa depan"),
                bad("tiket API: waktu tahun +999999999", ticketWith("servedAt", "\"+999999999-12-31T23:59:59Z\""), 400, "masa depan"),
                bad("tiket API: waktu 31 Februari", ticketWith("servedAt", "\"2026-02-31T10:00:00+07:00\""), 400,
                        "Nilai '2026-02-31T10:00:00+07:00' tidak sah untuk 'servedAt'"),
                bad("tiket API: waktu tanpa zona", ticketWith("servedAt", "\"" + YESTERDAY + "T09:15:00\""), 400, "tidak sah untuk 'servedAt'"),
                bad("tiket API: waktu kata", ticketWith("servedAt", "\"kemarin\""), 400, "tidak sah untuk 'servedAt'"),
                bad("tiket API: waktu kosong", ticketWith("servedAt", "\"\""), 400, "servedAt"),
                bad("tiket API: QR tiket tidak dikenal", get("/api/service-tickets/TIDAK-ADA-1/qr.png", HR), 404, "Tiket layanan tidak ditemukan"),
                bad("tiket API: slip tiket tidak dikenal", get("/api/service-tickets/slip.pdf?nomor=TIDAK%2FADA", HR), 404,
                        "Tiket layanan tidak ditemukan"),
                bad("tiket API: QR tanpa nomor", get("/api/service-tickets/qr.png", HR), 400, "Parameter 'nomor' wajib diisi"),
                bad("tiket API: QR nomor NUL", get("/api/service-tickets/qr.png?nomor=%00", HR), 404, "Tiket layanan tidak ditemukan"),
                bad("tiket API: GET daftar", get("/api/service-tickets", HR), 405, "Metode GET tidak berlaku"),
                bad("tiket API: tanpa login", json("POST", "/api/service-tickets", ticketBody(Map.of()), null), 401, "Silakan masuk"),
                bad("tiket API: pegawai biasa", json("POST", "/api/service-tickets", ticketBody(Map.of()), STAFF), 403, "tidak berwenang"));
    }

    static Stream<Case> reportCases() {
        return Stream.of(
                bad("laporan: tahun huruf", get("/api/reports/ikm?tahun=abc", HR), 400, "Tahun laporan harus berupa angka"),
                bad("laporan: tahun 1999", get("/api/reports/ikm?tahun=1999", HR), 400, "antara 2000 dan 2100"),
                bad("laporan: tahun 2101", get("/api/reports/ikm?tahun=2101", HR), 400, "antara 2000 dan 2100"),
                bad("laporan: tahun sangat besar", get("/api/reports/ikm?tahun=99999999999999", HR), 400, "harus berupa angka"),
                bad("laporan: tahun NUL", get("/api/reports/ikm?tahun=%00", HR), 400, "harus berupa angka"),
                bad("laporan: periode tidak dikenal", get("/api/reports/ikm?per=MINGGU", HR), 400, "TAHUN, TRIWULAN atau BULAN"),
                bad("laporan CSV: tahun huruf", get("/api/reports/ikm.csv?tahun=abc", HR), 400, "Tahun laporan harus berupa angka"),
                bad("laporan CSV: periode tidak dikenal", get("/api/reports/ikm.csv?per=x", HR), 400, "TAHUN, TRIWULAN atau BULAN"),
                bad("laporan: tanpa login", get("/api/reports/ikm", null), 401, "Silakan masuk"),
                bad("laporan: pegawai biasa", get("/api/reports/ikm", STAFF), 403, "tidak berwenang"));
    }

    static Stream<Case> organizationApiCases() {
        return Stream.of(
                bad("organisasi: active bukan boolean", get("/api/organization/employees?active=mungkin", HR), 400,
                        "Nilai 'mungkin' tidak sah untuk 'active'"),
                bad("organisasi: alamat tidak ada", get("/api/organization/tidak-ada", HR), 404, "Alamat yang diminta tidak ada"),
                bad("organisasi: POST ke daftar unit", json("POST", "/api/organization/units", "{}", HR), 405, "Metode POST tidak berlaku"),
                bad("organisasi: DELETE pegawai", request("DELETE", "/api/organization/employees", null, null, HR), 405, "Metode DELETE"),
                bad("organisasi: GET impor", get("/api/organization/units/import", HR), 405, "Metode GET tidak berlaku"),
                bad("organisasi: API tidak dikenal", get("/api/tidak-ada", HR), 403, "tidak berwenang"),
                bad("organisasi: tanpa login", get("/api/organization/units", null), 401, "Silakan masuk"));
    }

    static Stream<Case> notificationCases() {
        return Stream.of(
                bad("notifikasi: tidak ada", json("POST", "/api/notifications/999999999/read", "", STAFF), 404, "Notifikasi tidak ditemukan"),
                bad("notifikasi: id huruf", json("POST", "/api/notifications/abc/read", "", STAFF), 400, "tidak sah untuk 'id'"),
                bad("notifikasi: id melimpah", json("POST", "/api/notifications/99999999999999999999/read", "", STAFF), 400,
                        "tidak sah untuk 'id'"),
                bad("notifikasi: alamat tidak ada", get("/api/notifications/a/b/c", STAFF), 404, "Alamat yang diminta tidak ada"),
                bad("notifikasi: DELETE", request("DELETE", "/api/notifications", null, null, STAFF), 405, "Metode DELETE"),
                bad("notifikasi: tanpa login", get("/api/notifications", null), 401, "Silakan masuk"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The public survey page and Kinerja's pages

    static Stream<Case> surveyCases() {
        return Stream.of(
                bad("survei: tiket tidak dikenal", survey(answers("TIDAK-ADA-1", "4")), 404, "Nomor tiket tidak dikenal"),
                bad("survei: tiket sudah dipakai", survey(answers(USED_TICKET, "4")), 409, "sudah diisi"),
                bad("survei: tiket kedaluwarsa", survey(answers(EXPIRED_TICKET, "4")), 410, "sudah lewat (30 hari"),
                bad("survei: tanpa tiket", survey(without(answers(OPEN_TICKET, "4"), "tiket")), 404, "Nomor tiket tidak dikenal"),
                bad("survei: tiket zero-width", survey(answers(ZWSP, "4")), 404, "Nomor tiket tidak dikenal"),
                bad("survei: tiket dengan NUL", survey(answers(OPEN_TICKET + NUL, "4")), 404, "Nomor tiket tidak dikenal"),
                bad("survei: tiket 10.000 karakter", survey(answers("T".repeat(10_000), "4")), 404, "Nomor tiket tidak dikenal"),
                bad("survei: unsur 9 tidak dijawab", survey(without(answers(OPEN_TICKET, "4"), "u9")), 400,
                        "Yang belum dijawab: Sarana dan Prasarana"),
                bad("survei: tidak ada jawaban", survey(Map.of("tiket", OPEN_TICKET)), 400, "Semua 9 unsur survei wajib dijawab"),
                bad("survei: jawaban zero-width", survey(with(answers(OPEN_TICKET, "4"), "u1", ZWSP)), 400, "Yang belum dijawab: Persyaratan"),
                bad("survei: jawaban 0", survey(answers(OPEN_TICKET, "0")), 400, "harus 1 sampai 4"),
                bad("survei: jawaban 5", survey(with(answers(OPEN_TICKET, "4"), "u3", "5")), 400, "harus 1 sampai 4"),
                bad("survei: jawaban -1", survey(with(answers(OPEN_TICKET, "4"), "u2", "-1")), 400, "harus 1 sampai 4"),
                bad("survei: jawaban huruf", survey(with(answers(OPEN_TICKET, "4"), "u4", "empat")), 400, "harus 1 sampai 4"),
                bad("survei: jawaban pecahan", survey(with(answers(OPEN_TICKET, "4"), "u5", "3.5")), 400, "harus 1 sampai 4"),
                bad("survei: jawaban melimpah", survey(with(answers(OPEN_TICKET, "4"), "u6", "99999999999")), 400, "harus 1 sampai 4"),
                bad("survei: pengaduan 2.001 karakter", survey(with(answers(OPEN_TICKET, "4"), "keluhan", "x".repeat(2001))), 400,
                        "terlalu panjang (paling banyak 2000 karakter)"),
                bad("survei: pengaduan dengan NUL", survey(with(answers(OPEN_TICKET, "4"), "keluhan", "Antrean" + NUL + "lama")), 400,
                        "Pengaduan atau saran berisi karakter kendali"),
                bad("survei: pengaduan dengan ESC", survey(with(answers(OPEN_TICKET, "4"), "keluhan", "Antrean \u001B[2J lama")), 400,
                        "karakter kendali"),
                bad("survei: pengaduan benar, jawaban salah", survey(with(with(answers(OPEN_TICKET, "4"), "u9", "9"), "keluhan", "Lama")), 400,
                        "harus 1 sampai 4"),
                bad("survei: nama isian dengan NUL", survey(with(answers(OPEN_TICKET, "4"), "u" + NUL, "4")), 400,
                        "karakter yang tidak diizinkan"),
                bad("survei: tanpa token CSRF", surveyWithoutCsrf(answers(OPEN_TICKET, "4"), true), 403, "Sesi formulir sudah kedaluwarsa"),
                bad("survei: token CSRF salah", surveyWithToken(answers(OPEN_TICKET, "4"), "bukan-token"), 403, "Sesi formulir sudah kedaluwarsa"),
                bad("survei: tanpa sesi", surveyWithoutCsrf(answers(OPEN_TICKET, "4"), false), 403, "Sesi formulir sudah kedaluwarsa"),
                bad("survei: buka tanpa tiket", page("/survei", null), 400, "Nomor tiket belum diisi"),
                bad("survei: buka tiket tidak dikenal", page("/survei?tiket=TIDAK-ADA-2", null), 404, "Nomor tiket tidak dikenal"),
                bad("survei: buka tiket terpakai", page("/survei/" + USED_TICKET, null), 409, "sudah diisi"),
                bad("survei: buka tiket kedaluwarsa", page("/survei?tiket=" + EXPIRED_TICKET, null), 410, "sudah lewat"));
    }

    static Stream<Case> pageCases() {
        return Stream.of(
                bad("halaman: masuk tanpa token CSRF", pagePost("/masuk", Map.of("pengguna", HR, "sandi", PASSWORD)), 403,
                        "Sesi formulir sudah kedaluwarsa"),
                bad("halaman: keluar tanpa token CSRF", pagePost("/keluar", Map.of()), 403, "Sesi formulir sudah kedaluwarsa"),
                bad("halaman: laporan tidak ada", page("/laporan/tidak-ada", HR), 404, "Alamat yang diminta tidak ada"),
                bad("halaman: kalibrasi id huruf", page("/kalibrasi/abc", HR), 400, "tidak sah untuk 'cycleId'"),
                bad("halaman: laporan untuk pegawai biasa", page("/laporan/ikm", STAFF), 403, "Akun Anda tidak berwenang"),
                bad("halaman: CSV laporan untuk pegawai biasa", page("/laporan/ikm.csv", STAFF), 403, "Akun Anda tidak berwenang"),
                bad("dasbor: untuk pegawai biasa", page("/dasbor", STAFF), 403, "Akun Anda tidak berwenang"),
                bad("dasbor: data untuk atasan", page("/dasbor/1/data", SUPERVISOR), 403, "Akun Anda tidak berwenang"),
                bad("dasbor: siklus huruf", page("/dasbor?siklus=abc", HR), 400, "tidak sah untuk 'siklus'"),
                bad("dasbor: unit huruf", page("/dasbor?unit=1%27%20or%201=1", HR), 400, "tidak sah untuk 'unit'"),
                bad("dasbor: siklus tidak ada", page("/dasbor?siklus=987654321", HR), 404, "Siklus penilaian 987654321 tidak ditemukan"),
                bad("dasbor: siklus melampaui long", page("/dasbor?siklus=99999999999999999999", HR), 400, "tidak sah untuk 'siklus'"),
                bad("dasbor: data siklus tidak ada", page("/dasbor/987654321/data", HR), 404, "Siklus penilaian 987654321 tidak ditemukan"),
                bad("dasbor: data siklus huruf", page("/dasbor/abc/data", HR), 400, "tidak sah untuk 'cycleId'"),
                bad("dasbor: CSV siklus tidak ada", page("/dasbor/987654321/fase.csv", HR), 404, "Siklus penilaian 987654321 tidak ditemukan"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Task and start forms through the Camunda REST API, as Tasklist and scripts send them

    /** Set once the cycle of the form cases is open: STAFF's own SKP draft, SUPERVISOR's approval, a finished task. */
    static volatile String draftTask;
    static volatile String approveTask;
    static volatile String finishedTask;
    static volatile String reportTask;
    /** Reports progress on a plan of two indicators in the cycle of the form cases. */
    static final String REPORTER = ProcessTestSupport.STAFF_FOUR;
    static volatile String cycleDefinition;
    static volatile int cycleYear;

    static final String ZWSP_JSON = "\"\\u200B\\u200B\"";

    /** {@code "key":{"value":raw}} */
    static String v(String key, String rawJson) {
        return "\"" + key + "\":{\"value\":" + rawJson + "}";
    }

    /** {@code "key":{"value":raw,"type":type}} with optional valueInfo. */
    static String typed(String key, String rawJson, String type, String valueInfoJson) {
        return "\"" + key + "\":{\"value\":" + rawJson + ",\"type\":\"" + type + "\"" + (valueInfoJson == null ? "" : ",\"valueInfo\":" + valueInfoJson) + "}";
    }

    /** Valid fields (sorted by name) with some replaced by raw JSON values (null removes one), plus extra entries. */
    static String variables(Map<String, String> valid, Map<String, String> changes, String... extra) {
        Map<String, String> fields = new java.util.TreeMap<>(valid);
        changes.forEach((k, value) -> {
            if (value == null) {
                fields.remove(k);
            } else {
                fields.put(k, value);
            }
        });
        List<String> entries = new ArrayList<>(fields.entrySet().stream().map(e -> v(e.getKey(), e.getValue())).toList());
        entries.addAll(List.of(extra));
        return String.join(",", entries);
    }

    /** The SKP's indicator list, as Tasklist sends it: one Json variable holding the JSON text of its rows. */
    static String list(String... rowsJson) {
        return typed(SkpRows.LIST, SkpRows.jsonString("[" + String.join(",", rowsJson) + "]"), "Json", "{}");
    }

    /** {@code n} copies of a row. */
    static String[] rows(int n, String rowJson) {
        return java.util.Collections.nCopies(n, rowJson).toArray(String[]::new);
    }

    /** A valid indicator row (weight 100), or one with a key replaced by raw JSON (null leaves the key out). */
    static String row(String key, String rawJson) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("rhk", "\"Terlayaninya pemohon dokumen\"");
        cells.put("rhkParent", "\"-\"");
        cells.put("name", "\"Dokumen diterbitkan tepat waktu\"");
        cells.put("unit", "\"dokumen\"");
        cells.put("target", "100");
        cells.put("weight", "100");
        cells.put("direction", "\"HIGHER_IS_BETTER\"");
        cells.put("aspect", "\"KUANTITAS\"");
        cells.put("perspective", "\"\"");
        if (key != null) {
            if (rawJson == null) {
                cells.remove(key);
            } else {
                cells.put(key, rawJson);
            }
        }
        return cells.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    static String row() {
        return row(null, null);
    }

    /** A valid one-indicator SKP, plus extra entries. */
    static String plan(String... extra) {
        List<String> entries = new ArrayList<>(List.of(list(row())));
        entries.addAll(List.of(extra));
        return String.join(",", entries);
    }

    /** A one-indicator SKP whose row has a key replaced by raw JSON (null leaves it out). */
    static Request skp(String key, String rawJson) {
        return draft(list(row(key, rawJson)));
    }

    /** The rows of the report form: the realisation of indicators by number. */
    static String realisation(String noJson, String realisationJson) {
        return "{\"no\":" + noJson + ",\"realisation\":" + realisationJson + "}";
    }

    /** STAFF_FOUR's progress report (a plan of two indicators) with the given rows and an evidence note. */
    static Request report(String... rowsJson) {
        return onTask(() -> reportTask, "submit-form", list(rowsJson) + "," + v("evidenceNote", "\"Rekap berkas\""), REPORTER);
    }

    static Request onTask(java.util.function.Supplier<String> task, String verb, String variables, String user) {
        return doors -> doors.send("POST", "/engine-rest/task/" + task.get() + "/" + verb, "application/json",
                utf8("{\"variables\":{" + variables + "}}"), user, "application/json");
    }

    static Request draft(String variables) {
        return onTask(() -> draftTask, "submit-form", variables, STAFF);
    }

    static Request draftRaw(String body) {
        return doors -> doors.send("POST", "/engine-rest/task/" + draftTask + "/submit-form", "application/json", utf8(body), STAFF,
                "application/json");
    }

    static Stream<Case> taskFormCases() {
        String javaList = "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}";
        String jsonList = "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/json\"}";
        String notInForm = "bukan bagian dari formulir";
        String notInList = "bukan bagian dari daftar ini";
        String list = "Isian '" + SkpRows.LIST + "': ";
        return Stream.of(
                bad("SKP: supervisorNip disisipkan", draft(plan(v("supervisorNip", "\"" + STAFF + "\""))), 400, "'supervisorNip' " + notInForm),
                bad("SKP: appraisalId disisipkan", draft(plan(typed("appraisalId", "1", "Long", null))), 400, "'appraisalId' " + notInForm),
                bad("SKP: peerNips kosong disisipkan", draft(plan(typed("peerNips", "\"[]\"", "Json", null))), 400, "'peerNips' " + notInForm),
                bad("SKP: peerCount nol disisipkan", draft(plan(v("peerCount", "0"))), 400, "'peerCount' " + notInForm),
                bad("SKP: targetsApproved disisipkan", draft(plan(v("targetsApproved", "true"))), 400, "'targetsApproved' " + notInForm),
                bad("SKP: employeeNip disisipkan", draft(plan(v("employeeNip", "\"" + SUPERVISOR + "\""))), 400, "'employeeNip' " + notInForm),
                bad("SKP: cycleId disisipkan", draft(plan(v("cycleId", "1"))), 400, "'cycleId' " + notInForm),
                bad("SKP: loopCounter disisipkan", draft(plan(v("loopCounter", "0"))), 400, "'loopCounter' " + notInForm),
                bad("SKP: hanya supervisorNip", draft(v("supervisorNip", "\"" + STAFF + "\"")), 400, "'supervisorNip' " + notInForm),
                bad("SKP: kunci asing", draft(plan(v("catatanRahasia", "\"x\""))), 400, "'catatanRahasia' " + notInForm),
                bad("SKP: kunci __proto__", draft(plan(v("__proto__", "\"x\""))), 400, "'__proto__' " + notInForm),
                bad("SKP: kunci 300 karakter", draft(plan(v("k".repeat(300), "1"))), 400, notInForm),
                bad("SKP: beberapa kunci asing", draft(plan(v("supervisorNip", "\"x\""), v("appraisalId", "2"))), 400, "Isian-isian"),
                bad("SKP: isian lama rhk1 (slot)", draft(plan(v("rhk1", "\"RHK\""))), 400, "'rhk1' " + notInForm),
                bad("SKP: isian lama indicatorCount (slot)", draft(v("indicatorCount", "1")), 400, "'indicatorCount' " + notInForm),
                bad("SKP: complete dengan supervisorNip", onTask(() -> draftTask, "complete", v("supervisorNip", "\"" + STAFF + "\""), STAFF), 400,
                        "'supervisorNip' " + notInForm),
                bad("SKP: complete dengan appraisalId", onTask(() -> draftTask, "complete", plan(v("appraisalId", "3")), STAFF), 400,
                        "'appraisalId' " + notInForm),
                bad("SKP: resolve dengan supervisorNip", onTask(() -> draftTask, "resolve", v("supervisorNip", "\"" + STAFF + "\""), STAFF), 400,
                        "'supervisorNip' " + notInForm),
                bad("SKP: complete bobot 90", onTask(() -> draftTask, "complete", list(row("weight", "90")), STAFF), 400,
                        "Jumlah bobot harus 100, sekarang 90"),
                // the list itself as something else than rows
                bad("SKP: daftar objek Java terserialisasi", draft(typed(SkpRows.LIST, "\"rO0ABXNyABNqYXZh\"", "Object", javaList)), 400,
                        list + "jenis nilai 'object' tidak diterima"),
                bad("SKP: daftar objek JSON", draft(typed(SkpRows.LIST, "\"[1,2]\"", "Object", jsonList)), 400, "tidak diterima"),
                bad("SKP: daftar Bytes", draft(typed(SkpRows.LIST, "\"AAEC\"", "Bytes", null)), 400, "tidak diterima"),
                bad("SKP: daftar Date", draft(typed(SkpRows.LIST, "\"2026-01-01T00:00:00.000+0700\"", "Date", null)), 400, "tidak diterima"),
                bad("SKP: daftar File", draft(typed(SkpRows.LIST, "\"AAEC\"", "File", "{\"filename\":\"a.bin\"}")), 400, "tidak diterima"),
                bad("SKP: daftar Json berupa objek", draft(typed(SkpRows.LIST, "\"{\\\"a\\\":1}\"", "Json", null)), 400,
                        list + "harus berupa daftar baris"),
                bad("SKP: daftar Json rusak", draft(typed(SkpRows.LIST, "\"[{rusak\"", "Json", null)), 400, list + "bukan daftar baris JSON yang sah"),
                bad("SKP: daftar Json kosong", draft(typed(SkpRows.LIST, "\"\"", "Json", null)), 400, list + "harus berupa daftar baris"),
                bad("SKP: daftar berupa angka", draft(v(SkpRows.LIST, "5")), 400, list + "nilai jenis Integer tidak diterima"),
                bad("SKP: daftar berupa teks biasa", draft(v(SkpRows.LIST, "\"RHK pertama\"")), 400, list + "bukan daftar baris JSON yang sah"),
                bad("SKP: daftar Integer berisi huruf", draft(typed(SkpRows.LIST, "\"satu\"", "Integer", null)), 400, "Permintaan tidak sah"),
                bad("SKP: jenis nilai tidak dikenal", draft(typed(SkpRows.LIST, "\"[]\"", "Rahasia", null)), 400, "Permintaan tidak sah"),
                bad("SKP: JSON rusak", draftRaw("{\"variables\":{"), 400, "Isi permintaan tidak dapat dibaca"),
                bad("SKP: variables berupa daftar", draftRaw("{\"variables\":[1,2]}"), 400, "Isi permintaan tidak dapat dibaca"),
                // how many rows
                // a form sent without its list keeps the prefill, as any prefilled field: here the one empty row
                bad("SKP: tanpa daftar", draft(""), 400, "SKP belum dapat dikirim: Daftar indikator wajib diisi."),
                bad("SKP: daftar null", draft(v(SkpRows.LIST, "null")), 400, "Daftar indikator wajib diisi"),
                bad("SKP: 0 baris", draft(list()), 400, "SKP harus berisi 1–30 indikator, sekarang 0."),
                bad("SKP: 31 baris", draft(list(rows(31, row("weight", "3")))), 400, "SKP harus berisi 1–30 indikator, sekarang 31."),
                bad("SKP: 101 baris", draft(list(rows(101, row()))), 400, list + "terlalu banyak baris (paling banyak 100)"),
                bad("SKP: baris berupa teks", draft(list("\"RHK\"")), 400, list + "baris 1: harus berupa objek"),
                bad("SKP: baris berupa larik", draft(list(row(), "[1,2]")), 400, list + "baris 2: harus berupa objek"),
                // the keys of a row
                bad("SKP: baris dengan kunci asing", draft(list(row("bobotRahasia", "5"))), 400, list + "baris 1: isian 'bobotRahasia' " + notInList),
                bad("SKP: baris dengan kunci laporan (no)", draft(list(row("no", "1"))), 400, "isian 'no' " + notInList),
                bad("SKP: baris dengan supervisorNip", draft(list(row(), row("supervisorNip", "\"" + SUPERVISOR + "\""))), 400,
                        list + "baris 2: isian 'supervisorNip' " + notInList),
                bad("SKP: baris dengan kunci ganda", draft(list("{\"rhk\":\"A\",\"rhk\":\"B\"}")), 400, list + "bukan daftar baris JSON yang sah"),
                bad("SKP: baris tanpa satuan", skp("unit", null), 400, "Indikator 1: Satuan wajib diisi."),
                bad("SKP: baris tanpa RHK", skp("rhk", null), 400, "Indikator 1: Rencana hasil kerja (RHK) wajib diisi."),
                bad("SKP: baris tanpa arah", skp("direction", null), 400, "Indikator 1: Arah wajib dipilih."),
                bad("SKP: baris kosong", draft(list("{}")), 400, "Indikator 1: Rencana hasil kerja (RHK) wajib diisi."),
                bad("SKP: RHK berupa objek", skp("rhk", "{\"a\":1}"), 400, list + "baris 1: isian 'rhk' harus berupa teks"),
                bad("SKP: target berupa larik", skp("target", "[100]"), 400, list + "baris 1: isian 'target' harus berupa angka"),
                // the values of a row
                bad("SKP: target 0", skp("target", "0"), 400, "Indikator 1: Target harus lebih dari 0."),
                bad("SKP: target negatif", skp("target", "-1"), 400, "Indikator 1: Target harus lebih dari 0"),
                bad("SKP: target 1e308", skp("target", "1e308"), 400, "Indikator 1: Target tidak boleh lebih dari 9999999999"),
                bad("SKP: target 1e10", skp("target", "10000000000"), 400, "Target tidak boleh lebih dari 9999999999"),
                bad("SKP: target angka 1e999999999", skp("target", "1e999999999"), 400, list + "baris-barisnya tidak dapat dibaca"),
                bad("SKP: target teks 1e999999999", skp("target", "\"1e999999999\""), 400, "Target tidak boleh lebih dari"),
                bad("SKP: target NaN (bukan JSON)", skp("target", "NaN"), 400, list + "bukan daftar baris JSON yang sah"),
                bad("SKP: target teks NaN", skp("target", "\"NaN\""), 400, "Indikator 1: Target harus berupa angka"),
                bad("SKP: target teks Infinity", skp("target", "\"Infinity\""), 400, "Target harus berupa angka"),
                bad("SKP: target teks -Infinity", skp("target", "\"-Infinity\""), 400, "Target harus berupa angka"),
                bad("SKP: target 0,00001", skp("target", "0.00001"), 400, "Indikator 1: Target paling banyak 4 angka di belakang koma"),
                bad("SKP: target teks 1e-999999999", skp("target", "\"1e-999999999\""), 400, "paling banyak 4 angka di belakang koma"),
                bad("SKP: target 1e-30", skp("target", "1e-30"), 400, "paling banyak 4 angka di belakang koma"),
                bad("SKP: target huruf", skp("target", "\"seratus\""), 400, "Target harus berupa angka"),
                bad("SKP: target 50 digit", skp("target", "\"" + "9".repeat(50) + "\""), 400, "Target harus berupa angka"),
                bad("SKP: target kosong", skp("target", "null"), 400, "Indikator 1: Target wajib diisi"),
                bad("SKP: target tidak ada", skp("target", null), 400, "Indikator 1: Target wajib diisi"),
                bad("SKP: bobot 90", skp("weight", "90"), 400, "Jumlah bobot harus 100, sekarang 90"),
                bad("SKP: bobot 0", skp("weight", "0"), 400, "Indikator 1: Bobot harus lebih dari 0"),
                bad("SKP: bobot negatif", skp("weight", "-100"), 400, "Bobot harus lebih dari 0"),
                bad("SKP: bobot 100,001", skp("weight", "100.001"), 400, "Bobot tidak boleh lebih dari 100"),
                bad("SKP: bobot 99,999", skp("weight", "99.999"), 400, "Bobot paling banyak 2 angka di belakang koma"),
                bad("SKP: bobot 1e308", skp("weight", "1e308"), 400, "Bobot tidak boleh lebih dari 100"),
                bad("SKP: arah tidak dikenal", skp("direction", "\"NAIK\""), 400, "Indikator 1: Arah wajib dipilih (nilai 'NAIK' tidak dikenal)"),
                bad("SKP: arah kosong", skp("direction", "\"\""), 400, "Arah wajib dipilih"),
                bad("SKP: aspek tidak dikenal", skp("aspect", "\"MUTU\""), 400, "Indikator 1: Aspek wajib dipilih (nilai 'MUTU' tidak dikenal)"),
                bad("SKP: RHK kosong", skp("rhk", "\"\""), 400, "Rencana hasil kerja (RHK) wajib diisi"),
                bad("SKP: RHK hanya spasi", skp("rhk", "\"   \""), 400, "Rencana hasil kerja (RHK) wajib diisi"),
                bad("SKP: RHK hanya zero-width", skp("rhk", ZWSP_JSON), 400, "Rencana hasil kerja (RHK) wajib diisi"),
                bad("SKP: RHK 301 karakter", skp("rhk", "\"" + "R".repeat(301) + "\""), 400, "terlalu panjang (paling banyak 300 karakter)"),
                bad("SKP: RHK dengan NUL", skp("rhk", "\"RHK\\u0000X\""), 400, "karakter kendali"),
                bad("SKP: RHK dengan ESC", skp("rhk", "\"RHK\\u001B[31m\""), 400, "karakter kendali"),
                bad("SKP: RHK 20.001 karakter", skp("rhk", "\"" + "R".repeat(20_001) + "\""), 400, "terlalu panjang"),
                bad("SKP: nama indikator kosong", skp("name", "\"\""), 400, "Indikator 1: Nama indikator wajib diisi"),
                bad("SKP: nama indikator dengan bel", skp("name", "\"Dokumen\\u0007\""), 400, "karakter kendali"),
                bad("SKP: satuan 61 karakter", skp("unit", "\"" + "s".repeat(61) + "\""), 400, "Satuan terlalu panjang (paling banyak 60 karakter)"),
                bad("SKP: perspektif 101 karakter", skp("perspective", "\"" + "p".repeat(101) + "\""), 400,
                        "Perspektif terlalu panjang (paling banyak 100 karakter)"),
                bad("SKP: RHK atasan 301 karakter", skp("rhkParent", "\"" + "a".repeat(301) + "\""), 400, "RHK atasan terlalu panjang"),
                bad("SKP: satu RHK dua RHK atasan", draft(list(row("weight", "50").replace("\"-\"", "\"Induk A\""),
                        row("weight", "50").replace("\"-\"", "\"Induk B\""))), 400, "Indikator 2: RHK 'Terlayaninya pemohon dokumen' sudah dikaitkan"),
                bad("SKP: indikator kedua tidak lengkap", draft(list(row("weight", "50"), "{\"weight\":50}")), 400,
                        "Indikator 2: Rencana hasil kerja (RHK) wajib diisi"),
                bad("SKP: masalah di beberapa baris", draft(list(row("target", "0"), row("weight", "0"), row("unit", "\"\""))), 400,
                        "Indikator 1: Target harus lebih dari 0. Indikator 2: Bobot harus lebih dari 0. Indikator 3: Satuan wajib diisi."),
                // who may submit
                bad("SKP: oleh pegawai lain", onTask(() -> draftTask, "submit-form", plan(), ProcessTestSupport.STAFF_TWO), 403,
                        "dipegang orang lain"),
                bad("SKP: oleh atasan", onTask(() -> draftTask, "submit-form", plan(), SUPERVISOR), 403, "dipegang orang lain"),
                bad("SKP: tanpa login", doors -> doors.send("POST", "/engine-rest/task/" + draftTask + "/submit-form", "application/json",
                        utf8("{\"variables\":{}}"), null, "application/json"), 401, "Silakan masuk"),
                bad("tugas: tidak dikenal (submit-form)", onTask(() -> "00000000-0000-0000-0000-000000000000", "submit-form", "", STAFF), 404,
                        "Tugas tidak ditemukan"),
                bad("tugas: tidak dikenal (complete)", onTask(() -> "tidak-ada", "complete", "", STAFF), 404, "Tugas tidak ditemukan"),
                bad("tugas: tidak dikenal (claim)", doors -> doors.send("POST", "/engine-rest/task/tidak-ada/claim", "application/json",
                        utf8("{\"userId\":\"" + STAFF + "\"}"), STAFF, "application/json"), 404, "Tugas tidak ditemukan"),
                bad("tugas: sudah selesai (submit-form)", onTask(() -> finishedTask, "submit-form", plan(), STAFF), 409, "sudah selesai"),
                bad("tugas: sudah selesai (complete)", onTask(() -> finishedTask, "complete", "", STAFF), 409, "sudah selesai"));
    }

    /** The progress report of a plan of two indicators: one row per indicator, matched by its number. */
    static Stream<Case> reportFormCases() {
        String one = realisation("1", "30");
        String two = realisation("2", "6");
        String list = "Isian '" + SkpRows.LIST + "': ";
        return Stream.of(
                bad("laporan: baris ganda", report(one, realisation("1", "31")), 400,
                        "Baris 2: indikator 1 (Jumlah berkas diproses) sudah dilaporkan pada baris sebelumnya."),
                bad("laporan: indikator yang tidak ada", report(one, two, realisation("3", "5")), 400,
                        "Baris 3: indikator 3 tidak ada dalam SKP ini (SKP berisi indikator 1–2)."),
                bad("laporan: indikator 0", report(realisation("0", "5"), one, two), 400, "Baris 1: Nomor indikator tidak boleh kurang dari 1."),
                bad("laporan: indikator kedua tidak ada barisnya", report(one), 400,
                        "Realisasi indikator 2 (Rata-rata waktu penyelesaian) wajib diisi: daftar tidak memuat baris untuk indikator ini."),
                bad("laporan: 0 baris", report(), 400, "Realisasi indikator 1 (Jumlah berkas diproses) wajib diisi"),
                bad("laporan: 31 baris", report(rows(31, one)), 400, "Daftar realisasi paling banyak 30 baris, sekarang 31"),
                // without its list the report keeps the prefill: no realisation entered yet
                bad("laporan: tanpa daftar", onTask(() -> reportTask, "submit-form", v("evidenceNote", "\"Rekap\""), REPORTER), 400,
                        "Laporan kemajuan belum dapat dikirim: Daftar realisasi wajib diisi."),
                bad("laporan: baris tanpa nomor", report("{\"realisation\":30}", two), 400, "Baris 1: Nomor indikator wajib diisi."),
                bad("laporan: nomor huruf", report(realisation("\"satu\"", "30"), two), 400, "Baris 1: Nomor indikator harus berupa angka"),
                bad("laporan: nomor 1,5", report(realisation("1.5", "30"), two), 400, "Baris 1: Nomor indikator harus bilangan bulat"),
                bad("laporan: realisasi negatif", report(realisation("1", "-1"), two), 400,
                        "Realisasi indikator 1 (Jumlah berkas diproses) tidak boleh kurang dari 0."),
                bad("laporan: realisasi 0,00001", report(one, realisation("2", "0.00001")), 400,
                        "Realisasi indikator 2 (Rata-rata waktu penyelesaian) paling banyak 4 angka di belakang koma."),
                bad("laporan: realisasi 1e308", report(realisation("1", "1e308"), two), 400, "tidak boleh lebih dari 9999999999"),
                bad("laporan: realisasi teks NaN", report(realisation("1", "\"NaN\""), two), 400, "Realisasi indikator 1 (Jumlah berkas diproses) harus berupa angka"),
                bad("laporan: realisasi kosong", report(realisation("1", "null"), two), 400, "Realisasi indikator 1 (Jumlah berkas diproses) wajib diisi."),
                bad("laporan: baris dengan nama indikator", report("{\"no\":1,\"name\":\"Indikator lain\",\"realisation\":30}", two), 400,
                        list + "baris 1: isian 'name' bukan bagian dari daftar ini"),
                bad("laporan: baris dengan target", report(one, "{\"no\":2,\"target\":1,\"realisation\":6}"), 400,
                        list + "baris 2: isian 'target' bukan bagian dari daftar ini"),
                bad("laporan: tanpa bukti dukung", onTask(() -> reportTask, "submit-form", list(one, two), REPORTER), 400,
                        "Bukti dukung wajib diisi"),
                bad("laporan: tautan bukan http", onTask(() -> reportTask, "submit-form", list(one, two) + "," + v("evidenceLink",
                        "\"javascript:alert(1)\""), REPORTER), 400, "Tautan bukti dukung harus diawali http:// atau https://"),
                bad("laporan: oleh pegawai lain", onTask(() -> reportTask, "submit-form", list(one, two) + "," + v("evidenceNote", "\"Rekap\""),
                        STAFF), 403, "dipegang orang lain"),
                bad("laporan: oleh atasan", onTask(() -> reportTask, "submit-form", list(one, two) + "," + v("evidenceNote", "\"Rekap\""),
                        SUPERVISOR), 403, "dipegang orang lain"));
    }

    static Stream<Case> approvalFormCases() {
        return Stream.of(
                bad("persetujuan: keputusan tidak dikenal", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"MUNGKIN\""), SUPERVISOR),
                        400, "Keputusan wajib dipilih (nilai 'MUNGKIN' tidak dikenal)"),
                bad("persetujuan: keputusan kosong", onTask(() -> approveTask, "submit-form", "", SUPERVISOR), 400, "Keputusan wajib dipilih"),
                bad("persetujuan: dikembalikan tanpa catatan", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"RETURN\""), SUPERVISOR),
                        400, "Catatan pengembalian wajib diisi"),
                bad("persetujuan: catatan hanya zero-width", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"RETURN\"") + ","
                        + v("returnComment", ZWSP_JSON), SUPERVISOR), 400, "Catatan pengembalian wajib diisi"),
                bad("persetujuan: catatan 2.001 karakter", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"RETURN\"") + ","
                        + v("returnComment", "\"" + "c".repeat(2001) + "\""), SUPERVISOR), 400, "terlalu panjang (paling banyak 2000 karakter)"),
                bad("persetujuan: catatan dengan NUL", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"RETURN\"") + ","
                        + v("returnComment", "\"ulang\\u0000\""), SUPERVISOR), 400, "karakter kendali"),
                bad("persetujuan: targetsApproved disisipkan", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"APPROVE\"") + ","
                        + v("targetsApproved", "true"), SUPERVISOR), 400, "'targetsApproved' bukan bagian dari formulir"),
                bad("persetujuan: SKP sendiri oleh pegawai", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"APPROVE\""), STAFF),
                        403, "dipegang orang lain"),
                bad("persetujuan: complete oleh pegawai", onTask(() -> approveTask, "complete", "", STAFF), 403, "dipegang orang lain"),
                bad("persetujuan: oleh admin BKPSDM", onTask(() -> approveTask, "submit-form", v("targetsDecision", "\"APPROVE\""), HR), 403,
                        "dipegang orang lain"),
                bad("persetujuan: klaim untuk diri oleh pegawai", doors -> doors.send("POST", "/engine-rest/task/" + approveTask + "/claim",
                        "application/json", utf8("{\"userId\":\"" + STAFF + "\"}"), STAFF, "application/json"), 403, "tidak berwenang"),
                bad("persetujuan: dialihkan oleh atasan kepada pegawai", doors -> doors.send("POST", "/engine-rest/task/" + approveTask + "/claim",
                        "application/json", utf8("{\"userId\":\"" + STAFF + "\"}"), SUPERVISOR, "application/json"), 403,
                        "hanya dapat diambil untuk diri sendiri"));
    }

    static Request start(String variables, String user) {
        return doors -> doors.send("POST", "/engine-rest/process-definition/" + cycleDefinition + "/submit-form", "application/json",
                utf8("{\"variables\":{" + variables + "}}"), user, "application/json");
    }

    /** A valid cycle start form with fields replaced by raw JSON values (null removes a field), plus extra entries. */
    static String cycleForm(Map<String, String> changes, String... extra) {
        return variables(Map.of("cycleName", "\"Siklus korpus\"", "year", String.valueOf(cycleYear), "unitCode", "\"SEK-A1\"",
                "periodLength", "\"QUARTERLY\"", "reminderDelay", "\"P7D\"", "escalationDelay", "\"P14D\""), changes, extra);
    }

    static Request cycle(String field, String rawJson) {
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put(field, rawJson);
        // another unit, so that only the field under test can be wrong
        changes.putIfAbsent("unitCode", "\"SEK-A2\"");
        return start(cycleForm(changes), HR);
    }

    static Stream<Case> startFormCases() {
        return Stream.of(
                bad("siklus: unit tidak dikenal", cycle("unitCode", "\"TIDAK-ADA\""), 400, "unit 'TIDAK-ADA' tidak dikenal"),
                bad("siklus: unit kosong", cycle("unitCode", "\"\""), 400, "Kode unit organisasi wajib diisi"),
                bad("siklus: tahun 1999", cycle("year", "1999"), 400, "Tahun harus bilangan bulat antara 2000 dan 2100"),
                bad("siklus: tahun 2101", cycle("year", "2101"), 400, "Tahun harus bilangan bulat antara 2000 dan 2100"),
                bad("siklus: tahun huruf", cycle("year", "\"dua ribu\""), 400, "Tahun harus bilangan bulat"),
                bad("siklus: tahun pecahan", cycle("year", "2030.5"), 400, "Tahun harus bilangan bulat"),
                bad("siklus: periode mingguan", cycle("periodLength", "\"WEEKLY\""), 400, "Panjang periode harus MONTHLY"),
                bad("siklus: pengingat PT0.001S", cycle("reminderDelay", "\"PT0.001S\""), 400, "antara 1 menit (PT1M) dan 365 hari"),
                bad("siklus: pengingat bukan durasi", cycle("reminderDelay", "\"seminggu\""), 400, "bukan durasi ISO-8601 yang sah"),
                bad("siklus: pengingat nol", cycle("reminderDelay", "\"P0D\""), 400, "harus lebih dari nol"),
                bad("siklus: pengingat negatif", cycle("reminderDelay", "\"-P1D\""), 400, "harus lebih dari nol"),
                bad("siklus: pengingat tidak lebih pendek", cycle("reminderDelay", "\"P30D\""), 400, "harus lebih pendek daripada batas waktu eskalasi"),
                bad("siklus: eskalasi 400 hari", cycle("escalationDelay", "\"P400D\""), 400, "antara 1 menit (PT1M) dan 365 hari"),
                bad("siklus: nama kosong", cycle("cycleName", "\"\""), 400, "Nama siklus wajib diisi"),
                bad("siklus: nama hanya zero-width", cycle("cycleName", ZWSP_JSON), 400, "Nama siklus wajib diisi"),
                bad("siklus: nama 121 karakter", cycle("cycleName", "\"" + "S".repeat(121) + "\""), 400, "paling banyak 120 karakter"),
                bad("siklus: nama dengan NUL", cycle("cycleName", "\"Siklus\\u0000\""), 400, "karakter kendali"),
                bad("siklus: participantCount disisipkan", start(cycleForm(Map.of("unitCode", "\"SEK-A2\""), v("participantCount", "0")), HR), 400,
                        "'participantCount' bukan bagian dari formulir"),
                bad("siklus: cycleId disisipkan", start(cycleForm(Map.of("unitCode", "\"SEK-A2\""), v("cycleId", "1")), HR), 400,
                        "'cycleId' bukan bagian dari formulir"),
                bad("siklus: nama sebagai objek Java", start(cycleForm(Map.of("unitCode", "\"SEK-A2\"", "cycleName", "\"x\""))
                        .replace(v("cycleName", "\"x\""), typed("cycleName", "\"rO0ABQ==\"", "Object",
                                "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}")),
                        HR), 400, "'cycleName'"),
                bad("siklus: unit yang sama dua kali setahun", start(cycleForm(Map.of()), HR), 409, "sudah dinilai dalam siklus"),
                bad("siklus: unit induk pada tahun yang sama", start(cycleForm(Map.of("unitCode", "\"BID-A\"")), HR), 409, "sudah dinilai dalam siklus"),
                bad("siklus: oleh pegawai biasa", start(cycleForm(Map.of("unitCode", "\"SEK-A2\"")), STAFF), 403, "tidak berwenang"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The run

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    SurveyService survey;

    private Doors doors;
    private List<String> tables;
    private final AtomicInteger ran = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger storedOnRefusal = new AtomicInteger();

    @BeforeAll
    void organisationTicketsAndSessions() throws Exception {
        formTasks(new ProcessTestSupport(engine, units, employees));
        register(OPEN_TICKET, Instant.now().minus(Duration.ofHours(1)));
        register(USED_TICKET, Instant.now().minus(Duration.ofHours(2)));
        register(EXPIRED_TICKET, Instant.now().minus(Duration.ofDays(40)));
        try {
            survey.respond(USED_TICKET, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, null);
        } catch (Rejection alreadyAnswered) {
            // a second run against the same database
        }
        tables = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'
                  and table_name not like 'act\\_%' and table_name <> 'kinerja_schema_history'
                  and table_name not like 'spring\\_session%' and table_name <> 'survey_rate_bucket'
                order by table_name""", String.class);
        // Sessions are left out: they hold no input. A refused page answers with its form again, whose CSRF token lives in
        // the session, and sessions live in the database since there may be several nodes (spring_session).
        // The survey limiter's buckets are left out too: every survey submission takes a token, a refused one as well (so
        // that nobody guesses ticket numbers), and the first one from an address writes its bucket (an address and a token
        // count, no input). Which case that is depends on the classes run before this one in the same database.
        // A refused task or start form must not touch the engine either: no variable, task, execution or grant written.
        tables = new ArrayList<>(tables);
        tables.addAll(List.of("act_ru_variable", "act_hi_varinst", "act_ru_task", "act_ru_execution", "act_ru_identitylink",
                "act_ru_authorization"));
        assertThat(tables).as("Kinerja's domain tables").contains("org_unit", "org_employee", "service_ticket", "survey_response",
                "indicator_template", "indicator_template_item", "complaint_case", "notification");
        doors = new Doors(port);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldRefuseInIndonesianWithoutStoringAnything(Case c) {
        Map<String, Long> before = rowCounts();
        HttpResponse<String> response = c.request().send(doors);
        Map<String, Long> after = rowCounts();
        ran.incrementAndGet();
        if (response.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        }
        if (!after.equals(before)) {
            storedOnRefusal.incrementAndGet();
        }
        String body = readable(response.body());
        assertThat(response.statusCode()).as("status of '%s'; body: %s", c.name(), excerpt(body)).isEqualTo(c.status());
        assertThat(body).as("answer of '%s'", c.name()).contains(c.fragment()).doesNotContain("Whitelabel");
        assertThat(after).as("rows of every Kinerja table after '%s'", c.name()).isEqualTo(before);
    }

    @AfterAll
    void totals() {
        System.out.printf("%nKorpus masukan buruk: %d kasus, %d jawaban 5xx, %d kasus menyimpan data walau ditolak.%n%n", ran.get(),
                serverErrors.get(), storedOnRefusal.get());
        assertThat(ran.get()).as("cases run").isEqualTo(cases().count());
        assertThat(cases().count()).as("size of the corpus").isGreaterThanOrEqualTo(300);
    }

    /**
     * One cycle for SEK-A1: STAFF's SKP draft open, STAFF_TWO's approval waiting at SUPERVISOR, STAFF_THREE's draft done,
     * REPORTER's first progress report open on a plan of two indicators.
     */
    private void formTasks(ProcessTestSupport support) {
        cycleYear = ProcessTestSupport.nextYear();
        var cycle = support.startCycle("SEK-A1", cycleYear, "QUARTERLY");
        support.executeAsyncJobs();
        cycleDefinition = cycle.getProcessDefinitionId();
        draftTask = support.task(support.appraisalOf(cycle, STAFF), "Task_DraftTargets").getId();
        Map<String, Object> plan = SkpRows.oneIndicator().form();
        var two = support.appraisalOf(cycle, ProcessTestSupport.STAFF_TWO);
        support.submit(support.task(two, "Task_DraftTargets"), plan);
        approveTask = support.task(two, "Task_ApproveTargets").getId();
        var three = support.appraisalOf(cycle, ProcessTestSupport.STAFF_THREE);
        finishedTask = support.task(three, "Task_DraftTargets").getId();
        support.submit(support.task(three, "Task_DraftTargets"), plan);
        var four = support.appraisalOf(cycle, REPORTER);
        support.submit(support.task(four, "Task_DraftTargets"), SkpRows.plan()
                .indicator("Terlayaninya pemohon", "Jumlah berkas diproses", "berkas", 100, "HIGHER_IS_BETTER", 60, "KUANTITAS")
                .indicator("Terlayaninya pemohon", "Rata-rata waktu penyelesaian", "hari", 7, "LOWER_IS_BETTER", 40, "WAKTU").form());
        support.submit(support.task(four, "Task_ApproveTargets"), Map.of("targetsDecision", "APPROVE"));
        reportTask = support.task(four, "Task_ReportProgress").getId();
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    private void register(String number, Instant servedAt) {
        try {
            survey.registerTicket(new SurveyService.TicketRequest(number, "Penerbitan KTP-el", STAFF, servedAt), "korpus");
        } catch (Rejection alreadyRegistered) {
            // a second run against the same database
        }
    }

    /** Quotes, ampersands and angle brackets as written, whether the answer is JSON or HTML. */
    private static String readable(String body) {
        return body.replace("\\\"", "\"").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String excerpt(String body) {
        return body.length() <= 600 ? body : body.substring(0, 600) + "…";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Requests

    static Request request(String method, String path, String contentType, String body, String user) {
        return doors -> doors.send(method, path, contentType, body == null ? null : utf8(body), user, "application/json");
    }

    static Request json(String method, String path, String body, String user) {
        return request(method, path, "application/json", body, user);
    }

    static Request get(String path, String user) {
        return request("GET", path, null, null, user);
    }

    static Request upload(String path, String part, byte[] content, String user) {
        return doors -> doors.multipart(path, part, content, user);
    }

    static Request units(String csv) {
        return unitsBytes(utf8(csv));
    }

    static Request unitsBytes(byte[] csv) {
        return upload("/api/organization/units/import", "file", csv, HR);
    }

    static Request unitRow(String code, String name, String type, String parent) {
        return units(UNIT_HEADER + csvLine(List.of(code, name, type, parent)));
    }

    static Request employees(String csv) {
        return employeesBytes(utf8(csv));
    }

    static Request employeesBytes(byte[] csv) {
        return upload("/api/organization/employees/import", "file", csv, HR);
    }

    /** The whole roster plus one new employee with one column replaced. */
    static Request newEmployee(int column, String value) {
        List<String> row = new ArrayList<>(NEW_EMPLOYEE);
        row.set(column, value);
        return employees(ROSTER + csvLine(row));
    }

    static Request tickets(String csv) {
        return ticketsBytes(utf8(csv));
    }

    static Request ticketsBytes(byte[] csv) {
        return upload("/api/service-tickets/import", "file", csv, HR);
    }

    static Request ticketRow(int column, String value) {
        List<String> row = new ArrayList<>(NEW_TICKET);
        row.set(column, value);
        return tickets(TICKET_HEADER + csvLine(row));
    }

    static String ticketLine(List<String> values) {
        return csvLine(values);
    }

    static Request templateRaw(String body) {
        return json("POST", "/api/indicator-templates", body, HR);
    }

    static Request templateWith(String positionJson, String itemsJson) {
        return templateRaw("{\"position\":" + positionJson + ",\"items\":" + itemsJson + "}");
    }

    static Request template(String... items) {
        return templateRaw(templateBody(items));
    }

    static String templateBody(String... items) {
        return "{\"position\":" + jsonString(POSITION) + ",\"items\":[" + String.join(",", items) + "]}";
    }

    /** A valid indicator (weight 100), or one with a field replaced by raw JSON (null leaves the field out). */
    static String item(String field, String rawJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("resultTitle", "\"Layanan administrasi kependudukan tepat waktu\"");
        fields.put("name", "\"Dokumen diterbitkan\"");
        fields.put("unit", "\"dokumen\"");
        fields.put("target", "1200");
        fields.put("direction", "\"HIGHER_IS_BETTER\"");
        fields.put("weight", "100");
        fields.put("aspect", "\"KUANTITAS\"");
        fields.put("perspective", "\"Penerima layanan\"");
        if (field != null) {
            if (rawJson == null) {
                fields.remove(field);
            } else {
                fields.put(field, rawJson);
            }
        }
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    static String item() {
        return item(null, null);
    }

    static Request ticket(String body) {
        return json("POST", "/api/service-tickets", body, HR);
    }

    static Request ticketWith(String field, String rawJson) {
        Map<String, String> changed = new LinkedHashMap<>();
        changed.put(field, rawJson);
        return ticket(ticketBody(changed));
    }

    /** A valid registration, with fields replaced by raw JSON (a null value leaves the field out). */
    static String ticketBody(Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ticketNumber", "\"KORPUS-API-1\"");
        fields.put("serviceType", "\"Penerbitan KTP-el\"");
        fields.put("employeeNip", "\"" + STAFF + "\"");
        fields.put("servedAt", "\"" + Instant.now().minus(Duration.ofHours(3)) + "\"");
        changes.forEach((field, value) -> {
            if (value == null) {
                fields.remove(field);
            } else {
                fields.put(field, value);
            }
        });
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(",", "{", "}"));
    }

    static Map<String, String> answers(String ticket, String value) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("tiket", ticket);
        IntStream.rangeClosed(1, 9).forEach(i -> form.put("u" + i, value));
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.put(name, value);
        return changed;
    }

    static Map<String, String> without(Map<String, String> form, String name) {
        Map<String, String> changed = new LinkedHashMap<>(form);
        changed.remove(name);
        return changed;
    }

    /** A survey form posted in the citizen's session, with its CSRF token. */
    static Request survey(Map<String, String> form) {
        return doors -> doors.citizen().postForm("/survei", with(form, "_csrf", doors.citizenToken()));
    }

    static Request surveyWithToken(Map<String, String> form, String token) {
        return doors -> doors.citizen().postForm("/survei", with(form, "_csrf", token));
    }

    /** A survey form without a token, in the citizen's session or in none at all. */
    static Request surveyWithoutCsrf(Map<String, String> form, boolean inSession) {
        return doors -> (inSession ? doors.citizen() : new Browser(doors.port)).postForm("/survei", form);
    }

    /** A page opened in the browser of a signed-in user (null: nobody signed in). */
    static Request page(String path, String user) {
        return doors -> doors.browser(user).getPage(path);
    }

    static Request pagePost(String path, Map<String, String> form) {
        return doors -> new Browser(doors.port).postForm(path, form);
    }

    static String csvLine(List<String> values) {
        return values.stream().map(v -> v.matches("(?s).*[,\"\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v)
                .collect(Collectors.joining(",")) + "\n";
    }

    static String jsonString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    static String read(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a case may use: the port, HTTP Basic callers, the citizen's survey session, signed-in browsers. */
    static final class Doors {

        final int port;
        private final HttpClient basic = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private Browser citizen;
        private String citizenToken;
        private final Map<String, Browser> browsers = new LinkedHashMap<>();

        Doors(int port) {
            this.port = port;
        }

        HttpResponse<String> send(String method, String path, String contentType, byte[] body, String user, String accept) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            return Browser.send(basic, request.build());
        }

        HttpResponse<String> multipart(String path, String part, byte[] content, String user) {
            String boundary = "korpus-" + UUID.randomUUID();
            byte[] body = concat(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                    + "\"; filename=\"data.csv\"\r\nContent-Type: text/csv\r\n\r\n"), content, utf8("\r\n--" + boundary + "--\r\n"));
            return send("POST", path, "multipart/form-data; boundary=" + boundary, body, user, "application/json");
        }

        /** The citizen's browser, which opened the survey page of the open ticket once. */
        synchronized Browser citizen() {
            if (citizen == null) {
                citizen = new Browser(port);
                HttpResponse<String> page = citizen.getPage("/survei?tiket=" + OPEN_TICKET);
                assertThat(page.statusCode()).as("survey page of the open ticket").isEqualTo(200);
                citizenToken = Browser.csrfToken(page.body());
            }
            return citizen;
        }

        String citizenToken() {
            citizen();
            return citizenToken;
        }

        /** A browser signed in on Kinerja's login page, or a fresh one for null. */
        synchronized Browser browser(String user) {
            if (user == null) {
                return new Browser(port);
            }
            return browsers.computeIfAbsent(user, u -> {
                Browser browser = new Browser(port);
                String token = Browser.csrfToken(browser.getPage("/masuk").body());
                HttpResponse<String> login = browser.postForm("/masuk", Map.of("pengguna", u, "sandi", PASSWORD, "_csrf", token));
                assertThat(login.headers().firstValue("Location").orElse("")).as("login of %s", u).endsWith("/beranda");
                return browser;
            });
        }
    }

    /** A browser: cookies, HTML accepted, forms posted as a browser posts them. */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+(?:type=\"hidden\"\\s+)?value=\"([^\"]+)\"|"
                + "value=\"([^\"]+)\"\\s+name=\"_csrf\"|<meta name=\"_csrf\" content=\"([^\"]+)\"");
        private final String base;
        private final HttpClient client;

        Browser(int port) {
            this.base = "http://localhost:" + port;
            this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> getPage(String path) {
            return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
        }

        HttpResponse<String> postForm(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(client, HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        static String csrfToken(String html) {
            Matcher matcher = CSRF.matcher(html);
            assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    return matcher.group(group);
                }
            }
            throw new AssertionError("no CSRF token");
        }

        static HttpResponse<String> send(HttpClient client, HttpRequest request) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

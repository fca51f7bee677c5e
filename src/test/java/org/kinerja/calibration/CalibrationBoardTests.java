package org.kinerja.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.kinerja.cycle.AppraisalCycleProcess.TASK_CALIBRATE_RESULTS;
import static org.kinerja.support.ProcessTestSupport.HR_ADMIN;
import static org.kinerja.support.ProcessTestSupport.STAFF_ONE;
import static org.kinerja.support.ProcessTestSupport.SUPERVISOR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinerja.organization.EmployeeImportService;
import org.kinerja.organization.UnitImportService;
import org.kinerja.scoring.Predikat;
import org.kinerja.support.KinerjaTest;
import org.kinerja.support.ProcessTestSupport;
import org.kinerja.support.SessionCookies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The calibration board {@code /kalibrasi/{cycleId}}: who may see it and who may change a predikat, the refusals, and
 * that no endpoint changes or deletes the audit trail. One BID-A cycle (7 employees, organisation rating BAIK) is walked
 * to {@code Task_CalibrateResults} once for the whole class.
 */
@KinerjaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalibrationBoardTests {

    static final String PASSWORD = "Pegawai-Uji-2026!";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    UnitImportService units;
    @Autowired
    EmployeeImportService employees;
    @Autowired
    CalibrationQueries calibrations;
    @Autowired
    ChangePredikat changes;
    @Autowired
    CalibrationChangeRepository changeRows;
    @Autowired
    CalibrationRepository calibrationRows;

    long cycleId;
    Cookie committee;
    Cookie hr;
    Cookie staff;

    @BeforeAll
    void cycleAtCalibration() throws Exception {
        ProcessTestSupport support = new ProcessTestSupport(engine, units, employees);
        ProcessInstance cycle = support.startCycle("BID-A", ProcessTestSupport.nextYear(), "QUARTERLY");
        support.completeAppraisals(cycle, nip -> new int[] {100, 4});
        support.rateOrganisation(cycle, "BAIK", "Laporan Kinerja Instansi Pemerintah tahun berjalan.");
        assertThat(support.task(cycle, TASK_CALIBRATE_RESULTS)).isNotNull();
        cycleId = support.cycleId(cycle);
        committee = login(SUPERVISOR);
        hr = login(HR_ADMIN);
        staff = login(STAFF_ONE);
    }

    private Cookie login(String user) throws Exception {
        return SessionCookies.of(mvc.perform(formLogin("/masuk").userParameter("pengguna").passwordParam("sandi").user(user)
                        .password(PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/beranda"))
                .andReturn());
    }

    private String board() {
        return "/kalibrasi/" + cycleId;
    }

    /** A BUTUH_PERBAIKAN employee other than the committee member, for a change. */
    private CalibrationQueries.Row someone(Predikat predikat) {
        return calibrations.board(cycleId).rows().stream().filter(r -> r.finalPredikat() == predikat && !r.nip().equals(SUPERVISOR))
                .reduce((a, b) -> b).orElseThrow();
    }

    private static String change(long employeeId, String predikat, String reason) {
        return "{\"employeeId\":" + employeeId + ",\"predikat\":" + (predikat == null ? "null" : "\"" + predikat + "\"")
                + ",\"reason\":" + (reason == null ? "null" : "\"" + reason + "\"") + "}";
    }

    private MockHttpServletRequestBuilder post(String path, String json) {
        return request(HttpMethod.POST, path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    void shouldAskForALoginAndTheRole() throws Exception {
        mvc.perform(get(board())).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/masuk"));
        mvc.perform(get(board() + "/data").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/masuk"));
        mvc.perform(get(board()).cookie(staff)).andExpect(status().isForbidden());
        mvc.perform(get(board() + "/data").cookie(staff)).andExpect(status().isForbidden());
        mvc.perform(post(board() + "/perubahan", change(someone(Predikat.BUTUH_PERBAIKAN).employeeId(), "BAIK",
                "Pegawai menilai dirinya lebih baik.")).cookie(staff).with(csrf())).andExpect(status().isForbidden());
        // HTTP Basic is not a way in to the pages
        mvc.perform(get(board() + "/data").with(httpBasic(SUPERVISOR, PASSWORD))).andExpect(status().isFound());
    }

    @Test
    void shouldLetHrReadTheBoardButNotChangeIt() throws Exception {
        int before = calibrations.board(cycleId).changes().size();
        mvc.perform(get(board()).cookie(hr))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Papan kalibrasi predikat kinerja")))
                .andExpect(content().string(containsString("id=\"tabel-kalibrasi\"")))
                .andExpect(content().string(containsString("const canChange = false")))
                .andExpect(content().string(containsString("chart.umd.js")));
        mvc.perform(get(board() + "/data").cookie(hr))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cycleId").value(cycleId))
                .andExpect(jsonPath("$.status").value("CALIBRATING"))
                .andExpect(jsonPath("$.organisationRating").value("BAIK"))
                .andExpect(jsonPath("$.rows.length()").value(7));
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", "HR ingin menaikkan predikat.")).cookie(hr).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("Hanya anggota Tim Penilai")));
        assertThat(calibrations.board(cycleId).changes()).hasSize(before);
        assertThat(calibrations.board(cycleId).rows()).filteredOn(r -> r.employeeId() == row.employeeId())
                .extracting(CalibrationQueries.Row::finalPredikat).containsExactly(Predikat.BUTUH_PERBAIKAN);
    }

    @Test
    void shouldLetACommitteeMemberChangeAPredikatWithAReason() throws Exception {
        mvc.perform(get(board()).cookie(committee))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("const canChange = true")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        int before = calibrations.board(cycleId).changes().size();
        int baik = calibrations.board(cycleId).counts().get(Predikat.BAIK);
        String reason = "Capaian layanan melampaui target " + System.nanoTime();
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", reason)).cookie(committee).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.employeeId == " + row.employeeId() + ")].finalPredikat").value("BAIK"))
                .andExpect(jsonPath("$.rows[?(@.employeeId == " + row.employeeId() + ")].proposedPredikat").value("BUTUH_PERBAIKAN"))
                .andExpect(jsonPath("$.counts.BAIK").value(baik + 1))
                .andExpect(jsonPath("$.violations[0].message").value("Baik: " + (baik + 1) + " dari 7 pegawai, melebihi batas 4"))
                .andExpect(jsonPath("$.changes.length()").value(before + 1))
                .andExpect(jsonPath("$.changes[" + before + "].nip").value(row.nip()))
                .andExpect(jsonPath("$.changes[" + before + "].changedBy").value(SUPERVISOR))
                .andExpect(jsonPath("$.changes[" + before + "].from").value("BUTUH_PERBAIKAN"))
                .andExpect(jsonPath("$.changes[" + before + "].to").value("BAIK"))
                .andExpect(jsonPath("$.changes[" + before + "].reason").value(reason));
        // the same on the board's data
        mvc.perform(get(board() + "/data").cookie(committee))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.changes[" + before + "].reason").value(reason));
        // and back, so the other tests see a board within the bounds
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BUTUH_PERBAIKAN", "Dikembalikan ke usulan sistem."))
                        .cookie(committee).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.violations.length()").value(0));
        assertThat(calibrations.board(cycleId).changes()).hasSize(before + 2);
    }

    @Test
    void shouldRefuseABadChange() throws Exception {
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        int before = calibrations.board(cycleId).changes().size();
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", null)).cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Alasan perubahan wajib diisi")));
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", "  singkat ")).cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Alasan perubahan wajib diisi, 10 sampai 2000 karakter")));
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "LUAR_BIASA", "Alasan yang cukup panjang."))
                        .cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Predikat tidak dikenal: 'LUAR_BIASA'."));
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BUTUH_PERBAIKAN", "Alasan yang cukup panjang."))
                        .cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("sudah Butuh Perbaikan")));
        long own = calibrations.board(cycleId).rows().stream().filter(r -> r.nip().equals(SUPERVISOR)).findFirst().orElseThrow()
                .employeeId();
        mvc.perform(post(board() + "/perubahan", change(own, "SANGAT_BAIK", "Saya layak Sangat Baik.")).cookie(committee).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("tidak boleh mengubah predikatnya sendiri")));
        mvc.perform(post(board() + "/perubahan", change(987_654_321L, "BAIK", "Pegawai yang tidak ada.")).cookie(committee).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("tidak termasuk dalam kalibrasi siklus ini")));
        mvc.perform(post("/kalibrasi/987654321/perubahan", change(row.employeeId(), "BAIK", "Siklus yang tidak ada.")).cookie(committee)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(board() + "/perubahan", "{\"predikat\":\"BAIK\",\"reason\":\"Tanpa pegawai sama sekali.\"}")
                        .cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Pilih pegawai yang predikatnya diubah."));
        // no CSRF token, or a wrong one: refused before anything happens
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", "Tanpa token CSRF dari papan.")).cookie(committee))
                .andExpect(status().isForbidden());
        mvc.perform(post(board() + "/perubahan", change(row.employeeId(), "BAIK", "Dengan token CSRF yang salah.")).cookie(committee)
                        .with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        assertThat(calibrations.board(cycleId).changes()).hasSize(before);
        assertThat(calibrations.board(cycleId).rows()).filteredOn(r -> r.employeeId() == row.employeeId())
                .extracting(CalibrationQueries.Row::finalPredikat).containsExactly(Predikat.BUTUH_PERBAIKAN);
    }

    @Test
    void shouldPageAndFilterTheRowsInTheDatabaseWhileTheCountsCoverTheWholeGroup() throws Exception {
        CalibrationQueries.Board whole = calibrations.board(cycleId);
        assertThat(whole.total()).isEqualTo(7);
        assertThat(whole.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(whole.total());
        assertThat(whole.proposedCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(whole.total());
        assertThat(whole.moved()).isEqualTo((int) whole.rows().stream().filter(r -> r.proposedPredikat() != r.matrixPredikat()).count());

        // three pages of 3: every employee once, by rank; each page carries the counts of the whole group
        List<CalibrationQueries.Row> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            MvcResult result = mvc.perform(get(board() + "/data").param("halaman", String.valueOf(page)).param("ukuran", "3")
                            .cookie(committee))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.query.page").value(page))
                    .andExpect(jsonPath("$.query.size").value(3))
                    .andExpect(jsonPath("$.matching").value(7))
                    .andExpect(jsonPath("$.total").value(7))
                    .andExpect(jsonPath("$.rows.length()").value(page < 2 ? 3 : 1))
                    .andExpect(jsonPath("$.counts.BAIK").value(whole.counts().get(Predikat.BAIK)))
                    .andExpect(jsonPath("$.proposedCounts.BUTUH_PERBAIKAN").value(whole.proposedCounts().get(Predikat.BUTUH_PERBAIKAN)))
                    .andExpect(jsonPath("$.bounds.length()").value(whole.bounds().size()))
                    .andReturn();
            assertThat(result.getResponse().getContentAsString()).doesNotContain("\"rows\":null");
            seen.addAll(calibrations.board(cycleId, new CalibrationQueries.BoardQuery(page, 3, null, null, null)).rows());
        }
        assertThat(seen).extracting(CalibrationQueries.Row::rank).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(seen).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(whole.rows());
        mvc.perform(get(board() + "/data").param("halaman", "3").param("ukuran", "3").cookie(committee))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rows.length()").value(0)).andExpect(jsonPath("$.matching").value(7));

        // by final predikat: the matching rows, counted as the aggregate counts them
        for (Predikat predikat : Predikat.values()) {
            CalibrationQueries.Board only = calibrations.board(cycleId, new CalibrationQueries.BoardQuery(0, 50, null, predikat, null));
            assertThat(only.matching()).as(predikat.name()).isEqualTo(whole.counts().get(predikat)).isEqualTo(only.rows().size());
            assertThat(only.rows()).allSatisfy(r -> assertThat(r.finalPredikat()).isEqualTo(predikat));
            assertThat(only.total()).isEqualTo(7);
        }
        // by unit: the units offered sum up to the group, each with its rows
        List<CalibrationQueries.UnitOption> units = calibrations.units(cycleId);
        assertThat(units.stream().mapToInt(CalibrationQueries.UnitOption::employees).sum()).isEqualTo(7);
        for (CalibrationQueries.UnitOption unit : units) {
            mvc.perform(get(board() + "/data").param("unit", String.valueOf(unit.id())).cookie(hr))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.matching").value(unit.employees()))
                    .andExpect(jsonPath("$.rows.length()").value(unit.employees()))
                    .andExpect(jsonPath("$.rows[*].unitId").value(org.hamcrest.Matchers.everyItem(
                            org.hamcrest.Matchers.equalTo((int) unit.id()))));
        }
        // by part of a NIP or a name, case-insensitive; LIKE wildcards are taken literally
        CalibrationQueries.Row someone = whole.rows().get(3);
        mvc.perform(get(board() + "/data").param("cari", someone.nip().substring(6, 14)).cookie(committee))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[?(@.nip == '" + someone.nip() + "')]").exists());
        String namePart = someone.name().substring(1, Math.min(someone.name().length(), 6)).toUpperCase(java.util.Locale.ROOT);
        CalibrationQueries.Board byName = calibrations.board(cycleId, new CalibrationQueries.BoardQuery(0, 50, null, null, " " + namePart + " "));
        assertThat(byName.rows()).extracting(CalibrationQueries.Row::nip).contains(someone.nip());
        assertThat(byName.rows()).allSatisfy(r -> assertThat(r.name().toUpperCase(java.util.Locale.ROOT).contains(namePart)
                || r.nip().contains(namePart)).isTrue());
        assertThat(byName.matching()).isEqualTo(byName.rows().size());
        mvc.perform(get(board() + "/data").param("cari", "%").cookie(committee))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matching").value(0));
        mvc.perform(get(board() + "/data").param("cari", "_").cookie(committee))
                .andExpect(status().isOk()).andExpect(jsonPath("$.matching").value(0));
        // the filters together, paged
        CalibrationQueries.Board combined = calibrations.board(cycleId,
                new CalibrationQueries.BoardQuery(0, 1, someone.unitId(), someone.finalPredikat(), someone.nip()));
        assertThat(combined.matching()).isEqualTo(1);
        assertThat(combined.rows()).extracting(CalibrationQueries.Row::employeeId).containsExactly(someone.employeeId());
    }

    @Test
    void shouldRefuseBadPagingParametersInIndonesian() throws Exception {
        record Bad(String name, String value, String message) {
        }
        List<Bad> bad = List.of(
                new Bad("halaman", "-1", "Parameter 'halaman' harus bilangan bulat 0 atau lebih"),
                new Bad("halaman", "satu", "Parameter 'halaman' harus bilangan bulat 0 atau lebih"),
                new Bad("halaman", "99999999999", "Parameter 'halaman' harus bilangan bulat 0 atau lebih"),
                new Bad("ukuran", "0", "Parameter 'ukuran' harus bilangan bulat 1 sampai 200"),
                new Bad("ukuran", "201", "Parameter 'ukuran' harus bilangan bulat 1 sampai 200"),
                new Bad("ukuran", "2.5", "Parameter 'ukuran' harus bilangan bulat 1 sampai 200"),
                new Bad("unit", "BID-A", "Parameter 'unit' harus nomor unit"),
                new Bad("unit", "0", "Parameter 'unit' harus nomor unit"),
                new Bad("predikat", "LUAR_BIASA", "Parameter 'predikat' tidak dikenal: 'LUAR_BIASA'. Pilih salah satu: SANGAT_BAIK"),
                new Bad("cari", "x".repeat(101), "Parameter 'cari' paling banyak 100 karakter."));
        for (Bad b : bad) {
            mvc.perform(get(board() + "/data").param(b.name(), b.value()).cookie(committee))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(containsString(b.message())));
        }
        // a change asked with a bad page is refused before anything is stored
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        int before = calibrations.board(cycleId).changes().size();
        mvc.perform(post(board() + "/perubahan?ukuran=1000", change(row.employeeId(), "BAIK", "Alasan yang cukup panjang."))
                        .cookie(committee).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Parameter 'ukuran'")));
        assertThat(calibrations.board(cycleId).changes()).hasSize(before);
        assertThat(calibrations.board(cycleId).rows()).filteredOn(r -> r.employeeId() == row.employeeId())
                .extracting(CalibrationQueries.Row::finalPredikat).containsExactly(Predikat.BUTUH_PERBAIKAN);
    }

    @Test
    void shouldAnswerAChangeWithThePageItWasMadeOn() throws Exception {
        CalibrationQueries.Board whole = calibrations.board(cycleId);
        CalibrationQueries.Row target = whole.rows().get(5); // rank 6: on the third page of 2
        assertThat(target.nip()).isNotEqualTo(SUPERVISOR);
        Predikat before = target.finalPredikat();
        Predikat other = before == Predikat.BAIK ? Predikat.BUTUH_PERBAIKAN : Predikat.BAIK;
        mvc.perform(post(board() + "/perubahan?halaman=2&ukuran=2", change(target.employeeId(), other.name(),
                        "Perubahan dari halaman ketiga papan.")).cookie(committee).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query.page").value(2))
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[0].rank").value(5))
                .andExpect(jsonPath("$.rows[1].rank").value(6))
                .andExpect(jsonPath("$.rows[1].finalPredikat").value(other.name()))
                .andExpect(jsonPath("$.counts." + other.name()).value(whole.counts().get(other) + 1))
                .andExpect(jsonPath("$.counts." + before.name()).value(whole.counts().get(before) - 1));
        mvc.perform(post(board() + "/perubahan?halaman=2&ukuran=2", change(target.employeeId(), before.name(),
                        "Dikembalikan ke usulan sistem.")).cookie(committee).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[1].finalPredikat").value(before.name()));
    }

    @Test
    void shouldOfferNoEndpointThatChangesOrDeletesTheAuditTrail() throws Exception {
        CalibrationQueries.Row row = someone(Predikat.BUTUH_PERBAIKAN);
        changes.change(cycleId, row.employeeId(), "BAIK", "Perubahan yang harus tetap tercatat.", SUPERVISOR);
        changes.change(cycleId, row.employeeId(), "BUTUH_PERBAIKAN", "Dikembalikan, juga tetap tercatat.", SUPERVISOR);
        List<CalibrationQueries.Change> trail = calibrations.board(cycleId).changes();
        long calibrationId = calibrationRows.findByCycleId(cycleId).orElseThrow().getId();
        long stored = changeRows.countByCalibrationId(calibrationId);
        assertThat(trail).hasSizeGreaterThanOrEqualTo(2).hasSize((int) stored);
        long changeId = trail.get(trail.size() - 1).id();
        String tampered = "{\"id\":" + changeId + ",\"employeeId\":" + row.employeeId()
                + ",\"predikat\":\"SANGAT_BAIK\",\"from\":\"BAIK\",\"to\":\"SANGAT_BAIK\",\"reason\":\"diubah\",\"changedBy\":\"x\"}";

        List<String> paths = List.of(board() + "/perubahan", board() + "/perubahan/" + changeId, board() + "/data", board() + "/audit",
                board() + "/audit/" + changeId, board() + "/jejak-audit", board() + "/jejak-audit/" + changeId, board(),
                "/api/calibrations", "/api/calibrations/" + cycleId, "/api/calibrations/" + cycleId + "/changes",
                "/api/calibrations/" + cycleId + "/changes/" + changeId);
        List<String> accepted = new ArrayList<>();
        for (String path : paths) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
                // as a committee member and as HR, with a valid CSRF token, so only the missing endpoint refuses
                for (Cookie session : List.of(committee, hr)) {
                    check(accepted, request(method, path).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(tampered), method + " " + path);
                }
                check(accepted, request(method, path).cookie(committee).contentType(MediaType.APPLICATION_JSON).content(tampered),
                        method + " " + path + " without CSRF");
                check(accepted, request(method, path).with(httpBasic(SUPERVISOR, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content(tampered), method + " " + path + " with HTTP Basic");
            }
        }
        // POST only where it appends: nowhere under an existing change or an audit path
        for (String path : List.of(board() + "/perubahan/" + changeId, board() + "/audit", board() + "/data",
                "/api/calibrations/" + cycleId + "/changes")) {
            check(accepted, post(path, tampered).cookie(committee).with(csrf()), "POST " + path);
            check(accepted, post(path, tampered).with(httpBasic(SUPERVISOR, PASSWORD)), "POST " + path + " with HTTP Basic");
        }
        assertThat(accepted).as("requests that did not fail").isEmpty();

        assertThat(calibrations.board(cycleId).changes()).usingRecursiveComparison().isEqualTo(trail);
        assertThat(changeRows.countByCalibrationId(calibrationId)).isEqualTo(stored);
    }

    private void check(List<String> accepted, MockHttpServletRequestBuilder request, String what) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        if (status < 400 || !List.of(401, 403, 404, 405).contains(status)) {
            accepted.add(what + " -> " + status);
        }
    }
}

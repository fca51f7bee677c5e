package org.kinerja.calibration;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The calibration board ({@code /kalibrasi/{cycleId}}) for the committee ({@code tim-penilai}; HR may look and download
 * the decision). Session login shared with Tasklist, CSRF header on changes. The audit trail is read-only here: there
 * is no endpoint that updates or deletes it.
 *
 * <p>The rows are paged and filtered in the database: {@code /kalibrasi/{cycleId}/data} and the change take
 * {@code halaman} (page from 0, default 0), {@code ukuran} (rows per page, 1 to 200, default 50), {@code unit} (a unit
 * id), {@code predikat} (a final predikat, e.g. {@code BAIK}) and {@code cari} (part of a NIP or name, at most 100
 * characters). A bad value is refused with 400 and an Indonesian message. The counts, the bounds and the audit trail
 * always cover the whole group.
 */
@Controller
class CalibrationBoardController {

    private final CalibrationQueries queries;
    private final ChangePredikat changes;

    CalibrationBoardController(CalibrationQueries queries, ChangePredikat changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping("/kalibrasi/{cycleId}")
    String page(@PathVariable long cycleId, Model model, Authentication user) {
        CalibrationQueries.Board board = queries.overview(cycleId);
        model.addAttribute("board", board);
        model.addAttribute("cycleTitle", org.kinerja.shared.IndonesianFormat.cycleName(board.cycleName(), board.year()));
        model.addAttribute("units", queries.units(cycleId).stream().map(u -> List.of(u.id(), u.name(), u.employees())).toList());
        model.addAttribute("pageSize", CalibrationQueries.BoardQuery.DEFAULT_SIZE);
        model.addAttribute("predikats", Arrays.stream(Predikat.values()).map(p -> List.of(p.name(), p.label())).toList());
        model.addAttribute("canChange", isCommittee(user));
        return "kalibrasi";
    }

    @GetMapping(path = "/kalibrasi/{cycleId}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CalibrationQueries.Board data(@PathVariable long cycleId, @RequestParam(name = "halaman", required = false) String page,
            @RequestParam(name = "ukuran", required = false) String size, @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "predikat", required = false) String predikat,
            @RequestParam(name = "cari", required = false) String search) {
        return queries.board(cycleId, query(page, size, unit, predikat, search));
    }

    /** The page and filter of the board from the request's parameters; 400 with an Indonesian message when one is bad. */
    static CalibrationQueries.BoardQuery query(String page, String size, String unit, String predikat, String search) {
        int pageNumber = number(page, "halaman", 0, 0, Integer.MAX_VALUE / CalibrationQueries.BoardQuery.MAX_SIZE,
                "Parameter 'halaman' harus bilangan bulat 0 atau lebih (halaman pertama 0).");
        int pageSize = number(size, "ukuran", CalibrationQueries.BoardQuery.DEFAULT_SIZE, 1, CalibrationQueries.BoardQuery.MAX_SIZE,
                "Parameter 'ukuran' harus bilangan bulat 1 sampai " + CalibrationQueries.BoardQuery.MAX_SIZE + " (baris per halaman).");
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            unitId = (long) number(unit, "unit", 0, 1, Integer.MAX_VALUE, "Parameter 'unit' harus nomor unit (bilangan bulat positif).");
        }
        Predikat chosen = null;
        if (predikat != null && !predikat.isBlank()) {
            try {
                chosen = Predikat.valueOf(predikat.trim());
            } catch (IllegalArgumentException e) {
                throw Rejection.invalid("Parameter 'predikat' tidak dikenal: '" + abbreviated(predikat) + "'. Pilih salah satu: "
                        + Arrays.stream(Predikat.values()).map(Predikat::name).collect(Collectors.joining(", ")) + ".");
            }
        }
        if (search != null && search.trim().length() > CalibrationQueries.BoardQuery.MAX_SEARCH) {
            throw Rejection.invalid("Parameter 'cari' paling banyak " + CalibrationQueries.BoardQuery.MAX_SEARCH + " karakter.");
        }
        return new CalibrationQueries.BoardQuery(pageNumber, pageSize, unitId, chosen, search);
    }

    private static int number(String value, String name, int absent, int min, int max, String message) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Rejection.invalid(message);
    }

    private static String abbreviated(String value) {
        String trimmed = value.trim();
        return trimmed.length() <= 30 ? trimmed : trimmed.substring(0, 30) + "…";
    }

    record ChangeRequest(Long employeeId, String predikat, String reason) {
    }

    @PostMapping(path = "/kalibrasi/{cycleId}/perubahan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CalibrationQueries.Board change(@PathVariable long cycleId, @RequestBody ChangeRequest request, Authentication user,
            Principal principal, @RequestParam(name = "halaman", required = false) String page,
            @RequestParam(name = "ukuran", required = false) String size, @RequestParam(name = "unit", required = false) String unit,
            @RequestParam(name = "predikat", required = false) String predikat,
            @RequestParam(name = "cari", required = false) String search) {
        if (!isCommittee(user)) {
            throw Rejection.forbidden("Hanya anggota Tim Penilai Kinerja yang dapat mengubah predikat.");
        }
        if (request == null || request.employeeId() == null) {
            throw Rejection.invalid("Pilih pegawai yang predikatnya diubah.");
        }
        CalibrationQueries.BoardQuery query = query(page, size, unit, predikat, search);
        return changes.change(cycleId, request.employeeId(), request.predikat(), request.reason(), principal.getName(), query);
    }

    /** The decision document, rendered while it is sent: the rows stream from the database into the response. */
    @GetMapping("/kalibrasi/{cycleId}/penetapan.pdf")
    void decision(@PathVariable long cycleId, HttpServletResponse response) throws IOException {
        String fileName = queries.decisionFileName(cycleId)
                .orElseThrow(() -> Rejection.notFound("Dokumen penetapan belum ada: hasil belum ditetapkan."));
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString());
        queries.writeDecision(cycleId, response.getOutputStream());
    }

    /** The addendum "Perubahan setelah keberatan": the predikat appeals changed after the decision (404 when none). */
    @GetMapping("/kalibrasi/{cycleId}/perubahan-keberatan.pdf")
    void appealAddendum(@PathVariable long cycleId, HttpServletResponse response) throws IOException {
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        queries.writeAppealAddendum(cycleId, pdf); // refused (404) before anything is sent
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("perubahan-setelah-keberatan-siklus-" + cycleId + ".pdf").build().toString());
        pdf.writeTo(response.getOutputStream());
    }

    private static boolean isCommittee(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> KinerjaGroups.TIM_PENILAI.equals(a.getAuthority()));
    }
}

package org.kinerja.calibration;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The calibration board ({@code /kalibrasi/{cycleId}}) for the committee ({@code tim-penilai}; HR may look and download
 * the decision). Session login shared with Tasklist, CSRF header on changes. The audit trail is read-only here: there
 * is no endpoint that updates or deletes it.
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
        CalibrationQueries.Board board = queries.board(cycleId);
        model.addAttribute("board", board);
        model.addAttribute("predikats", Arrays.stream(Predikat.values()).map(p -> List.of(p.name(), p.label())).toList());
        model.addAttribute("canChange", isCommittee(user));
        return "kalibrasi";
    }

    @GetMapping(path = "/kalibrasi/{cycleId}/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CalibrationQueries.Board data(@PathVariable long cycleId) {
        return queries.board(cycleId);
    }

    record ChangeRequest(Long employeeId, String predikat, String reason) {
    }

    @PostMapping(path = "/kalibrasi/{cycleId}/perubahan", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CalibrationQueries.Board change(@PathVariable long cycleId, @RequestBody ChangeRequest request, Authentication user,
            Principal principal) {
        if (!isCommittee(user)) {
            throw Rejection.forbidden("Hanya anggota Tim Penilai Kinerja yang dapat mengubah predikat.");
        }
        if (request == null || request.employeeId() == null) {
            throw Rejection.invalid("Pilih pegawai yang predikatnya diubah.");
        }
        return changes.change(cycleId, request.employeeId(), request.predikat(), request.reason(), principal.getName());
    }

    @GetMapping("/kalibrasi/{cycleId}/penetapan.pdf")
    ResponseEntity<byte[]> decision(@PathVariable long cycleId) {
        CalibrationQueries.Document document = queries.decision(cycleId)
                .orElseThrow(() -> Rejection.notFound("Dokumen penetapan belum ada: hasil belum ditetapkan."));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(document.fileName()).build().toString())
                .body(document.content());
    }

    private static boolean isCommittee(Authentication user) {
        return user != null && user.getAuthorities().stream().anyMatch(a -> KinerjaGroups.TIM_PENILAI.equals(a.getAuthority()));
    }
}

package org.kinerja.outcome;

import java.util.Optional;
import java.util.function.Supplier;
import org.kinerja.organization.KinerjaGroups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The employee's certificate and own result as PDF: {@code /api/outcomes/{cycleId}/pegawai/{nip}/piagam.pdf} and
 * {@code …/hasil.pdf}. Only the employee themself and the HR admins; anyone else gets 403, whether the document exists
 * or not.
 */
@RestController
class OutcomeDocumentController {

    private final OutcomeDocuments documents;

    OutcomeDocumentController(OutcomeDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/api/outcomes/{cycleId}/pegawai/{nip}/piagam.pdf")
    ResponseEntity<?> certificate(@PathVariable long cycleId, @PathVariable String nip, Authentication user) {
        return serve(user, nip, () -> documents.certificate(cycleId, nip), "Piagam penghargaan tidak ada untuk pegawai ini pada siklus ini.");
    }

    @GetMapping("/api/outcomes/{cycleId}/pegawai/{nip}/hasil.pdf")
    ResponseEntity<?> result(@PathVariable long cycleId, @PathVariable String nip, Authentication user) {
        return serve(user, nip, () -> documents.result(cycleId, nip), "Hasil penilaian belum ditetapkan untuk pegawai ini pada siklus ini.");
    }

    private static ResponseEntity<?> serve(Authentication user, String nip, Supplier<Optional<OutcomeDocuments.Document>> find,
            String missing) {
        boolean hr = user.getAuthorities().stream().anyMatch(a -> KinerjaGroups.ADMIN_BKPSDM.equals(a.getAuthority()));
        if (!hr && !user.getName().equals(nip)) {
            return problem(HttpStatus.FORBIDDEN, "Dokumen ini hanya dapat diunduh oleh pegawai yang bersangkutan dan Admin BKPSDM.");
        }
        return find.get().<ResponseEntity<?>>map(d -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header("Content-Disposition", ContentDisposition.attachment().filename(d.fileName()).build().toString())
                        .body(d.content()))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, missing));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle("Dokumen tidak tersedia");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

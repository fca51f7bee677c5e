package org.kinerja.outcome;

import java.util.Optional;
import org.kinerja.shared.Rejection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The signed-in employee's own result and certificate as PDF, from their page "Kinerja saya", in the page login
 * (session) that the page uses: {@code /kinerja-saya/dokumen/{cycleId}/hasil.pdf} and {@code …/piagam.pdf}. Whose
 * document it is comes from the signed-in user alone; the path names only the cycle. ({@code OutcomeDocumentController}
 * serves the same documents on the API with HTTP Basic, for the employee and HR.) A document that does not exist is
 * answered with the error page (404) in Bahasa Indonesia.
 */
@Controller
class OwnDocumentController {

    private final OutcomeDocuments documents;

    OwnDocumentController(OutcomeDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/kinerja-saya/dokumen/{cycleId}/hasil.pdf")
    ResponseEntity<byte[]> result(@PathVariable long cycleId, Authentication user) {
        return pdf(documents.result(cycleId, user.getName()), "Hasil penilaian Anda untuk siklus ini belum ditetapkan.");
    }

    @GetMapping("/kinerja-saya/dokumen/{cycleId}/piagam.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long cycleId, Authentication user) {
        return pdf(documents.certificate(cycleId, user.getName()), "Anda tidak menerima piagam penghargaan pada siklus ini.");
    }

    private static ResponseEntity<byte[]> pdf(Optional<OutcomeDocuments.Document> document, String missing) {
        OutcomeDocuments.Document found = document.orElseThrow(() -> Rejection.notFound(missing));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment().filename(found.fileName()).build().toString())
                .body(found.content());
    }
}

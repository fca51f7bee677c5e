package org.kinerja.organization;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers refused imports with a problem document that lists every bad row, in Bahasa Indonesia. */
@RestControllerAdvice(assignableTypes = OrganizationController.class)
class OrganizationExceptionHandler {

    @ExceptionHandler(ImportRejectedException.class)
    ProblemDetail rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Berkas ditolak");
        problem.setProperty("errors", e.getProblems());
        return problem;
    }

    @ExceptionHandler(ImportInProgressException.class)
    ProblemDetail inProgress(ImportInProgressException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Impor sedang berjalan");
        return problem;
    }
}

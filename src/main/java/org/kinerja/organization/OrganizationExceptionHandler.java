package org.kinerja.organization;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a refused import (of units, employees or, in the feedback module, service tickets) with a problem document
 * in Bahasa Indonesia: {@code errors} lists at most 100 problems with line, column and reason, {@code errorCount}
 * counts them all. Other refusals are answered by {@code org.kinerja.web}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganizationExceptionHandler {

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ImportRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Berkas ditolak");
        problem.setProperty("errors", e.getProblems());
        problem.setProperty("errorCount", e.problemCount());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

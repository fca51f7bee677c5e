package org.kinerja.web;

import org.kinerja.shared.Rejection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Clear Bahasa Indonesia answers to requests that are malformed before any Kinerja code sees them, and to Kinerja's own
 * refusals ({@link Rejection}): the status of its kind, its message, and the problems it lists.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(Rejection.class)
    ProblemDetail rejected(Rejection e) {
        ProblemDetail problem = problem(HttpStatus.valueOf(e.kind().status()), "Permintaan ditolak", e.getMessage());
        if (e.problemCount() > 0) {
            problem.setProperty("errors", e.problems());
            problem.setProperty("errorCount", e.problemCount());
        }
        return problem;
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak lengkap",
                "Bagian '" + e.getRequestPartName() + "' tidak ada. Unggah berkas sebagai multipart/form-data dengan nama bagian '"
                        + e.getRequestPartName() + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak lengkap", "Parameter '" + e.getParameterName() + "' wajib diisi.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Nilai tidak sah", "Nilai '" + e.getValue() + "' tidak sah untuk parameter '" + e.getName() + "'.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Berkas terlalu besar", "Berkas melebihi batas ukuran unggahan ("
                + (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB" : "lihat konfigurasi") + ").");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "Unggahan tidak sah", "Unggahan harus berupa multipart/form-data yang utuh.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis isi tidak didukung",
                "Jenis isi '" + e.getContentType() + "' tidak didukung di sini. Yang didukung: " + e.getSupportedMediaTypes() + ".");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return problem(HttpStatus.METHOD_NOT_ALLOWED, "Metode tidak diizinkan", "Metode " + e.getMethod() + " tidak berlaku untuk alamat ini.");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}

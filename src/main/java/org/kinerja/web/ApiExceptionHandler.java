package org.kinerja.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every refusal and failure of a Kinerja controller, answered in Bahasa Indonesia (see {@link ErrorAnswers} for the
 * form): a {@link Rejection} with the status of its kind, and its problems as {@code errors} with {@code errorCount};
 * malformed requests (JSON that cannot be read, a wrong type, an unknown enum value, a missing parameter or part, an
 * upload too large) with what was wrong; anything unexpected as 500 with a generic message, logged once with its
 * stack trace. Answers for requests that never reach a controller (unknown paths, the security filters) come from
 * {@link ErrorPageController}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(Rejection.class)
    Object rejected(Rejection e, HttpServletRequest request) {
        log.info("Ditolak ({}): {} {}: {}", e.kind(), request.getMethod(), ErrorAnswers.originalPath(request), e.getMessage());
        HttpStatus status = HttpStatus.valueOf(e.kind().status());
        Map<String, Object> properties = new LinkedHashMap<>();
        if (e.problemCount() > 0) {
            properties.put("errors", e.problems());
            properties.put("errorCount", e.problemCount());
        }
        return ErrorAnswers.of(request, status, ErrorAnswers.title(status.value()), e.getMessage(), properties);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object notReadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return invalid(request, "Isi permintaan tidak sah", JsonProblems.describe(e));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return invalid(request, "Permintaan tidak lengkap", "Bagian '" + e.getRequestPartName()
                + "' tidak ada. Unggah berkas sebagai multipart/form-data dengan nama bagian '" + e.getRequestPartName() + "'.");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
        return invalid(request, "Permintaan tidak lengkap", "Parameter '" + e.getParameterName() + "' wajib diisi.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Class<?> type = e.getRequiredType();
        String expected = type == null ? "" : " Yang diharapkan: " + JsonProblems.expected(type) + ".";
        return invalid(request, "Nilai tidak sah", "Nilai '" + Texts.excerpt(String.valueOf(e.getValue()))
                + "' tidak sah untuk '" + e.getName() + "'." + expected);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ErrorAnswers.of(request, HttpStatus.PAYLOAD_TOO_LARGE, "Berkas terlalu besar", "Berkas melebihi batas ukuran unggahan ("
                + (e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1024 * 1024) + " MB" : "10 MB") + ").", Map.of());
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request) {
        return invalid(request, "Unggahan tidak sah", "Unggahan harus berupa multipart/form-data yang utuh.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        var contentType = e.getContentType();
        return ErrorAnswers.of(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis isi tidak didukung", "Jenis isi '"
                + (contentType == null ? "(tidak ada)" : Texts.excerpt(contentType.toString()))
                + "' tidak didukung di sini. Yang didukung: " + e.getSupportedMediaTypes() + ".", Map.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return ErrorAnswers.of(request, HttpStatus.METHOD_NOT_ALLOWED, "Metode tidak diizinkan",
                "Metode " + Texts.excerpt(e.getMethod()) + " tidak berlaku untuk alamat ini.", Map.of());
    }

    /** Spring Security's firewall refuses e.g. a control character in a parameter name once the controller reads it. */
    @ExceptionHandler(RequestRejectedException.class)
    Object firewall(RequestRejectedException e, HttpServletRequest request) {
        return invalid(request, "Permintaan tidak sah",
                "Permintaan berisi karakter yang tidak diizinkan (misalnya karakter kendali) pada alamat atau nama parameter.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return ErrorAnswers.of(request, HttpStatus.FORBIDDEN);
    }

    /**
     * Anything else: a refusal wrapped by a library, one of Spring's own refusals (unknown path 404, 406, …), or a
     * failure (500, logged once).
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Klien memutus sambungan pada {} {}", request.getMethod(), ErrorAnswers.originalPath(request));
            return null; // nobody to answer
        }
        Rejection rejection = Rejection.find(e);
        if (rejection != null) {
            return rejected(rejection, request);
        }
        if (e instanceof ErrorResponse known && known.getStatusCode().isError()) {
            int status = known.getStatusCode().value();
            String reason = e.getClass() == ResponseStatusException.class ? ((ResponseStatusException) e).getReason() : null;
            return ErrorAnswers.of(request, known.getStatusCode(), ErrorAnswers.title(status),
                    reason != null ? reason : ErrorAnswers.detail(status), Map.of());
        }
        if (DatabaseOutage.isCause(e)) {
            log.warn("Basis data tidak dapat dihubungi: {} {} dijawab 503 ({})", request.getMethod(), ErrorAnswers.originalPath(request),
                    e.toString());
            Object answer = ErrorAnswers.of(request, HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL, Map.of());
            return answer instanceof org.springframework.http.ResponseEntity<?> entity
                    ? org.springframework.http.ResponseEntity.status(entity.getStatusCode()).headers(entity.getHeaders())
                            .header(org.springframework.http.HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                            .body(entity.getBody())
                    : answer;
        }
        log.error("Kesalahan tak terduga pada {} {}", request.getMethod(), ErrorAnswers.originalPath(request), e);
        return ErrorAnswers.of(request, HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static Object invalid(HttpServletRequest request, String title, String detail) {
        return ErrorAnswers.of(request, HttpStatus.BAD_REQUEST, title, detail, Map.of());
    }
}

package org.kinerja.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * One refusal or failure, answered in Bahasa Indonesia in the form the caller reads: a problem document
 * ({@code application/problem+json}) for Kinerja's API and other machine endpoints, the error page {@code galat.html}
 * (in the look of Kinerja's pages) for everything a person opens in a browser.
 */
final class ErrorAnswers {

    static final String VIEW = "galat";
    private static final List<String> MACHINE_PATHS = List.of("/api/", "/engine-rest/", "/actuator/");

    private ErrorAnswers() {
    }

    /** An answer with the standard title and text of the status. */
    static Object of(HttpServletRequest request, HttpStatusCode status) {
        return of(request, status, title(status.value()), detail(status.value()), Map.of());
    }

    /**
     * @param properties extra members of the problem document (e.g. {@code errors}, {@code errorCount}); a page shows
     *        the {@code errors} list under the text
     */
    static Object of(HttpServletRequest request, HttpStatusCode status, String title, String detail, Map<String, Object> properties) {
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            properties.forEach(problem::setProperty);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("errors", properties.get("errors"));
        return page;
    }

    /** Whether the request is answered as a problem document: a machine path, or a handler that answers with data. */
    static boolean wantsProblem(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method && (AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class))) {
            return true;
        }
        return isMachinePath(request) || acceptsJsonOnly(request);
    }

    /**
     * Whether the client asked for JSON and not for a page, e.g. a page's script polling its data endpoint
     * ({@code fetch} with {@code Accept: application/json}): refused by the security filters, it gets a problem document.
     * A client that also takes HTML or anything ({@code *}{@code /*}) gets the page.
     */
    static boolean acceptsJsonOnly(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("json") && !accept.contains("text/html") && !accept.contains("*/*");
    }

    /** Whether the path is one that machines call: Kinerja's API, the engine's REST API, the actuator. */
    static boolean isMachinePath(HttpServletRequest request) {
        String path = originalPath(request) + "/";
        return MACHINE_PATHS.stream().anyMatch(path::startsWith);
    }

    /** The path the client asked for, also while an error is being dispatched. */
    static String originalPath(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String s ? s : request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Permintaan tidak sah";
            case 401 -> "Belum masuk";
            case 403 -> "Akses ditolak";
            case 404 -> "Tidak ditemukan";
            case 405 -> "Metode tidak diizinkan";
            case 406 -> "Format jawaban tidak tersedia";
            case 409 -> "Bentrok dengan keadaan data";
            case 410 -> "Sudah tidak berlaku";
            case 413 -> "Permintaan terlalu besar";
            case 415 -> "Jenis isi tidak didukung";
            case 429 -> "Terlalu banyak permintaan";
            case 503 -> DatabaseOutage.TITLE;
            default -> status >= 500 ? "Terjadi kesalahan" : "Permintaan ditolak";
        };
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "Permintaan ini tidak dapat diproses karena isinya tidak sah.";
            case 401 -> "Silakan masuk terlebih dahulu.";
            case 403 -> "Akun Anda tidak berwenang untuk permintaan ini.";
            case 404 -> "Alamat yang diminta tidak ada. Periksa kembali alamatnya.";
            case 405 -> "Metode permintaan ini tidak berlaku untuk alamat ini.";
            case 406 -> "Jawaban tidak tersedia dalam format yang diminta (header Accept).";
            case 409 -> "Permintaan bentrok dengan keadaan data saat ini. Muat ulang lalu coba lagi.";
            case 410 -> "Yang diminta sudah tidak berlaku.";
            case 413 -> "Permintaan atau berkas melebihi batas ukuran.";
            case 415 -> "Jenis isi permintaan ini tidak didukung di sini.";
            case 429 -> "Terlalu banyak permintaan. Silakan coba lagi beberapa menit lagi.";
            case 503 -> "Layanan sementara tidak tersedia. Silakan coba lagi beberapa saat lagi.";
            default -> status >= 500 ? "Terjadi kesalahan pada server. Kejadian ini sudah dicatat; silakan coba lagi nanti."
                    : "Permintaan ini ditolak.";
        };
    }

    static HttpStatusCode status(int value) {
        HttpStatus known = HttpStatus.resolve(value);
        return known != null ? known : HttpStatusCode.valueOf(value);
    }
}

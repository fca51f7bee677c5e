package org.kinerja.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * Replaces Spring Boot's English "Whitelabel Error Page": every error that reaches the servlet container's error
 * dispatch (an unknown path, a refusal by the security filters, a failure outside a controller) is answered in Bahasa
 * Indonesia, as a problem document on Kinerja's API and as the error page {@code galat.html} elsewhere. A refused CSRF
 * token (a form left open until its session ended) is named as such, so that the citizen on the survey page knows to
 * reload it.
 */
@Controller
class ErrorPageController implements ErrorController {

    static final String FORM_EXPIRED = "Sesi formulir sudah kedaluwarsa. Muat ulang halaman, lalu isi dan kirim lagi.";
    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value)) {
            return ErrorAnswers.of(request, HttpStatus.NOT_FOUND); // /error itself was asked for
        }
        HttpStatusCode status = ErrorAnswers.status(value);
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Rejection rejection = Rejection.find(failure);
        if (rejection != null) {
            return ErrorAnswers.of(request, ErrorAnswers.status(rejection.kind().status()), ErrorAnswers.title(rejection.kind().status()),
                    rejection.getMessage(), Map.of());
        }
        if (request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException) {
            Object answer = ErrorAnswers.of(request, status, "Sesi formulir kedaluwarsa", FORM_EXPIRED, Map.of());
            if (answer instanceof ModelAndView page) {
                page.addObject("again", reloadLink(request));
            }
            return answer;
        }
        if (status.is5xxServerError() && failure == null) {
            // With an exception, the servlet container has logged it already, with its stack trace.
            log.error("Kesalahan tak terduga pada {} {} ({})", request.getMethod(), ErrorAnswers.originalPath(request), value);
        }
        return ErrorAnswers.of(request, status);
    }

    /** Where the form that was refused can be opened again: the survey of the same ticket, the login page, or home. */
    private static String reloadLink(HttpServletRequest request) {
        String path = ErrorAnswers.originalPath(request);
        if (path.equals("/survei") || path.startsWith("/survei/")) {
            String ticket = Texts.clean(request.getParameter("tiket"));
            return ticket == null ? "/survei" : "/survei?tiket=" + UriUtils.encodeQueryParam(ticket, StandardCharsets.UTF_8);
        }
        return path.equals("/masuk") ? "/masuk" : "/beranda";
    }
}

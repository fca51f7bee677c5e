package org.kinerja.feedback;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public survey page (no login): {@code /survei?tiket=NOMOR} (or {@code /survei/NOMOR} for numbers without a
 * slash), the nine IKM elements on the 1–4 scale and an optional complaint. CSRF-protected, rate-limited per client
 * address; every refusal re-shows the page with the reason and stores nothing.
 */
@Controller
class SurveyPageController {

    static final String VIEW = "survei";
    private final SurveyService survey;
    private final SurveyRateLimiter rateLimiter;

    SurveyPageController(SurveyService survey, SurveyRateLimiter rateLimiter) {
        this.survey = survey;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/survei")
    String form(@RequestParam(name = "tiket", required = false) String ticket, Model model, HttpServletResponse response) {
        model.addAttribute("elements", IkmElement.values());
        model.addAttribute("answers", new HashMap<String, Integer>());
        if (Texts.clean(ticket) == null) {
            return refuse(model, response, HttpStatus.BAD_REQUEST.value(), "Nomor tiket belum diisi. Pindai kode QR pada bukti layanan Anda.");
        }
        try {
            show(model, survey.openTicket(ticket));
            return VIEW;
        } catch (Rejection e) {
            return refuse(model, response, e.kind().status(), e.getMessage());
        }
    }

    /** The number is not called "ticket" here: a path variable is also a model attribute, and "ticket" is the page's. */
    @GetMapping("/survei/{nomor}")
    String formByPath(@PathVariable("nomor") String number, Model model, HttpServletResponse response) {
        return form(number, model, response);
    }

    @PostMapping("/survei")
    String submit(@RequestParam(name = "tiket", required = false) String ticket, @RequestParam Map<String, String> params,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("elements", IkmElement.values());
        Map<String, Integer> answers = new HashMap<>();
        int[] values = new int[IkmElement.values().length];
        boolean complete = true;
        for (IkmElement element : IkmElement.values()) {
            String raw = Texts.clean(params.get("u" + (element.ordinal() + 1)));
            try {
                values[element.ordinal()] = raw == null ? 0 : Integer.parseInt(raw);
                if (raw != null) {
                    answers.put("u" + (element.ordinal() + 1), values[element.ordinal()]);
                }
            } catch (NumberFormatException e) {
                values[element.ordinal()] = -1;
            }
            complete &= raw != null;
        }
        String complaint = params.getOrDefault("keluhan", "");
        model.addAttribute("answers", answers);
        model.addAttribute("complaint", complaint);
        if (!rateLimiter.tryAcquire(request.getRemoteAddr())) {
            return refuse(model, response, HttpStatus.TOO_MANY_REQUESTS.value(),
                    "Terlalu banyak pengiriman dari alamat Anda. Silakan coba lagi beberapa menit lagi.");
        }
        try {
            show(model, survey.openTicket(ticket));
            if (!complete) {
                return refuse(model, response, HttpStatus.BAD_REQUEST.value(), "Semua 9 unsur survei wajib dijawab. Yang belum dijawab: "
                        + String.join(", ", Arrays.stream(IkmElement.values())
                        .filter(e -> !answers.containsKey("u" + (e.ordinal() + 1))).map(IkmElement::label).toList()) + ".");
            }
            survey.respond(ticket, values, complaint);
            model.addAttribute("thanks", true);
            return VIEW;
        } catch (Rejection e) {
            return refuse(model, response, e.kind().status(), e.getMessage());
        }
    }


    private static void show(Model model, SurveyService.OpenTicket ticket) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("ticketDate", org.kinerja.shared.IndonesianFormat.date(ticket.servedOn()));
    }

    private static String refuse(Model model, HttpServletResponse response, int status, String message) {
        response.setStatus(status);
        model.addAttribute("error", message);
        return VIEW;
    }

}

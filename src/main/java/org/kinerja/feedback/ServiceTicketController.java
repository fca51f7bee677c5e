package org.kinerja.feedback;

import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The counter system registers each service an employee handled ({@code admin-bkpsdm} or the service-account group
 * {@code sistem-loket}, see the security config).
 */
@RestController
@RequestMapping("/api/service-tickets")
class ServiceTicketController {

    private final SurveyService survey;

    ServiceTicketController(SurveyService survey) {
        this.survey = survey;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SurveyService.TicketView register(@RequestBody SurveyService.TicketRequest request, Principal principal) {
        return survey.registerTicket(request, principal.getName());
    }

    @ExceptionHandler(SurveyRejectedException.class)
    ProblemDetail rejected(SurveyRejectedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.reason().status(), e.getMessage());
        problem.setTitle("Tiket ditolak");
        return problem;
    }
}

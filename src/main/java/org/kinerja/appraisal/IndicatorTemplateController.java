package org.kinerja.appraisal;

import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.exception.NotValidException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** HR's API for indicator templates ({@code admin-bkpsdm} only, see the security config). */
@RestController
@RequestMapping("/api/indicator-templates")
class IndicatorTemplateController {

    record TemplateRequest(String position, List<IndicatorTemplateService.TemplateItem> items) {
    }

    private final IndicatorTemplateService templates;

    IndicatorTemplateController(IndicatorTemplateService templates) {
        this.templates = templates;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorTemplateService.TemplateView create(@RequestBody TemplateRequest request, Principal principal) {
        if (request.position() == null || request.position().isBlank()) {
            throw new NotValidException("Templat ditolak: jabatan (position) wajib diisi.");
        }
        return templates.saveNewVersion(request.position(), request.items(), principal.getName());
    }

    @GetMapping
    List<IndicatorTemplateService.TemplateView> versions(@RequestParam String position) {
        return templates.versions(position);
    }

    @ExceptionHandler(NotValidException.class)
    ProblemDetail invalid(NotValidException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Templat ditolak");
        return problem;
    }
}

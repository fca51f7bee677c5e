package org.kinerja.appraisal;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's API for indicator templates ({@code admin-bkpsdm} only, see the security config). A refused template is a
 * {@link org.kinerja.shared.Rejection}, answered as a problem document in Bahasa Indonesia by {@code org.kinerja.web}.
 */
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
        return templates.saveNewVersion(request.position(), request.items(), principal.getName());
    }

    @GetMapping
    List<IndicatorTemplateService.TemplateView> versions(@RequestParam String position) {
        return templates.versions(position);
    }
}

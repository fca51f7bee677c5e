package org.kinerja.feedback;

import java.io.IOException;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The counter system registers each service an employee handled ({@code admin-bkpsdm} or the service-account group
 * {@code sistem-loket}, see the security config). Refusals are {@link org.kinerja.shared.Rejection}s, answered as
 * problem documents in Bahasa Indonesia by {@code org.kinerja.web} (a refused file by {@code org.kinerja.organization}).
 */
@RestController
@RequestMapping("/api/service-tickets")
class ServiceTicketController {

    private final SurveyService survey;
    private final ServiceTicketImportService imports;

    ServiceTicketController(SurveyService survey, ServiceTicketImportService imports) {
        this.survey = survey;
        this.imports = imports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SurveyService.TicketView register(@RequestBody SurveyService.TicketRequest request, Principal principal) {
        return survey.registerTicket(request, principal.getName());
    }

    /** HR's CSV import (multipart part {@code file}, like the organisation imports); all or nothing. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ServiceTicketImportService.TicketImportReport importCsv(@RequestPart("file") MultipartFile file, Principal principal)
            throws IOException {
        return imports.importCsv(file.getBytes(), principal.getName());
    }
}

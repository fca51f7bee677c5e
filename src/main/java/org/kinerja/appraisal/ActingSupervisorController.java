package org.kinerja.appraisal;

import java.security.Principal;
import java.util.List;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/acting-supervisors} ({@code admin-bkpsdm}): "tugaskan Plt/Plh", see {@link ActingSupervisors}.
 * Body: {@code {"supervisorNip", "actingNip", "reason", "employeeNips": [optional]}}.
 */
@RestController
class ActingSupervisorController {

    record AppointmentRequest(String supervisorNip, String actingNip, String reason, List<String> employeeNips) {
    }

    private final ActingSupervisors acting;

    ActingSupervisorController(ActingSupervisors acting) {
        this.acting = acting;
    }

    @PostMapping("/api/acting-supervisors")
    ActingSupervisors.Appointment appoint(@RequestBody AppointmentRequest request, Principal principal) {
        return acting.appoint(request.supervisorNip(), request.actingNip(), request.employeeNips(), request.reason(), principal.getName());
    }
}

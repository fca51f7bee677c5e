package org.kinerja.outcome;

import java.util.Optional;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who in an outcome, always from Kinerja's tables: the employee, the pejabat penilai in charge of the appraisal
 * (or the Plt/Plh HR appointed), and the Atasan Pejabat Penilai who decides an appeal; nobody (then HR) where there is
 * no active one. Refuses anyone but the holder the rules name for a task.
 */
@Service
@Transactional(readOnly = true)
class OutcomeParties {

    /** Which person a task of an outcome is for; HR where the rules say so. */
    enum Holder {
        EMPLOYEE, SUPERVISOR, APPEAL_DECIDER, HR
    }

    /** The NIPs of the people of an outcome; the supervisor and the appeal decider are null when HR acts instead. */
    record Parties(String employeeNip, String supervisorNip, String appealDeciderNip) {
    }

    private final AppraisalOutcomeRepository outcomes;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;

    OutcomeParties(AppraisalOutcomeRepository outcomes, AppraisalResults results, OrganizationDirectory organization) {
        this.outcomes = outcomes;
        this.results = results;
        this.organization = organization;
    }

    Parties of(AppraisalOutcome outcome) {
        Optional<EmployeeRef> supervisor = results.supervisorInCharge(outcome.getAppraisalId()).flatMap(organization::employee);
        Optional<EmployeeRef> decider = supervisor.map(EmployeeRef::supervisorId).flatMap(id -> id == null ? Optional.empty()
                : organization.employee(id)).filter(EmployeeRef::active);
        return new Parties(employee(outcome.getEmployeeId()).nip(),
                supervisor.filter(EmployeeRef::active).map(EmployeeRef::nip).orElse(null), decider.map(EmployeeRef::nip).orElse(null));
    }

    /** The name of the employee whose outcome it is (shown in the tasks' names). */
    String employeeName(long outcomeId) {
        return employee(outcomes.get(outcomeId).getEmployeeId()).name();
    }

    /** Refuses anyone but the holder the rules name for this outcome's task. */
    void requireHolder(long outcomeId, Holder holder, String actor) {
        Parties parties = of(outcomes.get(outcomeId));
        String expected = switch (holder) {
            case EMPLOYEE -> parties.employeeNip();
            case SUPERVISOR -> parties.supervisorNip();
            case APPEAL_DECIDER -> parties.appealDeciderNip();
            case HR -> null;
        };
        boolean allowed = expected != null ? expected.equals(actor)
                : actor != null && organization.hasActiveRole(actor, EmployeeRole.ADMIN_BKPSDM);
        if (!allowed) {
            throw Rejection.forbidden(switch (holder) {
                case EMPLOYEE -> "Hanya pegawai yang bersangkutan yang dapat mengerjakan tugas ini.";
                case SUPERVISOR -> "Hanya atasan yang bertanggung jawab atas penilaian ini (atau Plt/Plh, atau admin BKPSDM bila tidak ada) yang dapat mengerjakan tugas ini.";
                case APPEAL_DECIDER -> "Keberatan diputus oleh atasan pejabat penilai (atau admin BKPSDM bila tidak ada).";
                case HR -> "Tugas ini untuk admin BKPSDM.";
            });
        }
    }

    EmployeeRef employee(long employeeId) {
        return organization.employee(employeeId).orElseThrow(() -> new IllegalStateException("Pegawai " + employeeId + " tidak ada"));
    }
}

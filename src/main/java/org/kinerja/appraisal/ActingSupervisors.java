package org.kinerja.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.kinerja.organization.EmployeeDeactivated;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.shared.Rejection;
import org.kinerja.shared.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's one way to hand a supervisor's appraisal tasks to someone else: "tugaskan Plt/Plh". An acting official
 * (pelaksana tugas / pelaksana harian) takes over as the supervisor in charge of the appraisals the named supervisor is
 * in charge of (all of them, or the listed employees'): their open tasks in the appraisal and outcome processes are
 * reassigned, the previous holder's grant on each task goes, the tasks to come go to the acting official too, and each
 * appointment is recorded with its reason. All or nothing.
 */
@Service
@Transactional
class ActingSupervisors {

    static final int MIN_REASON = 20;
    static final int MAX_REASON = 2000;
    private static final Logger log = LoggerFactory.getLogger(ActingSupervisors.class);

    private final AppraisalRepository appraisals;
    private final ActingAssignmentRepository assignments;
    private final OrganizationDirectory organization;
    private final TaskService tasks;

    ActingSupervisors(AppraisalRepository appraisals, ActingAssignmentRepository assignments, OrganizationDirectory organization,
            TaskService tasks) {
        this.appraisals = appraisals;
        this.assignments = assignments;
        this.organization = organization;
        this.tasks = tasks;
    }

    /** What an appointment did. */
    public record Appointment(String supervisorNip, String actingNip, int appraisals, int tasks) {
    }

    /**
     * Appoints {@code actingNip} for the open appraisals whose supervisor in charge is {@code supervisorNip}; only those
     * of {@code employeeNips} when the list is not empty.
     */
    public Appointment appoint(String supervisorNip, String actingNip, List<String> employeeNips, String reasonText, String by) {
        List<String> problems = new ArrayList<>();
        EmployeeRef supervisor = person(supervisorNip, "Atasan yang digantikan", problems);
        EmployeeRef acting = person(actingNip, "Pejabat Plt/Plh", problems);
        if (acting != null && !acting.active()) {
            problems.add("Pejabat Plt/Plh (NIP " + acting.nip() + ") tidak aktif.");
        }
        if (supervisor != null && acting != null && supervisor.id() == acting.id()) {
            problems.add("Pejabat Plt/Plh harus orang lain, bukan atasan yang digantikan.");
        }
        String reason = Texts.clean(reasonText);
        if (reason == null || reason.length() < MIN_REASON || reason.length() > MAX_REASON) {
            problems.add("Alasan penugasan wajib diisi, " + MIN_REASON + " sampai " + MAX_REASON + " karakter.");
        } else if (Texts.hasControlCharacters(reason, true)) {
            problems.add("Alasan penugasan berisi karakter kendali yang tidak diizinkan.");
        }
        List<String> only = employeeNips == null ? List.of() : employeeNips.stream().filter(Objects::nonNull).map(String::trim).toList();
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Penugasan Plt/Plh ditolak: " + String.join(" ", problems), problems);
        }
        List<Appraisal> open = appraisals.findOpenBySupervisorInCharge(supervisor.id()).stream()
                .filter(a -> only.isEmpty() || only.contains(nip(a.getEmployeeId()))).toList();
        if (open.isEmpty()) {
            throw Rejection.notFound("Tidak ada penilaian yang sedang berjalan dengan " + supervisor.name() + " sebagai atasan yang bertanggung jawab"
                    + (only.isEmpty() ? "." : " untuk pegawai yang disebut."));
        }
        List<String> strangers = only.stream().filter(n -> open.stream().noneMatch(a -> n.equals(nip(a.getEmployeeId())))).toList();
        if (!strangers.isEmpty()) {
            throw Rejection.invalid("Penugasan Plt/Plh ditolak: " + supervisor.name() + " bukan atasan yang bertanggung jawab atas "
                    + String.join(", ", strangers) + ".");
        }
        if (open.stream().anyMatch(a -> a.getEmployeeId() == acting.id())) {
            throw Rejection.invalid("Penugasan Plt/Plh ditolak: pejabat Plt/Plh tidak boleh menilai dirinya sendiri; kecualikan NIP "
                    + acting.nip() + " dari daftar pegawai.");
        }
        int moved = 0;
        for (Appraisal appraisal : open) {
            Long previous = appraisal.getSupervisorInCharge();
            appraisal.appointActingSupervisor(acting.id());
            int reassigned = reassignOpenTasks(appraisal, supervisor.nip(), acting.nip());
            moved += reassigned;
            assignments.save(new ActingAssignment(appraisal.getId(), previous, acting.id(), reason, by, reassigned));
        }
        log.info("Plt/Plh: {} menggantikan {} pada {} penilaian ({} tugas dialihkan), oleh {}", acting.nip(), supervisor.nip(),
                open.size(), moved, by);
        return new Appointment(supervisor.nip(), acting.nip(), open.size(), moved);
    }

    /**
     * A supervisor in charge left the roster: their open appraisals go to their own supervisor as acting official
     * (recorded like an appointment), or, without an active one, to the HR admins until HR appoints a Plt/Plh. Nobody's
     * absence blocks another person's appraisal.
     */
    @EventListener
    public void onDeactivated(EmployeeDeactivated event) {
        List<Appraisal> open = appraisals.findOpenBySupervisorInCharge(event.employeeId());
        if (open.isEmpty()) {
            return;
        }
        EmployeeRef successor = organization.employee(event.employeeId()).map(EmployeeRef::supervisorId)
                .flatMap(id -> id == null ? java.util.Optional.empty() : organization.employee(id))
                .filter(EmployeeRef::active).orElse(null);
        int moved = 0;
        for (Appraisal appraisal : open) {
            if (successor != null && successor.id() != appraisal.getEmployeeId()) {
                appraisal.appointActingSupervisor(successor.id());
                int reassigned = reassignOpenTasks(appraisal, event.nip(), successor.nip());
                moved += reassigned;
                assignments.save(new ActingAssignment(appraisal.getId(), event.employeeId(), successor.id(),
                        "Atasan langsung (NIP " + event.nip() + ") dinonaktifkan pada impor pegawai; tugas penilaiannya "
                                + "dialihkan kepada atasannya sampai BKPSDM menunjuk Plt/Plh.", "sistem", reassigned));
            } else {
                moved += offerOpenTasksToHr(appraisal, event.nip());
            }
        }
        log.info("Atasan {} dinonaktifkan: {} penilaian dialihkan ({} tugas) kepada {}", event.nip(), open.size(), moved,
                successor == null ? "admin BKPSDM" : successor.nip());
    }

    /** The open tasks the previous holder holds in this employee's appraisal and outcome of the cycle. */
    private int reassignOpenTasks(Appraisal appraisal, String previousNip, String actingNip) {
        List<Task> held = heldTasks(appraisal, previousNip);
        for (Task task : held) {
            tasks.setAssignee(task.getId(), actingNip);
        }
        return held.size();
    }

    /** Without an active successor, the held tasks go back to the HR admins' group. */
    private int offerOpenTasksToHr(Appraisal appraisal, String previousNip) {
        List<Task> held = heldTasks(appraisal, previousNip);
        for (Task task : held) {
            tasks.setAssignee(task.getId(), null);
            tasks.addCandidateGroup(task.getId(), KinerjaGroups.ADMIN_BKPSDM);
        }
        return held.size();
    }

    /** The open tasks a person holds in one employee's appraisal and outcome of the cycle (same business key). */
    private List<Task> heldTasks(Appraisal appraisal, String holderNip) {
        String businessKey = appraisal.getCycleId() + "-" + nip(appraisal.getEmployeeId());
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskAssignee(holderNip).list();
    }

    private EmployeeRef person(String nip, String label, List<String> problems) {
        if (nip == null || nip.isBlank()) {
            problems.add(label + " (NIP) wajib diisi.");
            return null;
        }
        EmployeeRef ref = organization.employeeByNip(nip.trim()).orElse(null);
        if (ref == null) {
            problems.add(label + ": NIP " + nip.trim() + " tidak dikenal.");
        }
        return ref;
    }

    private String nip(long employeeId) {
        return organization.employee(employeeId).map(EmployeeRef::nip).orElse("?");
    }
}

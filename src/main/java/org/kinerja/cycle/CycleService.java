package org.kinerja.cycle;

import java.util.ArrayList;
import java.util.List;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.shared.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CycleService {

    private static final Logger log = LoggerFactory.getLogger(CycleService.class);
    private final AppraisalCycleRepository cycles;
    private final CycleParticipantRepository participants;
    private final OrganizationDirectory organization;
    private final CycleDefaults defaults;
    private final CycleProgress progress;

    CycleService(AppraisalCycleRepository cycles, CycleParticipantRepository participants, OrganizationDirectory organization,
            CycleDefaults defaults, CycleProgress progress) {
        this.progress = progress;
        this.cycles = cycles;
        this.participants = participants;
        this.organization = organization;
        this.defaults = defaults;
    }

    /** Opens the cycle, or returns the one this process instance already opened (a retried start). */
    @Transactional
    AppraisalCycle open(CycleRequest request, String processInstanceId, String openedBy) {
        var existing = cycles.findByProcessInstanceId(processInstanceId);
        if (existing.isPresent()) {
            return existing.get();
        }
        UnitRef unit = organization.unitByCode(request.unitCode()).orElseThrow(() -> Rejection.invalid(
                "Siklus tidak dapat dibuka: unit '" + request.unitCode() + "' tidak dikenal."));
        var subtree = organization.subtree(unit.id());
        for (AppraisalCycle other : cycles.findByYear(request.year())) {
            if (subtree.contains(other.getUnitId()) || organization.subtree(other.getUnitId()).contains(unit.id())) {
                throw Rejection.conflict("Siklus tidak dapat dibuka: unit ini sudah dinilai dalam siklus '" + other.getName()
                        + "' tahun " + request.year() + ". Satu organisasi hanya punya satu siklus per tahun.");
            }
        }
        List<EmployeeRef> employees = organization.activeEmployeesUnder(unit.id());
        if (employees.isEmpty()) {
            throw Rejection.invalid("Siklus tidak dapat dibuka: tidak ada pegawai aktif di unit " + unit.code() + " dan di bawahnya.");
        }
        AppraisalCycle cycle;
        List<CycleParticipant> rows = new ArrayList<>(employees.size());
        try {
            cycle = cycles.saveAndFlush(new AppraisalCycle(request, unit.id(), defaults, processInstanceId, openedBy));
            for (int i = 0; i < employees.size(); i++) {
                rows.add(new CycleParticipant(cycle.getId(), request.year(), i, employees.get(i).id(), employees.get(i).nip()));
            }
            participants.saveAllAndFlush(rows);
            progress.open(cycle.getId(), rows.size());
        } catch (DataIntegrityViolationException e) {
            // Another start for this unit, its parent or a child won the race (unique keys of appraisal_cycle and
            // cycle_participant); this one is refused and nothing of it stays.
            throw Rejection.conflict("Siklus tidak dapat dibuka: siklus " + request.year() + " untuk unit ini atau unit yang "
                    + "mencakupnya baru saja dibuka oleh permintaan lain. Satu pegawai hanya dinilai sekali per tahun.");
        }
        cycle.setParticipantCount(rows.size());
        log.info("Siklus '{}' {} dibuka untuk unit {}: {} pegawai", request.name(), request.year(), unit.code(), rows.size());
        return cycle;
    }

    @Transactional
    void markScored(long cycleId) {
        cycles.findById(cycleId).ifPresent(AppraisalCycle::markScored);
    }
}

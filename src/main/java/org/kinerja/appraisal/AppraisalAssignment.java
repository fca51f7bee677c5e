package org.kinerja.appraisal;

import java.util.List;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.KinerjaGroups;
import org.kinerja.organization.OrganizationDirectory;
import org.springframework.stereotype.Component;

/**
 * Who holds the tasks of {@code EmployeeAppraisalProcess}, read from Kinerja's tables by the BPMN expressions (the
 * process carries only the appraisal id):
 *
 * <ul>
 *   <li>{@code ${appraisalAssignment.employee(appraisalId)}}: the appraised employee;</li>
 *   <li>{@code ${appraisalAssignment.supervisor(appraisalId)}}: the supervisor in charge, i.e. the acting official
 *       (Plt/Plh) HR appointed, else the supervisor of record; null for the head of the organisation, whose tasks go to
 *       {@code ${appraisalAssignment.supervisorGroups(appraisalId)}}, the HR admins;</li>
 *   <li>{@code ${appraisalAssignment.peer(appraisalId, loopCounter)}}: the peer at that position of the peer
 *       multi-instance, so that no list of raters exists in any variable the rated employee could read.</li>
 * </ul>
 */
@Component("appraisalAssignment")
public class AppraisalAssignment {

    private final AppraisalRepository appraisals;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;

    AppraisalAssignment(AppraisalRepository appraisals, OrganizationDirectory organization, CycleDirectory cycles) {
        this.appraisals = appraisals;
        this.organization = organization;
        this.cycles = cycles;
    }

    public String employee(long appraisalId) {
        return nip(appraisal(appraisalId).getEmployeeId());
    }

    public String supervisor(long appraisalId) {
        return supervisorInCharge(appraisal(appraisalId)).map(EmployeeRef::nip).orElse(null);
    }

    public List<String> supervisorGroups(long appraisalId) {
        return supervisorInCharge(appraisal(appraisalId)).isEmpty() ? List.of(KinerjaGroups.ADMIN_BKPSDM) : List.of();
    }

    /**
     * The active supervisor in charge: the acting official, else the supervisor of record. Empty for the head of the
     * organisation, and while the supervisor in charge is no longer active (until HR appoints a Plt/Plh): then the HR
     * admins hold the tasks, so that nobody's absence blocks the appraisal.
     */
    java.util.Optional<EmployeeRef> supervisorInCharge(Appraisal appraisal) {
        Long inCharge = appraisal.getSupervisorInCharge();
        return inCharge == null ? java.util.Optional.empty() : organization.employee(inCharge).filter(EmployeeRef::active);
    }

    public String peer(long appraisalId, int position) {
        List<Long> peers = appraisal(appraisalId).getPeerIds();
        if (position < 0 || position >= peers.size()) {
            throw new IllegalStateException("Penilaian " + appraisalId + " tidak punya rekan kerja ke-" + (position + 1));
        }
        return nip(peers.get(position));
    }

    /** {@code ${appraisalAssignment.peerCount(appraisalId)}}: how many peers rate the employee (the peer multi-instance). */
    public int peerCount(long appraisalId) {
        return appraisal(appraisalId).getPeerIds().size();
    }

    /** {@code ${appraisalAssignment.progressPeriodCount(appraisalId)}}: the progress reports of the cycle's period length. */
    public int progressPeriodCount(long appraisalId) {
        return cycles.settings(appraisal(appraisalId).getCycleId()).periodLength().progressPeriods();
    }

    /**
     * {@code ${appraisalAssignment.peerRatingDeadline(appraisalId)}}: when the open peer tasks close, counted from the
     * start of the peer rating: twice the cycle's escalation delay, so that a late peer is reminded and their
     * supervisor told first. After it, the merge goes on with the peers who answered.
     */
    public String peerRatingDeadline(long appraisalId) {
        String escalationDelay = cycles.settings(appraisal(appraisalId).getCycleId()).escalationDelay();
        try {
            return javax.xml.datatype.DatatypeFactory.newInstance().newDuration(escalationDelay).multiply(2).toString();
        } catch (javax.xml.datatype.DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Appraisal appraisal(long id) {
        return appraisals.findById(id).orElseThrow(() -> new IllegalStateException("Penilaian " + id + " tidak ada"));
    }

    private String nip(long employeeId) {
        return organization.employee(employeeId).map(EmployeeRef::nip)
                .orElseThrow(() -> new IllegalStateException("Pegawai " + employeeId + " tidak ada"));
    }
}

package org.kinerja.cycle;

import org.springframework.stereotype.Component;

/**
 * Used by the expressions of {@code CallActivity_AppraiseEmployees}: the n-th instance of the multi-instance finds
 * its employee by the loop counter, so no list of 10,000 ids ever becomes a process variable.
 */
@Component("cycleParticipants")
public class CycleParticipants {

    private final CycleParticipantRepository participants;

    CycleParticipants(CycleParticipantRepository participants) {
        this.participants = participants;
    }

    public long employeeIdAt(long cycleId, int loopCounter) {
        return participant(cycleId, loopCounter).getEmployeeId();
    }

    /** Business key of the employee's appraisal instance: cycle id and NIP, as Cockpit shows it. */
    public String businessKeyAt(long cycleId, int loopCounter) {
        return cycleId + "-" + participant(cycleId, loopCounter).getEmployeeNip();
    }

    private CycleParticipant participant(long cycleId, int loopCounter) {
        return participants.findById(new CycleParticipant.Key(cycleId, loopCounter)).orElseThrow(() -> new IllegalStateException(
                "Peserta ke-" + loopCounter + " siklus " + cycleId + " tidak ada"));
    }
}

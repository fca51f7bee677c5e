package org.kinerja.cycle;

import org.springframework.stereotype.Component;

/**
 * Used by the expressions of the cycle process: how many batches {@code Task_StartAppraisals} and
 * {@code Task_StartOutcomes} make. No list of 10,000 ids ever becomes a process variable.
 *
 * <p>{@link #employeeIdAt} and {@link #businessKeyAt} serve the call activities of cycles started before issue 12,
 * whose process definition versions still run: the n-th instance finds its employee by the loop counter.
 */
@Component("cycleParticipants")
public class CycleParticipants {

    private final CycleParticipantRepository participants;

    CycleParticipants(CycleParticipantRepository participants) {
        this.participants = participants;
    }

    /** The multi-instance cardinality of the start tasks. */
    public int batchCount(int participantCount) {
        return CycleChildren.batchCount(participantCount);
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

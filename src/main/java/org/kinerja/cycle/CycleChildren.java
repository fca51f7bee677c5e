package org.kinerja.cycle;

import static org.kinerja.cycle.AppraisalCycleProcess.*;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Starts the cycle's per-employee processes in batches and wakes the cycle up when the last of them concludes.
 *
 * <p>{@code Task_StartAppraisals} and {@code Task_StartOutcomes} are parallel multi-instance service tasks, one
 * instance per batch of at most {@link #BATCH_SIZE} participants; each batch starts its employees' processes in one
 * job, and each started process continues in its own asynchronous job, so one employee's failure never holds back the
 * others. The processes are not called activities of the cycle: each ends with a message end event whose delegate
 * counts it ({@link CycleProgress}) and, for the last one, correlates the message the cycle waits for.
 */
@Service
class CycleChildren {

    /** Participants started per job: small enough for a short transaction, large enough for few cycle jobs. */
    static final int BATCH_SIZE = 100;

    private static final Logger log = LoggerFactory.getLogger(CycleChildren.class);

    private final CycleParticipantRepository participants;
    private final AppraisalCycleRepository cycles;
    private final CycleProgress progress;
    private final RuntimeService runtime;
    private final RuntimeStatistics statistics;

    CycleChildren(CycleParticipantRepository participants, AppraisalCycleRepository cycles, CycleProgress progress,
            @Lazy RuntimeService runtime, RuntimeStatistics statistics) {
        this.participants = participants;
        this.cycles = cycles;
        this.progress = progress;
        this.runtime = runtime;
        this.statistics = statistics;
    }

    /** The multi-instance cardinality of the start tasks: how many batches the participants make. */
    static int batchCount(int participantCount) {
        return (participantCount + BATCH_SIZE - 1) / BATCH_SIZE;
    }

    /**
     * Starts the processes of the batch this multi-instance execution stands for. The range is computed from the
     * cardinality the multi-instance fixed when it began ({@code nrOfInstances}), not from {@link #BATCH_SIZE}, so a
     * changed batch size in a later release cannot skip or double anyone of a running cycle.
     */
    void startBatch(DelegateExecution execution, String processKey) {
        long cycleId = ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
        int count = ((Number) execution.getVariable(VAR_PARTICIPANT_COUNT)).intValue();
        int batch = ((Number) execution.getVariable("loopCounter")).intValue();
        int batches = ((Number) execution.getVariable("nrOfInstances")).intValue();
        int[] range = range(count, batches, batch);
        int from = range[0];
        int to = range[1];
        List<CycleParticipant> rows = participants.findBatch(cycleId, from, to);
        if (rows.size() != to - from) {
            throw new IllegalStateException("Siklus " + cycleId + ": peserta " + from + " sampai " + (to - 1) + " tidak lengkap ("
                    + rows.size() + " baris)");
        }
        for (CycleParticipant row : rows) {
            runtime.createProcessInstanceByKey(processKey).businessKey(cycleId + "-" + row.getEmployeeNip())
                    .setVariable(VAR_CYCLE_ID, cycleId).setVariable(VAR_EMPLOYEE_ID, row.getEmployeeId()).execute();
        }
        log.debug("Siklus {}: {} {} dimulai (peserta {}-{})", cycleId, rows.size(), processKey, from, to - 1);
        statistics.afterBatch();
    }

    /** Participants {@code [from, to)} of batch {@code batch} when {@code count} are split into {@code batches}. */
    static int[] range(int count, int batches, int batch) {
        int size = (count + batches - 1) / batches;
        int from = Math.min(count, batch * size);
        return new int[] {from, Math.min(count, from + size)};
    }

    /** The end event of a per-employee process: counts it, and wakes the cycle if it was the last one open. */
    void concluded(DelegateExecution execution, CycleProgress.Phase phase, String message) {
        long cycleId = ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
        long employeeId = ((Number) execution.getVariable(VAR_EMPLOYEE_ID)).longValue();
        CycleProgress.Conclusion conclusion = progress.conclude(cycleId, employeeId, phase);
        if (!conclusion.counted()) {
            log.warn("Siklus {}: {} pegawai {} sudah dihitung selesai; tidak dihitung lagi", cycleId, phase, employeeId);
            return;
        }
        if (!conclusion.last()) {
            return;
        }
        String cycleInstance = cycles.findById(cycleId).orElseThrow().getProcessInstanceId();
        List<MessageCorrelationResult> woken = runtime.createMessageCorrelation(message).processInstanceId(cycleInstance)
                .correlateAllWithResult();
        if (woken.isEmpty()) {
            if (runtime.createEventSubscriptionQuery().processInstanceId(cycleInstance).eventName(message).count() > 0) {
                // The cycle waits for the message but was not woken: it is suspended (correlation matches active
                // instances only). Failing undoes the count, so the job retries, then stands as an incident in Cockpit
                // until the cycle is resumed and the incident retried; committing would leave the cycle waiting forever.
                throw new IllegalStateException("Siklus " + cycleId + " menunggu pesan " + message + " tetapi sedang ditangguhkan;"
                        + " lanjutkan siklus, lalu ulangi tugas ini di Cockpit.");
            }
            // A cycle started before this release calls its children as a multi-instance call activity and goes on
            // when the call activity completes; it waits for no message.
            log.info("Siklus {}: {} terakhir selesai; instance siklus {} tidak menunggu pesan {}", cycleId, phase, cycleInstance, message);
        } else {
            log.info("Siklus {}: semua {} selesai; siklus dilanjutkan", cycleId, phase);
        }
    }
}

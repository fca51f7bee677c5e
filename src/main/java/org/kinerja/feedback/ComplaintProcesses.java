package org.kinerja.feedback;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts one {@code ComplaintHandlingProcess} for a complaint (business key {@code pengaduan-<id>}). */
@Component
class ComplaintProcesses {

    private final RuntimeService runtime;

    ComplaintProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** The new process instance's id. */
    String start(long complaintId, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(ComplaintHandlingProcess.PROCESS_ID, "pengaduan-" + complaintId, variables).getId();
    }
}

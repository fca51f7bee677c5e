package org.kinerja.appraisal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the merged results of a cycle for the other modules (calibration, outcomes). */
@Service
@Transactional(readOnly = true)
public class AppraisalResults {

    private final AppraisalResultRepository results;

    AppraisalResults(AppraisalResultRepository results) {
        this.results = results;
    }

    /** Every merged result of the cycle, by employee id. */
    public List<MergedScore> forCycle(long cycleId) {
        return results.mergedScoresOfCycle(cycleId);
    }
}

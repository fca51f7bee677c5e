package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the merged results of a cycle for the other modules (calibration, outcomes). */
@Service
@Transactional(readOnly = true)
public class AppraisalResults {

    private final AppraisalResultRepository results;
    private final AppraisalRepository appraisals;
    private final SkpIndicatorRepository indicators;
    private final RatingSubmissionRepository submissions;

    AppraisalResults(AppraisalResultRepository results, AppraisalRepository appraisals, SkpIndicatorRepository indicators,
            RatingSubmissionRepository submissions) {
        this.results = results;
        this.appraisals = appraisals;
        this.indicators = indicators;
        this.submissions = submissions;
    }

    /** The result sheet of one employee in a cycle, if their result is merged. */
    public Optional<ResultSheet> sheet(long cycleId, long employeeId) {
        return appraisals.findByCycleIdAndEmployeeId(cycleId, employeeId)
                .flatMap(a -> results.findById(a.getId()).map(r -> sheet(a, r)));
    }

    private ResultSheet sheet(Appraisal appraisal, AppraisalResult result) {
        List<ResultSheet.Indicator> lines = indicators.findByAppraisalIdOrderBySeq(appraisal.getId()).stream()
                .map(i -> new ResultSheet.Indicator(i.getName(), i.getUnit(), i.getTarget(), i.getFinalRealisation(),
                        i.getAchievement() == null ? null
                                : i.getAchievement().multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP),
                        i.getWeight()))
                .toList();
        List<ResultSheet.ValueScore> values = result.getValues().stream()
                .map(v -> new ResultSheet.ValueScore(v.value().label(), v.finalScore().setScale(2, RoundingMode.HALF_UP))).toList();
        String comment = submissions.findByAppraisalId(appraisal.getId()).stream()
                .filter(s -> s.getRaterRole() == RaterRole.SUPERVISOR).map(RatingSubmission::getComment).findFirst().orElse(null);
        BigDecimal peerAverage = null;
        if (result.isPeersUsed()) {
            peerAverage = result.getValues().stream().map(AppraisalResult.Value::peerAverage).filter(java.util.Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(result.getValues().size()), 2, RoundingMode.HALF_UP);
        }
        return new ResultSheet(appraisal.getId(), appraisal.getEmployeeId(), lines, result.getWorkResultScore(),
                result.getWorkRating().label(), result.isWorkRatingOverridden() ? result.getOverrideReason() : null, values,
                result.getBehaviourScore(), result.getBehaviourRating().label(), comment, peerAverage,
                result.isPeersUsed() ? result.getPeerCount() : null,
                result.isCitizenUsed() ? result.getCitizenIkm() : null, result.isCitizenUsed() ? result.getCitizenResponses() : null,
                result.getPeersAsked() > result.getPeerCount() ? (result.getPeersAsked() - result.getPeerCount()) + " dari "
                        + result.getPeersAsked() + " rekan kerja yang diminta tidak menilai sebelum batas waktu." : null);
    }

    /**
     * The employee id of the supervisor in charge of an appraisal: the acting official (Plt/Plh) HR appointed, else
     * the supervisor of record; empty for the head of the organisation.
     */
    public Optional<Long> supervisorInCharge(long appraisalId) {
        return appraisals.findById(appraisalId).map(Appraisal::getSupervisorInCharge);
    }

    /** Every merged result of the cycle, by employee id. */
    public List<MergedScore> forCycle(long cycleId) {
        return results.mergedScoresOfCycle(cycleId);
    }
}

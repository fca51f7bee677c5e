package org.kinerja.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.cycle.RuntimeStatistics;
import org.kinerja.feedback.CitizenSatisfactionProvider;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitMember;
import org.kinerja.scoring.BehaviourBreakdown;
import org.kinerja.scoring.BehaviourInput;
import org.kinerja.scoring.BehaviourScoring;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.CitizenSatisfaction;
import org.kinerja.scoring.IndicatorOutcome;
import org.kinerja.scoring.Predikat;
import org.kinerja.scoring.Rating;
import org.kinerja.scoring.RatingRules;
import org.kinerja.scoring.WorkResultScoring;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business operations behind the tasks of {@code EmployeeAppraisalProcess}. Every write is validated here. */
@Service
@Transactional
class AppraisalService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AppraisalRepository appraisals;
    private final SkpIndicatorRepository indicators;
    private final ProgressReportRepository reports;
    private final RatingSubmissionRepository ratings;
    private final AppraisalResultRepository results;
    private final IndicatorTemplateRepository templates;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;
    private final RatingRules ratingRules;
    private final CitizenSatisfactionProvider citizens;
    private final RuntimeStatistics statistics;

    AppraisalService(AppraisalRepository appraisals, SkpIndicatorRepository indicators, ProgressReportRepository reports,
            RatingSubmissionRepository ratings, AppraisalResultRepository results, IndicatorTemplateRepository templates,
            OrganizationDirectory organization, CycleDirectory cycles, RatingRules ratingRules, CitizenSatisfactionProvider citizens,
            RuntimeStatistics statistics) {
        this.appraisals = appraisals;
        this.indicators = indicators;
        this.reports = reports;
        this.ratings = ratings;
        this.results = results;
        this.templates = templates;
        this.organization = organization;
        this.cycles = cycles;
        this.ratingRules = ratingRules;
        this.citizens = citizens;
        this.statistics = statistics;
    }

    /** Creates the appraisal (or finds it again on a retry), picks the peers and prefills the SKP from the template. */
    PreparedAppraisal prepare(long cycleId, long employeeId, String processInstanceId) {
        CycleSettings cycle = cycles.settings(cycleId);
        EmployeeRef employee = employee(employeeId);
        Appraisal appraisal = appraisals.findByCycleIdAndEmployeeId(cycleId, employeeId).orElseGet(() -> {
            List<UnitMember> peers = PeerSelector.choose(cycleId, employee, organization.activeMembersOf(employee.unitId()),
                    cycle.behaviour().peerMinimum());
            Appraisal created = appraisals.save(new Appraisal(cycleId, employeeId, employee.supervisorId(), processInstanceId,
                    peers.stream().map(UnitMember::id).toList()));
            templates.findFirstByPositionIdAndCreatedAtLessThanEqualOrderByVersionDesc(employee.positionId(), cycle.openedAt())
                    .ifPresent(template -> {
                        int seq = 1;
                        for (IndicatorTemplate.Item item : template.getItems()) {
                            indicators.save(new SkpIndicator(created.getId(), new IndicatorDraft(seq++, item.resultTitle(), null,
                                    item.name(), item.unit(), item.target(), item.direction(), item.weight(), item.aspect(),
                                    item.perspective())));
                        }
                    });
            return created;
        });
        return new PreparedAppraisal(appraisal.getId());
    }

    /** Task_DraftTargets: the SKP as drafted; 1–30 indicators numbered 1, 2, …, weights totalling 100, one supervisor's RHK per RHK. */
    void saveTargets(long appraisalId, List<IndicatorDraft> drafts, String actor) {
        Appraisal appraisal = appraisal(appraisalId);
        requireEmployee(appraisal, actor);
        if (appraisal.getStatus() != AppraisalStatus.DRAFTING) {
            throw Rejection.conflict("SKP ini sudah diajukan atau disetujui dan tidak dapat diubah lagi.");
        }
        List<String> problems = new ArrayList<>();
        if (drafts.isEmpty() || drafts.size() > IndicatorRow.MAX_INDICATORS) {
            refuseIf("SKP", List.of("SKP harus berisi 1–" + IndicatorRow.MAX_INDICATORS + " indikator, sekarang " + drafts.size() + "."));
        }
        BigDecimal total = drafts.stream().map(IndicatorDraft::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(HUNDRED) != 0) {
            problems.add("Jumlah bobot harus 100, sekarang " + total.stripTrailingZeros().toPlainString() + ".");
        }
        Map<String, String> parentOfResult = new HashMap<>();
        for (IndicatorDraft d : drafts) {
            if (parentOfResult.containsKey(d.resultTitle()) && !Objects.equals(parentOfResult.get(d.resultTitle()), d.supervisorResultTitle())) {
                problems.add("Indikator " + d.seq() + ": RHK '" + d.resultTitle() + "' sudah dikaitkan dengan RHK atasan lain pada indikator sebelumnya.");
            }
            parentOfResult.putIfAbsent(d.resultTitle(), d.supervisorResultTitle());
        }
        refuseIf("SKP", problems);
        indicators.deleteByAppraisalId(appraisalId);
        indicators.flush();
        drafts.forEach(d -> indicators.save(new SkpIndicator(appraisalId, d)));
        appraisal.submitTargets();
    }

    /** Task_ApproveTargets: approve, or return with a comment. Returns whether the targets are approved. */
    boolean decideTargets(long appraisalId, TargetsDecision decision, String returnComment, String decidedBy) {
        Appraisal appraisal = appraisal(appraisalId);
        requireSupervisorInCharge(appraisal, decidedBy);
        if (decision == TargetsDecision.APPROVE) {
            appraisal.approveTargets(decidedBy);
            return true;
        }
        appraisal.returnTargets(returnComment);
        return false;
    }

    /** Task_ReportProgress: the realisation so far of every indicator (by its number), with evidence. */
    void reportProgress(long appraisalId, int period, Map<Integer, BigDecimal> realisations, String note, String link, String actor) {
        requireEmployee(appraisal(appraisalId), actor);
        Map<Long, BigDecimal> byIndicator = byIndicatorId(appraisalId, realisations);
        ProgressReport report = reports.findByAppraisalIdAndPeriodNo(appraisalId, period)
                .orElseGet(() -> new ProgressReport(appraisalId, period));
        report.report(byIndicator, note, link);
        reports.save(report);
        statistics.afterRowsWritten();
    }

    /** Task_GiveProgressFeedback: the supervisor's continuous feedback on one period. */
    void giveFeedback(long appraisalId, int period, String feedback, String by) {
        requireSupervisorInCharge(appraisal(appraisalId), by);
        reports.findByAppraisalIdAndPeriodNo(appraisalId, period)
                .orElseThrow(() -> new IllegalStateException("Laporan periode " + period + " tidak ada"))
                .feedback(feedback, by);
    }

    /** Task_SelfAssessment: final realisations (by indicator number), the self-rating of the seven values, a reflection. */
    void selfAssess(long appraisalId, Map<Integer, BigDecimal> finals, Map<BerakhlakValue, Integer> self, String reflection,
            String raterNip) {
        requireEmployee(appraisal(appraisalId), raterNip);
        Map<Long, BigDecimal> byIndicator = byIndicatorId(appraisalId, finals);
        indicators.findByAppraisalIdOrderBySeq(appraisalId).forEach(i -> i.finalRealisation(byIndicator.get(i.getId())));
        saveRatings(appraisalId, raterNip, RaterRole.SELF, self, null);
        appraisal(appraisalId).selfAssessed(reflection);
    }

    /** The indicators of an appraisal's SKP, in order, as the task forms read them. */
    @Transactional(readOnly = true)
    List<PlannedIndicator> plan(long appraisalId) {
        return indicators.findByAppraisalIdOrderBySeq(appraisalId).stream()
                .map(i -> new PlannedIndicator(i.getSeq(), i.getName(), i.getUnit(), i.getTarget())).toList();
    }

    /** An indicator of the SKP as a form shows it. */
    record PlannedIndicator(int seq, String name, String unit, BigDecimal target) {
    }

    private Map<Long, BigDecimal> byIndicatorId(long appraisalId, Map<Integer, BigDecimal> bySeq) {
        Map<Long, BigDecimal> result = new LinkedHashMap<>();
        for (SkpIndicator i : indicators.findByAppraisalIdOrderBySeq(appraisalId)) {
            BigDecimal value = bySeq.get(i.getSeq());
            if (value == null) {
                throw Rejection.invalid("Realisasi indikator " + i.getSeq() + " (" + i.getName() + ") wajib diisi.");
            }
            result.put(i.getId(), value);
        }
        return result;
    }

    private static void refuseIf(String what, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, what + " belum dapat dikirim: " + String.join(" ", problems), problems);
        }
    }

    /** Task_ProposeWorkRating: the work-result score and the rating DMN proposes from it. */
    Rating proposeWorkRating(long appraisalId) {
        List<SkpIndicator> plan = indicators.findByAppraisalIdOrderBySeq(appraisalId);
        List<IndicatorOutcome> outcomes = new ArrayList<>();
        for (SkpIndicator i : plan) {
            if (i.getFinalRealisation() == null) {
                throw new IllegalStateException("Realisasi akhir indikator " + i.getSeq() + " belum ada");
            }
            outcomes.add(new IndicatorOutcome(i.getTarget(), i.getFinalRealisation(), i.getDirection(), i.getWeight()));
            i.achievement(WorkResultScoring.achievement(i.getDirection(), i.getTarget(), i.getFinalRealisation()));
        }
        BigDecimal score = WorkResultScoring.score(outcomes);
        Rating rating = ratingRules.workResultRating(score);
        appraisal(appraisalId).proposeWorkRating(score, rating);
        return rating;
    }

    /** Task_RatePeer: one peer's ratings, kept even when too few peers answer to use them. */
    void ratePeer(long appraisalId, Map<BerakhlakValue, Integer> scores, String comment, String raterNip) {
        requirePeer(appraisal(appraisalId), raterNip);
        saveRatings(appraisalId, raterNip, RaterRole.PEER, scores, comment);
    }

    /** Task_ReviewBySupervisor: ratings, comment, and the work-result rating confirmed or overridden with a reason. */
    void reviewBySupervisor(long appraisalId, Map<BerakhlakValue, Integer> scores, String comment, Rating override, String reason,
            String raterId) {
        Appraisal appraisal = appraisal(appraisalId);
        requireSupervisorInCharge(appraisal, raterId);
        if (override != null && override == appraisal.getProposedWorkRating()) {
            refuseIf("Penilaian atasan", List.of("Rating pengganti sama dengan usulan; pilih 'Setujui usulan' atau rating lain."));
        }
        saveRatings(appraisalId, raterId, RaterRole.SUPERVISOR, scores, comment);
        appraisal.decideWorkRating(override, reason);
    }

    /** Who may act on an appraisal's task, checked before the form is read. */
    enum Holder {
        EMPLOYEE, SUPERVISOR, PEER
    }

    @Transactional(readOnly = true)
    void requireHolder(long appraisalId, Holder holder, String actor) {
        Appraisal appraisal = appraisal(appraisalId);
        switch (holder) {
            case EMPLOYEE -> requireEmployee(appraisal, actor);
            case SUPERVISOR -> requireSupervisorInCharge(appraisal, actor);
            case PEER -> requirePeer(appraisal, actor);
        }
    }

    private void requirePeer(Appraisal appraisal, String raterNip) {
        EmployeeRef rater = raterNip == null ? null : organization.employeeByNip(raterNip).orElse(null);
        if (rater == null || !appraisal.getPeerIds().contains(rater.id())) {
            throw Rejection.forbidden("Anda bukan rekan kerja yang dipilih untuk menilai pegawai ini.");
        }
    }

    /** Task_MergeFeedback: the work-result and behaviour scores, their ratings and the predikat, stored in full. */
    Predikat merge(long appraisalId) {
        Appraisal appraisal = appraisal(appraisalId);
        CycleSettings cycle = cycles.settings(appraisal.getCycleId());
        List<RatingSubmission> submissions = ratings.findByAppraisalId(appraisalId);
        Map<BerakhlakValue, Integer> supervisor = submissions.stream().filter(s -> s.getRaterRole() == RaterRole.SUPERVISOR)
                .findFirst().map(RatingSubmission::getScores).orElseThrow(() -> new IllegalStateException("Penilaian atasan belum ada"));
        Map<BerakhlakValue, Integer> self = submissions.stream().filter(s -> s.getRaterRole() == RaterRole.SELF)
                .findFirst().map(RatingSubmission::getScores).orElseThrow(() -> new IllegalStateException("Penilaian diri belum ada"));
        List<Map<BerakhlakValue, Integer>> peers = submissions.stream().filter(s -> s.getRaterRole() == RaterRole.PEER)
                .map(RatingSubmission::getScores).toList();
        String nip = employee(appraisal.getEmployeeId()).nip();
        Optional<CitizenSatisfaction> citizen = citizens.forEmployee(nip, cycle.firstDay(), cycle.lastDay());
        BehaviourBreakdown behaviour = BehaviourScoring.merge(new BehaviourInput(supervisor, peers, self, citizen), cycle.behaviour());
        Rating behaviourRating = ratingRules.behaviourRating(behaviour.score());
        Rating workRating = appraisal.getWorkRatingOverride() != null ? appraisal.getWorkRatingOverride() : appraisal.getProposedWorkRating();
        Predikat predikat = ratingRules.predicate(workRating, behaviourRating);
        AppraisalResult result = results.findById(appraisalId).orElseGet(() -> new AppraisalResult(appraisalId));
        result.record(appraisal.getWorkResultScore(), appraisal.getProposedWorkRating(), workRating,
                appraisal.getWorkRatingOverrideReason(), behaviour, appraisal.getPeerIds().size(), behaviourRating,
                citizen.map(CitizenSatisfaction::ikm).orElse(null), citizen.map(CitizenSatisfaction::responses).orElse(null), predikat);
        results.save(result);
        statistics.afterRowsWritten();
        appraisal.scored();
        return predikat;
    }

    private void saveRatings(long appraisalId, String raterId, RaterRole role, Map<BerakhlakValue, Integer> scores, String comment) {
        RatingSubmission submission = ratings.findByAppraisalIdAndRaterIdAndRaterRole(appraisalId, raterId, role)
                .orElseGet(() -> new RatingSubmission(appraisalId, raterId, role));
        submission.submit(scores, comment);
        ratings.save(submission);
        statistics.afterRowsWritten();
    }

    /** Only the appraised employee drafts, reports and assesses themselves. */
    private void requireEmployee(Appraisal appraisal, String actor) {
        if (actor == null || !actor.equals(employee(appraisal.getEmployeeId()).nip())) {
            throw Rejection.forbidden("Hanya pegawai yang dinilai yang dapat mengerjakan tugas ini.");
        }
    }

    /**
     * Only the supervisor in charge (the acting official HR appointed, else the supervisor of record) approves, gives
     * feedback and reviews; for the head of the organisation, who has no supervisor in Kinerja, an HR admin.
     */
    private void requireSupervisorInCharge(Appraisal appraisal, String actor) {
        Long inCharge = appraisal.getSupervisorInCharge() == null ? null
                : organization.employee(appraisal.getSupervisorInCharge()).filter(EmployeeRef::active).map(EmployeeRef::id).orElse(null);
        boolean allowed = inCharge == null
                ? actor != null && organization.hasActiveRole(actor, EmployeeRole.ADMIN_BKPSDM)
                : actor != null && actor.equals(employee(inCharge).nip());
        if (!allowed) {
            throw Rejection.forbidden(inCharge == null
                    ? "Tugas ini untuk admin BKPSDM: penilaian ini tidak punya atasan aktif di Kinerja."
                    : "Hanya atasan yang bertanggung jawab atas penilaian ini (atau Plt/Plh yang ditunjuk BKPSDM) yang dapat mengerjakan tugas ini.");
        }
    }

    /** The settings of the appraisal's cycle (deadlines, period length, behaviour weights). */
    CycleSettings cycleOf(long appraisalId) {
        return cycles.settings(appraisal(appraisalId).getCycleId());
    }

    Appraisal appraisal(long id) {
        return appraisals.findById(id).orElseThrow(() -> new IllegalStateException("Penilaian " + id + " tidak ada"));
    }

    EmployeeRef employee(long id) {
        return organization.employee(id).orElseThrow(() -> new IllegalStateException("Pegawai " + id + " tidak ada"));
    }

    enum TargetsDecision {
        APPROVE, RETURN
    }

    enum WorkRatingDecision {
        CONFIRM, OVERRIDE
    }
}

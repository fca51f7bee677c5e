package org.kinerja.calibration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.exception.NotValidException;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.MergedScore;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration of a cycle (PermenPANRB 6/2022, DOMAIN.md "Calibration"): the organisation rating, the system's
 * proposal against DMN {@code distribution-pattern}, the committee's changes with their audit trail, the check of the
 * bounds before the committee may finish, and publication with the decision document.
 */
@Service
@Transactional
public class CalibrationService {

    private static final Logger log = LoggerFactory.getLogger(CalibrationService.class);
    static final int MIN_BASIS = 20;
    static final int MIN_REASON = 10;
    static final int MAX_TEXT = 2000;

    private final CalibrationRepository calibrations;
    private final CalibrationEntryRepository entries;
    private final CalibrationChangeRepository changes;
    private final CalibrationDecisionRepository decisions;
    private final DistributionPattern pattern;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;

    CalibrationService(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationChangeRepository changes,
            CalibrationDecisionRepository decisions, DistributionPattern pattern, AppraisalResults results,
            OrganizationDirectory organization, CycleDirectory cycles) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.changes = changes;
        this.decisions = decisions;
        this.pattern = pattern;
        this.results = results;
        this.organization = organization;
        this.cycles = cycles;
    }

    /** The calibration of the cycle, created when the organisation rating is first asked for. */
    Calibration ensure(long cycleId) {
        return calibrations.findByCycleId(cycleId).orElseGet(() -> calibrations.save(new Calibration(cycleId)));
    }

    /** The head(s) of the cycle's organisation: active members of its top unit with no supervisor inside it. */
    @Transactional(readOnly = true)
    public List<String> organisationHeads(long cycleId) {
        long unitId = cycles.settings(cycleId).unitId();
        List<EmployeeRef> inside = organization.activeEmployeesUnder(unitId);
        Set<Long> insideIds = inside.stream().map(EmployeeRef::id).collect(Collectors.toSet());
        return inside.stream()
                .filter(e -> e.unitId() == unitId)
                .filter(e -> e.supervisorId() == null || !insideIds.contains(e.supervisorId()))
                .map(EmployeeRef::nip).toList();
    }

    /** How many employees of the cycle have a merged result. */
    @Transactional(readOnly = true)
    public int mergedCount(long cycleId) {
        return results.forCycle(cycleId).size();
    }

    /** Only the head of the organisation, or an HR admin on their behalf, sets the organisation rating. */
    @Transactional(readOnly = true)
    public void requireRatingHolder(long cycleId, String actor) {
        if (actor == null || !organisationHeads(cycleId).contains(actor)
                && !organization.activeNipsWithRole(EmployeeRole.ADMIN_BKPSDM).contains(actor)) {
            throw Rejection.forbidden("Predikat kinerja organisasi ditetapkan oleh pimpinan organisasi atau admin BKPSDM atas namanya.");
        }
    }

    /** {@code Task_SetOrganisationRating}: the organisation's rating and its basis (read by the task's form). */
    public void setOrganisationRating(long cycleId, OrganisationRating rating, String basis, String actor) {
        requireRatingHolder(cycleId, actor);
        Calibration calibration = ensure(cycleId);
        if (calibration.getStatus() != CalibrationStatus.AWAITING_RATING && calibration.getStatus() != CalibrationStatus.RATED) {
            throw Rejection.conflict("Predikat organisasi tidak dapat diubah lagi: kalibrasi sudah berjalan.");
        }
        calibration.rate(rating, basis, actor);
    }

    /**
     * {@code Task_ProposeDistribution}: ranks the cycle's merged results, applies the bounds of the organisation rating
     * and writes each employee's proposed predikat with its reasons. Idempotent: a proposal already written is kept.
     */
    public DistributionProposal propose(long cycleId) {
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .orElseThrow(() -> new IllegalStateException("Kalibrasi siklus " + cycleId + " belum dibuat"));
        if (calibration.getOrganisationRating() == null) {
            throw new IllegalStateException("Predikat organisasi siklus " + cycleId + " belum ditetapkan");
        }
        List<DistributionBound> bounds = pattern.boundsFor(calibration.getOrganisationRating());
        List<MergedScore> merged = results.forCycle(cycleId);
        Map<Long, EmployeeRef> people = new HashMap<>();
        List<CalibrationCandidate> candidates = new ArrayList<>();
        Map<Long, MergedScore> byEmployee = new HashMap<>();
        for (MergedScore score : merged) {
            EmployeeRef employee = organization.employee(score.employeeId())
                    .orElseThrow(() -> new IllegalStateException("Pegawai " + score.employeeId() + " tidak ada"));
            people.put(employee.id(), employee);
            byEmployee.put(employee.id(), score);
            candidates.add(new CalibrationCandidate(employee.id(), employee.nip(), score.workResultScore(), score.behaviourScore(),
                    score.predikat()));
        }
        DistributionProposal proposal = DistributionProposer.propose(candidates, bounds);
        if (calibration.getStatus() != CalibrationStatus.RATED || entries.existsByCalibrationId(calibration.getId())) {
            return proposal;
        }
        Map<Long, String> unitNames = new HashMap<>();
        List<CalibrationEntry> rows = new ArrayList<>();
        for (ProposedPredikat row : proposal.rows()) {
            EmployeeRef e = people.get(row.candidate().employeeId());
            String unitName = unitNames.computeIfAbsent(e.unitId(), id -> organization.unit(id).map(UnitRef::name).orElse(""));
            String reason = row.reasons().isEmpty() ? null : truncate(String.join(" ", row.reasons()), MAX_TEXT);
            rows.add(new CalibrationEntry(calibration.getId(), e.id(), byEmployee.get(e.id()).appraisalId(), e.nip(), e.name(),
                    e.positionName(), e.unitId(), unitName, row.candidate().workResultScore(), row.candidate().behaviourScore(),
                    row.rank(), row.candidate().matrixPredikat(), row.proposed(), reason));
        }
        entries.saveAll(rows);
        calibration.proposed(proposal.notes().isEmpty() ? null : truncate(String.join(" ", proposal.notes()), 4000));
        log.info("Usulan kalibrasi siklus {}: {} pegawai, {} dipindahkan", cycleId, rows.size(),
                proposal.rows().stream().filter(ProposedPredikat::moved).count());
        return proposal;
    }

    /**
     * A committee member changes one employee's final predikat. The reason is required; a member cannot change their
     * own predikat; every change is written to the append-only audit trail.
     */
    public Board change(long cycleId, long employeeId, String toValue, String reasonValue, String actor) {
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> new CalibrationRejectedException(404, "Kalibrasi siklus ini tidak ditemukan."));
        if (calibration.getStatus() != CalibrationStatus.CALIBRATING) {
            throw new CalibrationRejectedException(409, calibration.getStatus() == CalibrationStatus.AWAITING_RATING
                    || calibration.getStatus() == CalibrationStatus.RATED
                    ? "Kalibrasi belum dimulai: usulan distribusi belum tersedia."
                    : "Kalibrasi sudah selesai; predikat tidak dapat diubah lagi.");
        }
        CalibrationEntry entry = entries.findByCalibrationIdAndEmployeeId(calibration.getId(), employeeId)
                .orElseThrow(() -> new CalibrationRejectedException(404, "Pegawai ini tidak termasuk dalam kalibrasi siklus ini."));
        Predikat to;
        try {
            to = Predikat.valueOf(toValue == null ? "" : toValue.trim());
        } catch (IllegalArgumentException e) {
            throw new CalibrationRejectedException(400, "Predikat tidak dikenal: '" + toValue + "'.");
        }
        String reason = reasonValue == null ? "" : reasonValue.trim();
        if (reason.length() < MIN_REASON || reason.length() > MAX_TEXT) {
            throw new CalibrationRejectedException(400, "Alasan perubahan wajib diisi, " + MIN_REASON + " sampai "
                    + MAX_TEXT + " karakter.");
        }
        if (entry.getNip().equals(actor)) {
            throw new CalibrationRejectedException(403, "Anggota tim penilai tidak boleh mengubah predikatnya sendiri.");
        }
        if (entry.getFinalPredikat() == to) {
            throw new CalibrationRejectedException(400, "Predikat " + entry.getName() + " sudah " + to.label() + ".");
        }
        changes.save(new CalibrationChange(calibration.getId(), employeeId, actor, entry.getFinalPredikat(), to, reason));
        entry.changeTo(to);
        log.info("Kalibrasi siklus {}: {} mengubah predikat {} menjadi {}", cycleId, actor, entry.getNip(), to);
        return board(calibration);
    }

    /** {@code Task_CalibrateResults} completes only within the bounds. */
    public void finalise(long cycleId, String actor) {
        if (actor == null || !organization.activeNipsWithRole(EmployeeRole.TIM_PENILAI).contains(actor)) {
            throw Rejection.forbidden("Hasil kalibrasi ditetapkan oleh anggota Tim Penilai Kinerja.");
        }
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> new NotValidException("Kalibrasi siklus ini tidak ditemukan."));
        if (calibration.getStatus() != CalibrationStatus.CALIBRATING) {
            throw Rejection.conflict("Kalibrasi tidak dalam tahap penilaian tim (status " + calibration.getStatus() + ").");
        }
        Board board = board(calibration);
        if (!board.violations().isEmpty()) {
            throw new NotValidException("Distribusi predikat belum memenuhi batas kurva: "
                    + board.violations().stream().map(BoundViolation::message).collect(Collectors.joining("; "))
                    + ". Ubah predikat di papan kalibrasi, lalu selesaikan tugas ini lagi.");
        }
        calibration.finalise(actor);
    }

    /**
     * {@code Task_PublishResults}: freezes the final predikat and writes the decision document. Idempotent: a published
     * calibration is left as it is.
     */
    public void publish(long cycleId) {
        Calibration calibration = calibrations.lockByCycleId(cycleId)
                .orElseThrow(() -> new IllegalStateException("Kalibrasi siklus " + cycleId + " tidak ada"));
        if (calibration.getStatus() == CalibrationStatus.PUBLISHED) {
            return;
        }
        if (calibration.getStatus() != CalibrationStatus.FINALISED) {
            throw new IllegalStateException("Kalibrasi siklus " + cycleId + " belum final: " + calibration.getStatus());
        }
        CycleSettings cycle = cycles.settings(cycleId);
        String organisationName = organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name());
        List<DecisionDocument.Row> rows = entries.findByCalibrationIdOrderByRanking(calibration.getId()).stream()
                .sorted(java.util.Comparator.comparing(CalibrationEntry::getNip))
                .map(e -> new DecisionDocument.Row(e.getNip(), e.getName(), e.getPositionName(), e.getFinalPredikat())).toList();
        List<DecisionDocument.Member> committee = committee();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
        byte[] pdf = DecisionDocumentPdf.render(new DecisionDocument(organisationName, cycle.year(), calibration.getOrganisationRating(),
                calibration.getRatingBasis(), rows, committee, today));
        decisions.save(new CalibrationDecision(calibration.getId(), "penetapan-predikat-kinerja-" + cycle.year() + "-siklus-"
                + cycleId + ".pdf", pdf));
        calibration.published();
        log.info("Hasil kalibrasi siklus {} ditetapkan: {} pegawai, dokumen {} byte", cycleId, rows.size(), pdf.length);
    }

    private List<DecisionDocument.Member> committee() {
        List<DecisionDocument.Member> members = new ArrayList<>();
        for (String nip : organization.activeNipsWithRole(EmployeeRole.TIM_PENILAI)) {
            organization.employeeByNip(nip).ifPresent(e -> members.add(new DecisionDocument.Member(e.nip(), e.name())));
        }
        return members;
    }

    /** The decision document of a published calibration. */
    @Transactional(readOnly = true)
    public Optional<Document> decision(long cycleId) {
        return calibrations.findByCycleId(cycleId).flatMap(c -> decisions.findById(c.getId()))
                .map(d -> new Document(d.getFileName(), d.getPdf()));
    }

    /** A stored document. */
    public record Document(String fileName, byte[] content) {
    }

    /** The final predikat of each employee of a published calibration, for the outcome phase. */
    @Transactional(readOnly = true)
    public Map<Long, Predikat> finalPredikat(long cycleId) {
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .filter(c -> c.getStatus() == CalibrationStatus.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("Hasil kalibrasi siklus " + cycleId + " belum ditetapkan"));
        Map<Long, Predikat> result = new HashMap<>();
        entries.findByCalibrationIdOrderByRanking(calibration.getId()).forEach(e -> result.put(e.getEmployeeId(), e.getFinalPredikat()));
        return result;
    }

    /** An employee's published predikat and, if calibration changed it, why. */
    public record PublishedPredikat(long appraisalId, Predikat matrixPredikat, Predikat predikat, String note) {
    }

    /** The published predikat of one employee of the cycle. */
    @Transactional(readOnly = true)
    public PublishedPredikat published(long cycleId, long employeeId) {
        Calibration calibration = calibrations.findByCycleId(cycleId)
                .filter(c -> c.getStatus() == CalibrationStatus.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("Hasil kalibrasi siklus " + cycleId + " belum ditetapkan"));
        CalibrationEntry entry = entries.findByCalibrationIdAndEmployeeId(calibration.getId(), employeeId)
                .orElseThrow(() -> new IllegalStateException("Pegawai " + employeeId + " tidak ada dalam kalibrasi siklus " + cycleId));
        String note = null;
        List<CalibrationChange> own = changes.findByCalibrationIdAndEmployeeIdOrderByChangedAtAscIdAsc(calibration.getId(), employeeId);
        if (!own.isEmpty()) {
            note = "Diubah oleh Tim Penilai Kinerja: " + own.get(own.size() - 1).getReason();
        } else if (entry.getProposedPredikat() != entry.getMatrixPredikat()) {
            note = "Disesuaikan dengan kurva distribusi: " + entry.getProposalReason();
        }
        return new PublishedPredikat(entry.getAppraisalId(), entry.getMatrixPredikat(), entry.getFinalPredikat(), note);
    }

    // ---- the board ----

    /** What the calibration board shows. */
    public record Board(long cycleId, String cycleName, int year, CalibrationStatus status, OrganisationRating organisationRating,
            String ratingBasis, String proposalNotes, List<Row> rows, Map<Predikat, Integer> counts, List<BoundView> bounds,
            List<BoundViolation> violations, List<Change> changes) {
    }

    public record Row(long employeeId, String nip, String name, String position, long unitId, String unitName, int rank,
            java.math.BigDecimal workResultScore, java.math.BigDecimal behaviourScore, Predikat matrixPredikat,
            Predikat proposedPredikat, String proposalReason, Predikat finalPredikat) {
    }

    public record BoundView(String description, Set<Predikat> predikats, boolean maximum, int limit, int actual, boolean met) {
    }

    public record Change(long id, long employeeId, String nip, String name, String changedBy, java.time.Instant changedAt,
            Predikat from, Predikat to, String reason) {
    }

    @Transactional // not read-only: the DMN evaluation writes decision history
    public Board board(long cycleId) {
        return board(calibrations.findByCycleId(cycleId)
                .orElseThrow(() -> new CalibrationRejectedException(404, "Kalibrasi siklus ini belum ada.")));
    }

    private Board board(Calibration calibration) {
        CycleSettings cycle = cycles.settings(calibration.getCycleId());
        List<CalibrationEntry> all = entries.findByCalibrationIdOrderByRanking(calibration.getId());
        List<Row> rows = all.stream().map(e -> new Row(e.getEmployeeId(), e.getNip(), e.getName(), e.getPositionName(), e.getUnitId(),
                e.getUnitName(), e.getRanking(), e.getWorkResultScore(), e.getBehaviourScore(), e.getMatrixPredikat(),
                e.getProposedPredikat(), e.getProposalReason(), e.getFinalPredikat())).toList();
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            counts.put(p, 0);
        }
        all.forEach(e -> counts.merge(e.getFinalPredikat(), 1, Integer::sum));
        int n = all.size();
        List<BoundView> bounds = new ArrayList<>();
        List<BoundViolation> violations = List.of();
        if (calibration.getOrganisationRating() != null) {
            List<DistributionBound> pattern = this.pattern.boundsFor(calibration.getOrganisationRating());
            Map<DistributionBound, Integer> limits = DistributionCheck.effectiveLimits(pattern, n);
            violations = n == 0 ? List.of() : DistributionCheck.check(pattern, counts, n);
            for (DistributionBound bound : pattern) {
                int actual = bound.predikats().stream().mapToInt(counts::get).sum();
                Integer limit = limits.get(bound);
                boolean applies = limit != null;
                boolean met = !applies || (bound.isMaximum() ? actual <= limit : actual >= limit);
                bounds.add(new BoundView(bound.describe(), bound.predikats(), bound.isMaximum(), applies ? limit : -1, actual, met));
            }
        }
        Map<Long, CalibrationEntry> byEmployee = all.stream().collect(Collectors.toMap(CalibrationEntry::getEmployeeId, e -> e));
        List<Change> trail = changes.findByCalibrationIdOrderByChangedAtAscIdAsc(calibration.getId()).stream()
                .map(c -> {
                    CalibrationEntry e = byEmployee.get(c.getEmployeeId());
                    return new Change(c.getId(), c.getEmployeeId(), e == null ? "" : e.getNip(), e == null ? "" : e.getName(),
                            c.getChangedBy(), c.getChangedAt(), c.getFromPredikat(), c.getToPredikat(), c.getReason());
                }).toList();
        return new Board(calibration.getCycleId(), cycle.name(), cycle.year(), calibration.getStatus(), calibration.getOrganisationRating(),
                calibration.getRatingBasis(), calibration.getProposalNotes(), rows, counts, bounds, violations, trail);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}

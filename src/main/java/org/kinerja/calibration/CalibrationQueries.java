package org.kinerja.calibration;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.EmployeeRole;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.scoring.Predikat;
import org.kinerja.shared.Rejection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of calibration (PermenPANRB 6/2022, DOMAIN.md "Calibration"): the board the committee works on (rows,
 * counts against the bounds fixed from DMN {@code distribution-pattern} at the proposal, the audit trail), the content and the stored file of
 * the decision document, the published predikat the outcome phase reads, and the head of the organisation. The
 * commands are {@link RateOrganisation}, {@link ProposeDistribution}, {@link ChangePredikat},
 * {@link FinaliseCalibration} and {@link PublishCalibration}.
 */
@Service
@Transactional(readOnly = true)
public class CalibrationQueries {

    private final CalibrationRepository calibrations;
    private final CalibrationEntryRepository entries;
    private final CalibrationChangeRepository changes;
    private final CalibrationDecisionRepository decisions;
    private final CalibrationBounds fixedBounds;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;

    CalibrationQueries(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationChangeRepository changes,
            CalibrationDecisionRepository decisions, CalibrationBounds fixedBounds, AppraisalResults results,
            OrganizationDirectory organization, CycleDirectory cycles) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.changes = changes;
        this.decisions = decisions;
        this.fixedBounds = fixedBounds;
        this.results = results;
        this.organization = organization;
        this.cycles = cycles;
    }

    /** What the calibration board shows. */
    public record Board(long cycleId, String cycleName, int year, CalibrationStatus status, OrganisationRating organisationRating,
            String ratingBasis, String proposalNotes, List<Row> rows, Map<Predikat, Integer> counts, List<BoundView> bounds,
            List<BoundViolation> violations, List<Change> changes) {
    }

    public record Row(long employeeId, String nip, String name, String position, long unitId, String unitName, int rank,
            BigDecimal workResultScore, BigDecimal behaviourScore, Predikat matrixPredikat, Predikat proposedPredikat,
            String proposalReason, Predikat finalPredikat) {
    }

    public record BoundView(String description, Set<Predikat> predikats, boolean maximum, int limit, int actual, boolean met) {
    }

    public record Change(long id, long employeeId, String nip, String name, String changedBy, Instant changedAt, Predikat from,
            Predikat to, String reason) {
    }

    /** A stored document. */
    public record Document(String fileName, byte[] content) {
    }

    /** An employee's published predikat and, if calibration changed it, why. */
    public record PublishedPredikat(long appraisalId, Predikat matrixPredikat, Predikat predikat, String note) {
    }

    /** The head(s) of the cycle's organisation: active members of its top unit with no supervisor inside it. */
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
    public int mergedCount(long cycleId) {
        return results.forCycle(cycleId).size();
    }

    @Transactional // not read-only: a calibration proposed before V14 gets its bounds stored at the first view
    public Board board(long cycleId) {
        return board(calibrations.findByCycleId(cycleId).orElseThrow(() -> Rejection.notFound("Kalibrasi siklus ini belum ada.")));
    }

    /** The board of a calibration, with the bounds fixed at its proposal (none before). */
    Board board(Calibration calibration) {
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
        List<DistributionBound> pattern = fixedBounds.of(calibration);
        if (!pattern.isEmpty()) {
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

    /**
     * What the decision document "Penetapan Predikat Kinerja Pegawai" says: the organisation, its rating and basis, each
     * employee's final predikat by NIP, the committee and today's date (WIB).
     */
    DecisionDocument decisionDocument(Calibration calibration) {
        CycleSettings cycle = cycles.settings(calibration.getCycleId());
        String organisationName = organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name());
        List<DecisionDocument.Row> rows = entries.findByCalibrationIdOrderByRanking(calibration.getId()).stream()
                .sorted(Comparator.comparing(CalibrationEntry::getNip))
                .map(e -> new DecisionDocument.Row(e.getNip(), e.getName(), e.getPositionName(), e.getFinalPredikat())).toList();
        List<DecisionDocument.Member> committee = new ArrayList<>();
        for (String nip : organization.activeNipsWithRole(EmployeeRole.TIM_PENILAI)) {
            organization.employeeByNip(nip).ifPresent(e -> committee.add(new DecisionDocument.Member(e.nip(), e.name())));
        }
        return new DecisionDocument(organisationName, cycle.year(), calibration.getOrganisationRating(), calibration.getRatingBasis(),
                rows, committee, LocalDate.now(ZoneId.of("Asia/Jakarta")));
    }

    /** The decision document of a published calibration. */
    public Optional<Document> decision(long cycleId) {
        return calibrations.findByCycleId(cycleId).flatMap(c -> decisions.findById(c.getId()))
                .map(d -> new Document(d.getFileName(), d.getPdf()));
    }

    /** The final predikat of each employee of a published calibration, for the outcome phase. */
    public Map<Long, Predikat> finalPredikat(long cycleId) {
        Map<Long, Predikat> result = new HashMap<>();
        entries.findByCalibrationIdOrderByRanking(published(cycleId).getId())
                .forEach(e -> result.put(e.getEmployeeId(), e.getFinalPredikat()));
        return result;
    }

    /** The published predikat of one employee of the cycle. */
    public PublishedPredikat published(long cycleId, long employeeId) {
        Calibration calibration = published(cycleId);
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

    private Calibration published(long cycleId) {
        return calibrations.findByCycleId(cycleId).filter(c -> c.getStatus() == CalibrationStatus.PUBLISHED)
                .orElseThrow(() -> new IllegalStateException("Hasil kalibrasi siklus " + cycleId + " belum ditetapkan"));
    }
}

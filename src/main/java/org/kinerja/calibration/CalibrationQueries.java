package org.kinerja.calibration;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of calibration (PermenPANRB 6/2022, DOMAIN.md "Calibration"): the board the committee works on (a page
 * of rows, filtered and paged in the database; the counts of the whole group from one aggregate query, against the
 * bounds fixed from DMN {@code distribution-pattern} at the proposal; the audit trail), the decision document streamed
 * from the frozen rows, the published predikat the outcome phase reads, and the head of the organisation. The
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
    private final JdbcTemplate jdbc;
    /** For the decision's rows: a cursor of {@value #FETCH_SIZE} rows at a time (PostgreSQL, inside the transaction). */
    private final JdbcTemplate streaming;

    static final int FETCH_SIZE = 500;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    CalibrationQueries(CalibrationRepository calibrations, CalibrationEntryRepository entries, CalibrationChangeRepository changes,
            CalibrationDecisionRepository decisions, CalibrationBounds fixedBounds, AppraisalResults results,
            OrganizationDirectory organization, CycleDirectory cycles, JdbcTemplate jdbc) {
        this.calibrations = calibrations;
        this.entries = entries;
        this.changes = changes;
        this.decisions = decisions;
        this.fixedBounds = fixedBounds;
        this.results = results;
        this.organization = organization;
        this.cycles = cycles;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource(), "the application's DataSource"));
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * What the calibration board shows: the calibration, its distribution over the whole group (counts of the final and
     * of the proposed predikat, from one aggregate query), the bounds and their check, the audit trail, and one page of
     * rows chosen by {@code query} ({@code matching} rows match its filter; none on an {@link #overview}).
     */
    public record Board(long cycleId, String cycleName, int year, CalibrationStatus status, OrganisationRating organisationRating,
            String ratingBasis, String proposalNotes, int total, Map<Predikat, Integer> counts, Map<Predikat, Integer> proposedCounts,
            int moved, List<BoundView> bounds, List<BoundViolation> violations, List<Change> changes, BoardQuery query, int matching,
            List<Row> rows, List<AppealChange> appealChanges) {
    }

    /**
     * A predikat changed on appeal after publication: the decision stays as published, the board marks the row and the
     * addendum "Perubahan setelah keberatan" lists it.
     */
    public record AppealChange(long employeeId, String nip, String name, Predikat from, Predikat to, String reason, String decidedBy,
            Instant decidedAt) {
    }

    /**
     * One page of the board: {@code page} from 0, {@code size} rows by rank, optionally only one unit, one final predikat,
     * and employees whose NIP or name contains {@code search} (case-insensitive).
     */
    public record BoardQuery(int page, int size, Long unitId, Predikat predikat, String search) {

        public static final int DEFAULT_SIZE = 50;
        public static final int MAX_SIZE = 200;
        public static final int MAX_SEARCH = 100;

        public BoardQuery {
            if (page < 0 || size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("page " + page + ", size " + size);
            }
            search = search == null || search.isBlank() ? null : search.trim();
            if (search != null && search.length() > MAX_SEARCH) {
                throw new IllegalArgumentException("search longer than " + MAX_SEARCH);
            }
        }

        /** The first page, unfiltered. */
        public static BoardQuery firstPage() {
            return new BoardQuery(0, DEFAULT_SIZE, null, null, null);
        }
    }

    /** A unit of the calibration group, for the board's filter. */
    public record UnitOption(long id, String name, int employees) {
    }

    public record Row(long employeeId, String nip, String name, String position, long unitId, String unitName, int rank,
            BigDecimal workResultScore, BigDecimal behaviourScore, Predikat matrixPredikat, Predikat proposedPredikat,
            String proposalReason, Predikat finalPredikat, boolean workRatingOverridden, String overrideReason, Predikat appealPredikat,
            String appealReason) {

        Row onAppeal(AppealChange change) {
            return change == null ? this : new Row(employeeId, nip, name, position, unitId, unitName, rank, workResultScore, behaviourScore,
                    matrixPredikat, proposedPredikat, proposalReason, finalPredikat, workRatingOverridden, overrideReason, change.to(),
                    change.reason());
        }
    }

    public record BoundView(String description, Set<Predikat> predikats, boolean maximum, int limit, int actual, boolean met) {
    }

    /**
     * One change of the audit trail: whose predikat (NIP and name), who changed it (user id and name: the user id when
     * it is no employee's, e.g. the admin), when, from what to what, and why.
     */
    public record Change(long id, long employeeId, String nip, String name, String changedBy, String changedByName, Instant changedAt,
            Predikat from, Predikat to, String reason) {
    }

    /** The employees of the group per final and proposed predikat, from one aggregate query. */
    record Distribution(int total, Map<Predikat, Integer> counts, Map<Predikat, Integer> proposedCounts, int moved) {
    }

    /** The final predikat of one unit's employees in a calibration, and each bound of the calibration applied to the unit alone. */
    public record UnitDistribution(long unitId, String unitName, int employees, Map<Predikat, Integer> counts, List<BoundView> bounds) {
    }

    /**
     * A cycle's final predikat per unit: the calibration's status ({@code CALIBRATING}, {@code PUBLISHED}, …), the whole
     * group's counts and bounds, and each unit's.
     */
    public record UnitDistributions(String status, int total, Map<Predikat, Integer> counts, List<BoundView> bounds,
            List<UnitDistribution> units) {
    }

    /** A cycle's calibrated employees per final predikat, with their average scores (two decimals). */
    public record CycleDistribution(long cycleId, int employees, Map<Predikat, Integer> counts, BigDecimal averageWorkResult,
            BigDecimal averageBehaviour) {
    }

    /** An employee's published predikat and, if calibration changed it, why. */
    public record PublishedPredikat(long appraisalId, Predikat matrixPredikat, Predikat predikat, String note) {
    }

    /** The head(s) of the cycle's organisation: active members of its top unit with no supervisor inside it. */
    public List<String> organisationHeads(long cycleId) {
        return organization.headsOf(cycles.settings(cycleId).unitId()).stream().map(EmployeeRef::nip).toList();
    }

    /** How many employees of the cycle have a merged result. */
    public int mergedCount(long cycleId) {
        return results.forCycle(cycleId).size();
    }

    /** The board's first page. */
    public Board board(long cycleId) {
        return board(cycleId, BoardQuery.firstPage());
    }

    @Transactional // not read-only: a calibration proposed before V14 gets its bounds stored at the first view
    public Board board(long cycleId, BoardQuery query) {
        return board(calibration(cycleId), query);
    }

    /** The board without rows: the calibration, its distribution, bounds and audit trail. */
    @Transactional
    public Board overview(long cycleId) {
        return board(calibration(cycleId), null);
    }

    /** The units of the calibration group with their number of employees, by name. */
    public List<UnitOption> units(long cycleId) {
        return jdbc.query("select unit_id, unit_name, count(*) from calibration_entry where calibration_id = ? "
                        + "group by unit_id, unit_name order by unit_name, unit_id",
                (rs, i) -> new UnitOption(rs.getLong(1), rs.getString(2), rs.getInt(3)), calibration(cycleId).getId());
    }

    private Calibration calibration(long cycleId) {
        return calibrations.findByCycleId(cycleId).orElseThrow(() -> Rejection.notFound("Kalibrasi siklus ini belum ada."));
    }

    /**
     * The board of a calibration, with the bounds fixed at its proposal (none before), and the page of {@code query}
     * (no rows when null). Reads what a command of this transaction wrote through JPA only after it is flushed.
     */
    Board board(Calibration calibration, BoardQuery query) {
        CycleSettings cycle = cycles.settings(calibration.getCycleId());
        Distribution distribution = distribution(calibration.getId());
        int n = distribution.total();
        List<BoundView> bounds = List.of();
        List<BoundViolation> violations = List.of();
        List<DistributionBound> pattern = fixedBounds.of(calibration);
        if (!pattern.isEmpty()) {
            violations = n == 0 ? List.of() : DistributionCheck.check(pattern, distribution.counts(), n);
            bounds = boundViews(pattern, distribution.counts(), n);
        }
        List<AppealChange> appeals = appealChanges(calibration.getId());
        List<Row> rows = List.of();
        int matching = 0;
        if (query != null) {
            Map<Long, AppealChange> byEmployee = new HashMap<>();
            appeals.forEach(a -> byEmployee.put(a.employeeId(), a));
            rows = page(calibration.getId(), query).stream().map(r -> r.onAppeal(byEmployee.get(r.employeeId()))).toList();
            matching = query.unitId() == null && query.search() == null
                    ? (query.predikat() == null ? n : distribution.counts().get(query.predikat()))
                    : matching(calibration.getId(), query);
        }
        return new Board(calibration.getCycleId(), cycle.name(), cycle.year(), calibration.getStatus(), calibration.getOrganisationRating(),
                calibration.getRatingBasis(), calibration.getProposalNotes(), n, distribution.counts(), distribution.proposedCounts(),
                distribution.moved(), bounds, violations, trail(calibration.getId()), query, matching, rows, appeals);
    }

    /** Each bound of {@code pattern} against a group of {@code n} with these counts: its limit (-1 where it does not apply) and whether it is met. */
    static List<BoundView> boundViews(List<DistributionBound> pattern, Map<Predikat, Integer> counts, int n) {
        Map<DistributionBound, Integer> limits = DistributionCheck.effectiveLimits(pattern, n);
        List<BoundView> bounds = new ArrayList<>();
        for (DistributionBound bound : pattern) {
            int actual = bound.predikats().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
            Integer limit = limits.get(bound);
            boolean applies = limit != null;
            boolean met = !applies || (bound.isMaximum() ? actual <= limit : actual >= limit);
            bounds.add(new BoundView(bound.sentence(), bound.predikats(), bound.isMaximum(), applies ? limit : -1, actual, met));
        }
        return bounds;
    }

    /**
     * The final predikat of a cycle's calibration per unit (the unit of each row, frozen at the proposal), each unit held
     * to the bounds the calibration was given, as if it were a group of its own (the calibration group itself is the
     * whole cycle: {@code organisation}). One aggregate query; empty before the cycle has a calibration with rows.
     */
    @Transactional // a calibration proposed before V14 gets its bounds stored at the first reading, as on the board
    public Optional<UnitDistributions> distributionByUnit(long cycleId) {
        Optional<Calibration> found = calibrations.findByCycleId(cycleId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Calibration calibration = found.get();
        Map<Long, UnitDistribution> units = new java.util.LinkedHashMap<>();
        Map<Predikat, Integer> all = zeroes();
        int[] total = new int[1];
        jdbc.query("select unit_id, unit_name, final_predikat, count(*) from calibration_entry where calibration_id = ? "
                + "group by unit_id, unit_name, final_predikat order by unit_name, unit_id", rs -> {
                    long unitId = rs.getLong(1);
                    String unitName = rs.getString(2);
                    Predikat predikat = Predikat.valueOf(rs.getString(3));
                    int count = rs.getInt(4);
                    units.computeIfAbsent(unitId, id -> new UnitDistribution(id, unitName, 0, zeroes(), List.of()))
                            .counts().merge(predikat, count, Integer::sum);
                    all.merge(predikat, count, Integer::sum);
                    total[0] += count;
                }, calibration.getId());
        List<DistributionBound> pattern = fixedBounds.of(calibration);
        List<UnitDistribution> rows = units.values().stream().map(u -> {
            int n = u.counts().values().stream().mapToInt(Integer::intValue).sum();
            return new UnitDistribution(u.unitId(), u.unitName(), n, u.counts(), pattern.isEmpty() ? List.of() : boundViews(pattern, u.counts(), n));
        }).toList();
        return Optional.of(new UnitDistributions(calibration.getStatus().name(), total[0], all,
                pattern.isEmpty() ? List.of() : boundViews(pattern, all, total[0]), rows));
    }

    /**
     * Each cycle's calibrated employees per final predikat and their average work-result and behaviour scores, for the
     * trend across cycles: one aggregate query over the calibrations of the given cycles. A cycle without calibration
     * rows is absent.
     */
    public List<CycleDistribution> byCycle(java.util.Collection<Long> cycleIds) {
        if (cycleIds.isEmpty()) {
            return List.of();
        }
        String marks = cycleIds.stream().map(id -> "?").collect(Collectors.joining(", "));
        Map<Long, CycleSums> sums = new java.util.LinkedHashMap<>();
        jdbc.query("select c.cycle_id, e.final_predikat, count(*), sum(e.work_result_score), sum(e.behaviour_score) from calibration c "
                + "join calibration_entry e on e.calibration_id = c.id where c.cycle_id in (" + marks + ") "
                + "group by c.cycle_id, e.final_predikat order by c.cycle_id", rs -> {
                    CycleSums cycle = sums.computeIfAbsent(rs.getLong(1), id -> new CycleSums());
                    int count = rs.getInt(3);
                    cycle.counts.merge(Predikat.valueOf(rs.getString(2)), count, Integer::sum);
                    cycle.employees += count;
                    cycle.workResult = cycle.workResult.add(rs.getBigDecimal(4));
                    cycle.behaviour = cycle.behaviour.add(rs.getBigDecimal(5));
                }, cycleIds.toArray());
        List<CycleDistribution> result = new ArrayList<>();
        sums.forEach((cycleId, cycle) -> {
            BigDecimal n = BigDecimal.valueOf(cycle.employees);
            result.add(new CycleDistribution(cycleId, cycle.employees, cycle.counts, cycle.workResult.divide(n, 2, java.math.RoundingMode.HALF_UP),
                    cycle.behaviour.divide(n, 2, java.math.RoundingMode.HALF_UP)));
        });
        return result;
    }

    /** The sums of one cycle while {@link #byCycle} reads them. */
    private static final class CycleSums {
        final Map<Predikat, Integer> counts = zeroes();
        int employees;
        BigDecimal workResult = BigDecimal.ZERO;
        BigDecimal behaviour = BigDecimal.ZERO;
    }

    /** The predikat changed on appeal, by NIP, with the employees' names from the calibration's rows: one query. */
    List<AppealChange> appealChanges(long calibrationId) {
        return jdbc.query("select a.employee_id, e.nip, e.name, a.from_predikat, a.to_predikat, a.reason, a.decided_by, a.decided_at"
                        + " from calibration_appeal_change a left join calibration_entry e on e.calibration_id = a.calibration_id"
                        + " and e.employee_id = a.employee_id where a.calibration_id = ? order by e.nip, a.employee_id",
                (rs, i) -> new AppealChange(rs.getLong(1), Objects.toString(rs.getString(2), ""), Objects.toString(rs.getString(3), ""),
                        Predikat.valueOf(rs.getString(4)), Predikat.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()),
                calibrationId);
    }

    /**
     * Writes the addendum "Perubahan setelah keberatan" of a published calibration: the predikat its decision lists that
     * appeals changed afterwards.
     *
     * @return the number of changes written
     * @throws Rejection when the calibration has no decision yet, or no predikat was changed on appeal
     */
    public int writeAppealAddendum(long cycleId, OutputStream out) {
        Calibration calibration = calibration(cycleId);
        CalibrationDecision decision = decisions.findById(calibration.getId())
                .orElseThrow(() -> Rejection.notFound("Dokumen penetapan belum ada: hasil belum ditetapkan."));
        List<AppealChange> appeals = appealChanges(calibration.getId());
        if (appeals.isEmpty()) {
            throw Rejection.notFound("Tidak ada predikat yang diubah setelah keberatan.");
        }
        return AppealAddendumPdf.write(decision.getOrganisationName(), cycles.settings(cycleId).year(), decision.getDecidedOn(), appeals,
                out);
    }

    /** The bounds of the curve the calibration's final predikat break now, from the aggregate only. */
    List<BoundViolation> violations(Calibration calibration) {
        Distribution distribution = distribution(calibration.getId());
        List<DistributionBound> pattern = fixedBounds.of(calibration);
        return pattern.isEmpty() || distribution.total() == 0 ? List.of()
                : DistributionCheck.check(pattern, distribution.counts(), distribution.total());
    }

    /** The one aggregate query of the board: employees per final and proposed predikat, and how many the proposal moved. */
    Distribution distribution(long calibrationId) {
        Map<Predikat, Integer> counts = zeroes();
        Map<Predikat, Integer> proposed = zeroes();
        int[] totals = new int[2];
        jdbc.query("select final_predikat, proposed_predikat, count(*), "
                + "sum(case when proposed_predikat <> matrix_predikat then 1 else 0 end) "
                + "from calibration_entry where calibration_id = ? group by final_predikat, proposed_predikat", rs -> {
                    int employees = rs.getInt(3);
                    counts.merge(Predikat.valueOf(rs.getString(1)), employees, Integer::sum);
                    proposed.merge(Predikat.valueOf(rs.getString(2)), employees, Integer::sum);
                    totals[0] += employees;
                    totals[1] += rs.getInt(4);
                }, calibrationId);
        return new Distribution(totals[0], counts, proposed, totals[1]);
    }

    private static Map<Predikat, Integer> zeroes() {
        Map<Predikat, Integer> map = new EnumMap<>(Predikat.class);
        for (Predikat p : Predikat.values()) {
            map.put(p, 0);
        }
        return map;
    }

    private static final String ROW_COLUMNS = "employee_id, nip, name, position_name, unit_id, unit_name, ranking, work_result_score, "
            + "behaviour_score, matrix_predikat, proposed_predikat, proposal_reason, final_predikat, work_rating_overridden, override_reason";

    private List<Row> page(long calibrationId, BoardQuery query) {
        List<Object> args = new ArrayList<>();
        String where = filter(calibrationId, query, args);
        args.add(query.size());
        args.add((long) query.page() * query.size());
        return jdbc.query("select " + ROW_COLUMNS + " from calibration_entry where " + where + " order by ranking limit ? offset ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6),
                        rs.getInt(7), rs.getBigDecimal(8), rs.getBigDecimal(9), Predikat.valueOf(rs.getString(10)),
                        Predikat.valueOf(rs.getString(11)), rs.getString(12), Predikat.valueOf(rs.getString(13)), rs.getBoolean(14),
                        rs.getString(15), null, null),
                args.toArray());
    }

    private int matching(long calibrationId, BoardQuery query) {
        List<Object> args = new ArrayList<>();
        String where = filter(calibrationId, query, args);
        Integer count = jdbc.queryForObject("select count(*) from calibration_entry where " + where, Integer.class, args.toArray());
        return count == null ? 0 : count;
    }

    private static String filter(long calibrationId, BoardQuery query, List<Object> args) {
        StringBuilder where = new StringBuilder("calibration_id = ?");
        args.add(calibrationId);
        if (query.unitId() != null) {
            where.append(" and unit_id = ?");
            args.add(query.unitId());
        }
        if (query.predikat() != null) {
            where.append(" and final_predikat = ?");
            args.add(query.predikat().name());
        }
        if (query.search() != null) {
            String pattern = "%" + query.search().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" and (nip like ? escape '\\' or lower(name) like ? escape '\\')");
            args.add(pattern);
            args.add(pattern);
        }
        return where.toString();
    }

    /** The audit trail, oldest first, with each employee's NIP and name and the changers' names: two queries. */
    private List<Change> trail(long calibrationId) {
        List<Change> changes = jdbc.query("select c.id, c.employee_id, e.nip, e.name, c.changed_by, c.changed_at, c.from_predikat, c.to_predikat, c.reason "
                        + "from calibration_change c left join calibration_entry e "
                        + "on e.calibration_id = c.calibration_id and e.employee_id = c.employee_id "
                        + "where c.calibration_id = ? order by c.changed_at, c.id",
                (rs, i) -> new Change(rs.getLong(1), rs.getLong(2), Objects.toString(rs.getString(3), ""),
                        Objects.toString(rs.getString(4), ""), rs.getString(5), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(), Predikat.valueOf(rs.getString(7)),
                        Predikat.valueOf(rs.getString(8)), rs.getString(9)),
                calibrationId);
        if (changes.isEmpty()) {
            return changes;
        }
        Map<String, String> names = organization.namesByNip(changes.stream().map(Change::changedBy).toList());
        return changes.stream().map(c -> new Change(c.id(), c.employeeId(), c.nip(), c.name(), c.changedBy(),
                names.getOrDefault(c.changedBy(), c.changedBy()), c.changedAt(), c.from(), c.to(), c.reason())).toList();
    }

    /**
     * The decision document's frozen content at publication: the organisation, its rating and basis, the committee and
     * today's date (WIB). The rows are the calibration's entries, streamed when the document is written.
     */
    CalibrationDecision decisionAtPublication(Calibration calibration, String fileName) {
        CycleSettings cycle = cycles.settings(calibration.getCycleId());
        String organisationName = organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name());
        List<CalibrationDecision.Member> committee = new ArrayList<>();
        for (String nip : organization.activeNipsWithRole(EmployeeRole.TIM_PENILAI)) {
            organization.employeeByNip(nip).ifPresent(e -> committee.add(new CalibrationDecision.Member(e.nip(), e.name())));
        }
        return new CalibrationDecision(calibration.getId(), fileName, organisationName, LocalDate.now(WIB), committee);
    }

    /** The file name of the decision document of a published calibration. */
    public Optional<String> decisionFileName(long cycleId) {
        return calibrations.findByCycleId(cycleId).flatMap(c -> decisions.findById(c.getId())).map(CalibrationDecision::getFileName);
    }

    /**
     * Writes the decision document of a published calibration to {@code out}, the employees by NIP streamed from the
     * database into the PDF (a cursor of {@value #FETCH_SIZE} rows at a time), never the whole document in memory.
     *
     * @return the number of employees written (-1 for a PDF stored before V17, copied as it is)
     * @throws Rejection when the calibration has no decision yet
     */
    public int writeDecision(long cycleId, OutputStream out) {
        Calibration calibration = calibration(cycleId);
        CalibrationDecision decision = decisions.findById(calibration.getId())
                .orElseThrow(() -> Rejection.notFound("Dokumen penetapan belum ada: hasil belum ditetapkan."));
        if (decision.getStoredPdf() != null) {
            try {
                out.write(decision.getStoredPdf());
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("PDF penetapan predikat tidak dapat dikirim", e);
            }
            return -1;
        }
        CycleSettings cycle = cycles.settings(cycleId);
        DecisionDocument document = new DecisionDocument(decision.getOrganisationName(), cycle.year(),
                calibration.getOrganisationRating(), calibration.getRatingBasis(),
                decision.getCommittee().stream().map(m -> new DecisionDocument.Member(m.nip(), m.name())).toList(),
                decision.getDecidedOn());
        return DecisionDocumentPdf.write(document, each -> streaming.query(
                "select nip, name, position_name, final_predikat from calibration_entry where calibration_id = ? order by nip",
                (RowCallbackHandler) rs -> each.accept(new DecisionDocument.Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        Predikat.valueOf(rs.getString(4)))), calibration.getId()), out);
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

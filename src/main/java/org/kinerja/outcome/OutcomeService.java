package org.kinerja.outcome;

import static org.kinerja.outcome.AppraisalOutcomeProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.kinerja.shared.Rejection;
import org.kinerja.task.FormTable;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.calibration.CalibrationService;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Predikat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consequence of each employee's published predikat (DOMAIN.md "Outcomes"): DMN {@code appraisal-outcome} picks
 * reward, acknowledgement or coaching and the angka kredit (Perban BKN 3/2023); the sanction review follows
 * SANGAT_KURANG, or KURANG or worse in two consecutive cycles (PP 30/2019 Pasal 56, product default); the employee sees
 * the result and may appeal (keberatan) within the window to the Atasan Pejabat Penilai, whose change re-runs the
 * outcome. Every step is idempotent: a retried job grants no second reward and sends no second notification.
 */
@Service
@Transactional
public class OutcomeService {

    private static final Logger log = LoggerFactory.getLogger(OutcomeService.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final Set<Predikat> POOR = EnumSet.of(Predikat.KURANG, Predikat.SANGAT_KURANG);
    static final int MIN_REASON = 20;
    static final int MAX_TEXT = 2000;

    private final AppraisalOutcomeRepository outcomes;
    private final CoachingPlanRepository plans;
    private final OutcomeCertificateRepository certificates;
    private final DmnOutcomeRules rules;
    private final TrainingCatalog trainings;
    private final CalibrationService calibration;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;
    private final NotificationService notifications;
    private final OutcomeSettings settings;

    OutcomeService(AppraisalOutcomeRepository outcomes, CoachingPlanRepository plans, OutcomeCertificateRepository certificates,
            DmnOutcomeRules rules, TrainingCatalog trainings, CalibrationService calibration, AppraisalResults results,
            OrganizationDirectory organization, CycleDirectory cycles, NotificationService notifications, OutcomeSettings settings) {
        this.outcomes = outcomes;
        this.plans = plans;
        this.certificates = certificates;
        this.rules = rules;
        this.trainings = trainings;
        this.calibration = calibration;
        this.results = results;
        this.organization = organization;
        this.cycles = cycles;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** The process variables of an outcome: ids, the people, and the gateway flags. */
    public record Flags(long outcomeId, String employeeNip, String supervisorNip, String appealDeciderNip, Outcome outcome,
            boolean sanctionReview) {
    }

    /** {@code Task_DetermineOutcome}: the outcome row from the published predikat; notifies the employee once. */
    public Flags determine(long cycleId, long employeeId) {
        AppraisalOutcome outcome = outcomes.findByCycleIdAndEmployeeId(cycleId, employeeId).orElseGet(() -> {
            CalibrationService.PublishedPredikat published = calibration.published(cycleId, employeeId);
            CycleSettings cycle = cycles.settings(cycleId);
            EmployeeRef employee = employee(employeeId);
            AppraisalOutcome created = new AppraisalOutcome(cycleId, cycle.year(), employeeId, published.appraisalId(), employee.nip(),
                    published.predikat(), published.note());
            decide(created);
            return outcomes.save(created);
        });
        notifications.notify(outcome.getNip(), NotificationKind.RESULTS_PUBLISHED, "RESULTS_PUBLISHED:" + outcome.getId() + ":"
                + outcome.getNip(), "Hasil penilaian kinerja " + outcome.getYear() + " telah ditetapkan",
                "Predikat kinerja Anda: " + outcome.getPredikat().label() + ". Lihat rinciannya di Tasklist (tugas \"Lihat hasil "
                        + "penilaian\"). Anda dapat mengajukan keberatan dalam " + settings.appealWindowDays() + " hari.",
                settings.publicBaseUrl() + "/camunda/app/tasklist/default/");
        return flags(outcome);
    }

    private void decide(AppraisalOutcome outcome) {
        OutcomeDecision decision = rules.decide(outcome.getPredikat());
        boolean sanction = decision.sanctionReview();
        String trigger = sanction ? "Predikat " + outcome.getPredikat().label() : null;
        if (!sanction && POOR.contains(outcome.getPredikat())) {
            Optional<AppraisalOutcome> previous = outcomes.findFirstByEmployeeIdAndYearOrderByIdDesc(outcome.getEmployeeId(),
                    outcome.getYear() - 1);
            if (previous.isPresent() && POOR.contains(previous.get().getPredikat())) {
                sanction = true;
                trigger = "Predikat " + previous.get().getPredikat().label() + " (" + previous.get().getYear() + ") dan "
                        + outcome.getPredikat().label() + " (" + outcome.getYear() + "): dua siklus berturut-turut";
            }
        }
        outcome.decide(decision, sanction, trigger);
    }

    private Flags flags(AppraisalOutcome outcome) {
        EmployeeRef employee = employee(outcome.getEmployeeId());
        // The pejabat penilai of this appraisal (or the Plt/Plh HR appointed), from Kinerja's tables.
        Optional<EmployeeRef> supervisor = results.supervisorInCharge(outcome.getAppraisalId())
                .flatMap(organization::employee);
        Optional<EmployeeRef> decider = supervisor.map(EmployeeRef::supervisorId).flatMap(id -> id == null ? Optional.empty()
                : organization.employee(id)).filter(EmployeeRef::active);
        return new Flags(outcome.getId(), employee.nip(), supervisor.filter(EmployeeRef::active).map(EmployeeRef::nip).orElse(null),
                decider.map(EmployeeRef::nip).orElse(null), outcome.getOutcome(), outcome.isSanctionReview());
    }

    /** The name of the employee whose outcome it is (shown in the tasks' names). */
    @Transactional(readOnly = true)
    public String employeeName(long outcomeId) {
        return employee(outcome(outcomeId).getEmployeeId()).name();
    }

    /** Which person a task of this outcome is for, from Kinerja's tables; HR where the rules say so. */
    public enum Holder {
        EMPLOYEE, SUPERVISOR, APPEAL_DECIDER, HR
    }

    /** Refuses anyone but the holder the rules name for this outcome's task. */
    @Transactional(readOnly = true)
    public void requireHolder(long outcomeId, Holder holder, String actor) {
        AppraisalOutcome outcome = outcome(outcomeId);
        Flags flags = flags(outcome);
        String expected = switch (holder) {
            case EMPLOYEE -> flags.employeeNip();
            case SUPERVISOR -> flags.supervisorNip();
            case APPEAL_DECIDER -> flags.appealDeciderNip();
            case HR -> null;
        };
        boolean allowed = expected != null ? expected.equals(actor)
                : actor != null && organization.activeNipsWithRole(org.kinerja.organization.EmployeeRole.ADMIN_BKPSDM).contains(actor);
        if (!allowed) {
            throw Rejection.forbidden(switch (holder) {
                case EMPLOYEE -> "Hanya pegawai yang bersangkutan yang dapat mengerjakan tugas ini.";
                case SUPERVISOR -> "Hanya atasan yang bertanggung jawab atas penilaian ini (atau Plt/Plh, atau admin BKPSDM bila tidak ada) yang dapat mengerjakan tugas ini.";
                case APPEAL_DECIDER -> "Keberatan diputus oleh atasan pejabat penilai (atau admin BKPSDM bila tidak ada).";
                case HR -> "Tugas ini untuk admin BKPSDM.";
            });
        }
    }

    // ---- Task_ViewResult ----

    /** The read-only content of the result form. */
    @Transactional(readOnly = true)
    public Map<String, Object> resultContext(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        ResultSheet sheet = results.sheet(outcome.getCycleId(), outcome.getEmployeeId()).orElseThrow();
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("predikatNote", outcome.getCalibrationNote() == null ? "Tidak ada perubahan dalam kalibrasi." : outcome.getCalibrationNote());
        form.put("workResultScore", decimal(sheet.workResultScore()));
        form.put("workRating", sheet.workRating() + (sheet.workRatingOverrideReason() == null ? ""
                : " (ditetapkan atasan: " + sheet.workRatingOverrideReason() + ")"));
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (ResultSheet.Indicator i : sheet.indicators()) {
            indicators.add(Map.of("indikator", i.name(), "target", decimal(i.target()) + " " + i.unit(),
                    "realisasi", i.realisation() == null ? "–" : decimal(i.realisation()) + " " + i.unit(),
                    "capaian", i.achievementPercent() == null ? "–" : decimal(i.achievementPercent()) + "%", "bobot", decimal(i.weight())));
        }
        form.put("indicatorRows", jsonValue(indicators));
        List<Map<String, Object>> values = new ArrayList<>();
        sheet.values().forEach(v -> values.add(Map.of("nilai", v.value(), "skor", decimal(v.finalScore()))));
        form.put("valueRows", jsonValue(values));
        form.put("behaviourScore", decimal(sheet.behaviourScore()));
        form.put("behaviourRating", sheet.behaviourRating());
        form.put("supervisorComment", sheet.supervisorComment() == null ? "–" : sheet.supervisorComment());
        form.put("peerText", (sheet.peerAverage() == null ? "Tidak ditampilkan: kurang dari 3 rekan kerja menilai."
                : decimal(sheet.peerAverage()) + " (rata-rata " + sheet.peerCount() + " rekan kerja, tanpa nama)")
                + (sheet.peerNote() == null ? "" : " " + sheet.peerNote()));
        form.put("citizenText", sheet.citizenIkm() == null ? "Tidak ditampilkan: kurang dari 10 responden survei masyarakat."
                : decimal(sheet.citizenIkm()) + " dari " + sheet.citizenResponses() + " responden");
        form.put("outcomeText", outcome.getOutcome().label() + ", angka kredit " + outcome.getCreditPercent() + "%");
        form.put("appealDeadline", LocalDate.ofInstant(outcome.getPublishedAt(), ZONE).plusDays(settings.appealWindowDays()).toString());
        form.put(FIELD_RESULT_DECISION, null);
        form.put(FIELD_APPEAL_REASON, null);
        return form;
    }

    /** The employee acknowledges or appeals (with a reason, within the window); returns whether an appeal was made. */
    public boolean submitResult(long outcomeId, OutcomeChoices.ResultAnswer answer, String reason) {
        AppraisalOutcome outcome = outcome(outcomeId);
        if (answer == OutcomeChoices.ResultAnswer.ACKNOWLEDGE) {
            outcome.acknowledge(false);
            return false;
        }
        if (LocalDate.now(ZONE).isAfter(LocalDate.ofInstant(outcome.getPublishedAt(), ZONE).plusDays(settings.appealWindowDays()))) {
            throw new Rejection(Rejection.Kind.GONE, "Masa pengajuan keberatan (" + settings.appealWindowDays() + " hari) sudah lewat.");
        }
        outcome.appeal(reason);
        return true;
    }

    /** The appeal window closed without an answer: the result stands as acknowledged. */
    public void closeAppealWindow(long outcomeId) {
        outcome(outcomeId).acknowledge(true);
    }

    // ---- Task_DecideAppeal ----

    @Transactional(readOnly = true)
    public Map<String, Object> appealContext(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        EmployeeRef employee = employee(outcome.getEmployeeId());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("employeeText", employee.name() + " (NIP " + employee.nip() + "), " + employee.positionName());
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("predikatNote", outcome.getCalibrationNote() == null ? "–" : outcome.getCalibrationNote());
        form.put(FIELD_APPEAL_REASON, outcome.getAppealReason());
        form.put(FIELD_APPEAL_DECISION, null);
        form.put(FIELD_NEW_PREDIKAT, null);
        form.put(FIELD_DECISION_REASON, null);
        return form;
    }

    /** The Atasan Pejabat Penilai upholds the predikat or changes it, with a reason; never the employee themself. */
    public void decideAppeal(long outcomeId, OutcomeChoices.AppealVerdict verdict, Predikat newPredikat, String reason, String actor) {
        AppraisalOutcome outcome = outcome(outcomeId);
        if (outcome.getNip().equals(actor)) {
            throw Rejection.forbidden("Pegawai tidak boleh memutus keberatannya sendiri.");
        }
        boolean change = verdict == OutcomeChoices.AppealVerdict.CHANGE;
        if (change && newPredikat == outcome.getPredikat()) {
            throw Rejection.invalid("Predikat baru sama dengan predikat sekarang; pilih \"tetap\" bila tidak diubah.");
        }
        outcome.decideAppeal(change, newPredikat, reason, actor);
        log.info("Keberatan {} diputus oleh {}: {}", outcome.getNip(), actor, verdict);
    }

    /** {@code Task_RecordAppealDecision}: re-runs the outcome after a change and notifies the employee once. */
    public Flags recordAppealDecision(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        boolean changed = OutcomeChoices.AppealVerdict.CHANGE.name().equals(outcome.getAppealDecision());
        if (changed) {
            decide(outcome);
        }
        String text = changed
                ? "Keberatan Anda dikabulkan: predikat diubah menjadi " + outcome.getPredikat().label() + "."
                : "Keberatan Anda tidak dikabulkan: predikat tetap " + outcome.getPredikat().label() + ".";
        notifications.notify(outcome.getNip(), NotificationKind.APPEAL_DECIDED, "APPEAL_DECIDED:" + outcome.getId() + ":" + outcome.getNip(),
                "Keputusan atas keberatan hasil penilaian " + outcome.getYear(), text + " Alasan: " + outcome.getAppealDecisionReason());
        return flags(outcome);
    }

    // ---- REWARD ----

    /** {@code Task_GrantReward}: the certificate and the incentive, once. */
    public void grantReward(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        if (certificates.existsById(outcomeId)) {
            return;
        }
        EmployeeRef employee = employee(outcome.getEmployeeId());
        CycleSettings cycle = cycles.settings(outcome.getCycleId());
        String organisationName = organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name());
        String unitName = organization.unit(employee.unitId()).map(UnitRef::name).orElse("");
        Optional<EmployeeRef> head = calibration.organisationHeads(outcome.getCycleId()).stream().findFirst()
                .flatMap(organization::employeeByNip);
        String number = "PP/" + outcome.getYear() + "/" + outcome.getCycleId() + "/" + outcome.getId();
        byte[] pdf = CertificatePdf.render(new Certificate(number, employee.name(), employee.nip(), employee.positionName(),
                unitName, organisationName, outcome.getYear(), outcome.getPredikat(), LocalDate.now(ZONE),
                head.map(EmployeeRef::name).orElse("Pimpinan " + organisationName), head.map(EmployeeRef::nip).orElse(""),
                head.map(EmployeeRef::positionName).orElse("Pimpinan")));
        certificates.save(new OutcomeCertificate(outcomeId, "piagam-penghargaan-" + employee.nip() + "-" + outcome.getYear() + ".pdf", pdf));
        outcome.grantReward(number);
        notifications.notify(outcome.getNip(), NotificationKind.CERTIFICATE_READY, "CERTIFICATE_READY:" + outcome.getId() + ":"
                + outcome.getNip(), "Piagam Penghargaan kinerja " + outcome.getYear(),
                "Selamat! Atas predikat " + outcome.getPredikat().label() + " Anda menerima Piagam Penghargaan nomor " + number
                        + " dan insentif kinerja. Piagam dapat diunduh melalui tautan di bawah (masuk dengan NIP dan kata sandi Anda).",
                settings.publicBaseUrl() + "/api/outcomes/" + outcome.getCycleId() + "/pegawai/" + outcome.getNip() + "/piagam.pdf");
        log.info("Penghargaan {} untuk {}", number, outcome.getNip());
    }

    // ---- COACHING ----

    @Transactional(readOnly = true)
    public Map<String, Object> coachingDraftContext(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        EmployeeRef employee = employee(outcome.getEmployeeId());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("employeeText", employee.name() + " (NIP " + employee.nip() + "), " + employee.positionName());
        form.put("predikatLabel", outcome.getPredikat().label());
        List<Map<String, String>> options = trainings.active().stream()
                .map(t -> Map.of("label", t.name() + " — " + t.values().stream().map(BerakhlakValue::label).collect(Collectors.joining(", ")),
                        "value", t.code())).toList();
        form.put("trainingOptions", jsonValue(options));
        form.put(FIELD_FOCUS_VALUES, null);
        form.put(FIELD_TRAININGS, null);
        form.put(FIELD_DIALOG_DATE_1, null);
        form.put(FIELD_DIALOG_DATE_2, null);
        form.put(FIELD_PLAN_NOTE, null);
        return form;
    }

    /** The supervisor's plan: focus values, trainings from the catalog, dialog kinerja dates (not in the past). */
    public void draftCoachingPlan(long outcomeId, List<BerakhlakValue> focus, List<String> trainingCodes, List<LocalDate> dates,
            String planNote, String actor) {
        AppraisalOutcome outcome = outcome(outcomeId);
        List<String> problems = new ArrayList<>();
        if (trainingCodes.stream().anyMatch(c -> trainings.byCode(c).isEmpty())) {
            problems.add("Pilih minimal satu pelatihan dari katalog.");
        }
        if (dates.stream().anyMatch(d -> d.isBefore(LocalDate.now(ZONE)))) {
            problems.add("Tanggal dialog kinerja tidak boleh di masa lalu.");
        }
        if (!problems.isEmpty()) {
            throw new Rejection(Rejection.Kind.INVALID, "Rencana pembinaan belum dapat dikirim: " + String.join(" ", problems), problems);
        }
        List<String> values = focus.stream().map(Enum::name).toList();
        CoachingPlan plan = plans.findByOutcomeId(outcomeId).orElseGet(() -> new CoachingPlan(outcomeId));
        plan.draft(String.join(",", values), String.join(",", trainingCodes),
                dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(",")), planNote, actor);
        plans.save(plan);
        notifications.notify(outcome.getNip(), NotificationKind.COACHING_PLAN, "COACHING_PLAN:" + outcome.getId() + ":" + outcome.getNip(),
                "Rencana pembinaan kinerja " + outcome.getYear(), "Atasan Anda menyusun rencana pembinaan: fokus "
                        + focus.stream().map(BerakhlakValue::label).collect(Collectors.joining(", "))
                        + "; pelatihan " + trainingCodes.stream().map(c -> trainings.byCode(c).orElseThrow().name()).collect(Collectors.joining(", "))
                        + "; dialog kinerja " + dates.stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", "))
                        + ". Mohon tinjau dan konfirmasi di Tasklist.");
    }

    @Transactional(readOnly = true)
    public Map<String, Object> coachingPlanContext(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        CoachingPlan plan = plans.findByOutcomeId(outcomeId).orElseThrow(() -> new IllegalStateException("Rencana pembinaan belum ada"));
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("focusText", List.of(plan.getFocusValues().split(",")).stream().map(v -> BerakhlakValue.valueOf(v).label())
                .collect(Collectors.joining(", ")));
        form.put("trainingText", List.of(plan.getTrainingCodes().split(",")).stream()
                .map(c -> trainings.byCode(c).map(TrainingView::name).orElse(c)).collect(Collectors.joining(", ")));
        form.put("dialogText", plan.getDialogDates().replace(",", ", "));
        form.put("planNoteText", plan.getPlanNote() == null ? "–" : plan.getPlanNote());
        form.put("employeeNoteText", plan.getEmployeeNote() == null ? "–" : plan.getEmployeeNote());
        return form;
    }

    public void acknowledgeCoachingPlan(long outcomeId, String note) {
        plans.findByOutcomeId(outcomeId).orElseThrow().acknowledge(note);
    }

    public void reviewCoachingProgress(long outcomeId, OutcomeChoices.CoachingProgress result, String note, String actor) {
        plans.findByOutcomeId(outcomeId).orElseThrow().review(result.name(), note, actor);
    }

    // ---- sanction review ----

    @Transactional(readOnly = true)
    public Map<String, Object> sanctionContext(long outcomeId) {
        AppraisalOutcome outcome = outcome(outcomeId);
        EmployeeRef employee = employee(outcome.getEmployeeId());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("employeeText", employee.name() + " (NIP " + employee.nip() + "), " + employee.positionName());
        form.put("predikatLabel", outcome.getPredikat().label());
        form.put("sanctionTrigger", outcome.getSanctionTrigger());
        form.put(FIELD_SANCTION_DECISION, null);
        form.put(FIELD_SANCTION_NOTE, null);
        return form;
    }

    public void decideSanction(long outcomeId, OutcomeChoices.SanctionDecision decision, String note, String actor) {
        outcome(outcomeId).decideSanction(decision.name(), note, actor);
    }

    // ---- documents ----

    /** A document for download. */
    public record Document(String fileName, byte[] content) {
    }

    /** The certificate of an employee in a cycle, if one was issued. */
    @Transactional(readOnly = true)
    public Optional<Document> certificate(long cycleId, String nip) {
        return organization.employeeByNip(nip).flatMap(e -> outcomes.findByCycleIdAndEmployeeId(cycleId, e.id()))
                .flatMap(o -> certificates.findById(o.getId())).map(c -> new Document(c.getFileName(), c.getPdf()));
    }

    /** The employee's own result as a PDF, as it stands now. */
    @Transactional(readOnly = true)
    public Optional<Document> resultDocument(long cycleId, String nip) {
        Optional<EmployeeRef> found = organization.employeeByNip(nip);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EmployeeRef employee = found.get();
        Optional<AppraisalOutcome> maybe = outcomes.findByCycleIdAndEmployeeId(cycleId, employee.id());
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        AppraisalOutcome outcome = maybe.get();
        ResultSheet sheet = results.sheet(cycleId, employee.id()).orElseThrow();
        CycleSettings cycle = cycles.settings(cycleId);
        String supervisorName = Optional.ofNullable(employee.supervisorId()).flatMap(organization::employee).map(EmployeeRef::name).orElse("–");
        List<ResultDocument.IndicatorLine> lines = sheet.indicators().stream().map(i -> new ResultDocument.IndicatorLine(i.name(), i.unit(),
                i.target(), i.realisation(), i.achievementPercent(), i.weight())).toList();
        List<ResultDocument.ValueLine> values = sheet.values().stream().map(v -> new ResultDocument.ValueLine(v.value(), v.finalScore())).toList();
        String note = outcome.getAppealDecision() != null ? "Keberatan: " + ("CHANGE".equals(outcome.getAppealDecision())
                ? "dikabulkan, " : "tidak dikabulkan, ") + outcome.getAppealDecisionReason() : outcome.getCalibrationNote();
        byte[] pdf = ResultPdf.render(new ResultDocument(organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name()),
                cycle.year(), employee.name(), employee.nip(), employee.positionName(),
                organization.unit(employee.unitId()).map(UnitRef::name).orElse(""), supervisorName, outcome.getPredikat(), note,
                sheet.workResultScore(), sheet.workRating(), lines, sheet.behaviourScore(), sheet.behaviourRating(), values,
                sheet.supervisorComment(), sheet.peerAverage(), sheet.citizenIkm(), sheet.citizenResponses(), outcome.getOutcome().label(),
                outcome.getCreditPercent(), LocalDate.now(ZONE)));
        return Optional.of(new Document("hasil-penilaian-" + nip + "-" + cycle.year() + ".pdf", pdf));
    }

    /** A read-only view for tests and reports. */
    public record OutcomeView(long id, String nip, Predikat predikat, Outcome outcome, int creditPercent, boolean sanctionReview,
            String sanctionTrigger, boolean acknowledged, boolean autoAcknowledged, String appealDecision, String certificateNumber,
            String sanctionDecision, String coachingFocus, String coachingTrainings, String coachingProgress) {
    }

    @Transactional(readOnly = true)
    public Optional<OutcomeView> view(long cycleId, long employeeId) {
        return outcomes.findByCycleIdAndEmployeeId(cycleId, employeeId).map(o -> {
            Optional<CoachingPlan> plan = plans.findByOutcomeId(o.getId());
            return new OutcomeView(o.getId(), o.getNip(), o.getPredikat(), o.getOutcome(), o.getCreditPercent(), o.isSanctionReview(),
                    o.getSanctionTrigger(), o.getAcknowledgedAt() != null, o.isAutoAcknowledged(), o.getAppealDecision(),
                    o.getCertificateNumber(), o.getSanctionDecision(), plan.map(CoachingPlan::getFocusValues).orElse(null),
                    plan.map(CoachingPlan::getTrainingCodes).orElse(null), plan.map(CoachingPlan::getProgressResult).orElse(null));
        });
    }

    // ---- helpers ----

    private AppraisalOutcome outcome(long outcomeId) {
        return outcomes.findById(outcomeId).orElseThrow(() -> new IllegalStateException("Konsekuensi " + outcomeId + " tidak ada"));
    }

    private EmployeeRef employee(long employeeId) {
        return organization.employee(employeeId).orElseThrow(() -> new IllegalStateException("Pegawai " + employeeId + " tidak ada"));
    }

    private static FormTable jsonValue(List<? extends Map<String, ?>> rows) {
        return FormTable.of(rows);
    }

    static String decimal(BigDecimal value) {
        return value == null ? "–" : IndonesianFormat.twoDecimals(value);
    }


}

package org.kinerja.appraisal;

import static org.kinerja.appraisal.FormKeys.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.scoring.BerakhlakValue;
import org.kinerja.scoring.Rating;
import org.kinerja.shared.IndonesianFormat;
import org.kinerja.task.FormTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task form shows: whose appraisal it is, the targets, the earlier realisations and the supervisor's feedback.
 * Read whenever the task's form is opened and never stored in the engine (see {@code FormContextOnRead}); every input
 * field is in it too, empty or prefilled, as the form starts from it.
 */
@Component
@Transactional(readOnly = true)
class FormContext {

    private final AppraisalService appraisals;
    private final SkpIndicatorRepository indicators;
    private final ProgressReportRepository reports;
    private final RatingSubmissionRepository ratings;
    private final AppraisalRepository appraisalRepository;
    private final CycleDirectory cycles;
    private final ObjectMapper json;

    FormContext(AppraisalService appraisals, SkpIndicatorRepository indicators, ProgressReportRepository reports,
            RatingSubmissionRepository ratings, AppraisalRepository appraisalRepository, CycleDirectory cycles, ObjectMapper json) {
        this.appraisals = appraisals;
        this.indicators = indicators;
        this.reports = reports;
        this.ratings = ratings;
        this.appraisalRepository = appraisalRepository;
        this.cycles = cycles;
        this.json = json;
    }

    Map<String, Object> forTask(String taskKey, long appraisalId, Integer period) {
        Map<String, Object> vars = new LinkedHashMap<>();
        FormKeys.inputs(taskKey).forEach(key -> vars.put(key, null));
        Appraisal appraisal = appraisals.appraisal(appraisalId);
        CycleSettings cycle = cycles.settings(appraisal.getCycleId());
        EmployeeRef employee = appraisals.employee(appraisal.getEmployeeId());
        vars.put(HEADER, FormTable.object(row(EMPLOYEE_NAME, employee.name(), EMPLOYEE_POSITION, employee.positionName(),
                EMPLOYEE_UNIT, employee.unitName(), SUPERVISOR_NAME, appraisal.getSupervisorId() == null
                        ? "(tanpa atasan langsung: ditangani Admin BKPSDM)" : appraisals.employee(appraisal.getSupervisorId()).name(),
                CYCLE_NAME, IndonesianFormat.cycleName(cycle.name(), cycle.year()))));
        List<SkpIndicator> plan = indicators.findByAppraisalIdOrderBySeq(appraisalId);
        switch (taskKey) {
            case EmployeeAppraisalProcess.TASK_DRAFT_TARGETS -> draft(vars, appraisal, plan);
            case EmployeeAppraisalProcess.TASK_APPROVE_TARGETS -> vars.put(TARGETS_TABLE, table(targetRows(plan, false)));
            case EmployeeAppraisalProcess.TASK_REPORT_PROGRESS -> {
                vars.put(PERIOD_LABEL, cycle.periodLength().label(period, cycle.year()));
                progressContext(vars, appraisalId, plan, cycle, period);
            }
            case EmployeeAppraisalProcess.TASK_GIVE_FEEDBACK -> {
                vars.put(PERIOD_LABEL, cycle.periodLength().label(period, cycle.year()));
                ProgressReport report = reports.findByAppraisalIdAndPeriodNo(appraisalId, period).orElse(null);
                vars.put(REPORT_TABLE, table(reportRows(plan, report)));
                vars.put(EVIDENCE_NOTE, report == null ? null : report.getEvidenceNote());
                vars.put(EVIDENCE_LINK, report == null ? null : report.getEvidenceLink());
                vars.put(HISTORY_TABLE, table(historyRows(appraisalId, plan, cycle, period)));
            }
            case EmployeeAppraisalProcess.TASK_SELF_ASSESSMENT -> {
                int last = cycle.periodLength().periodsPerYear();
                vars.put(PERIOD_LABEL, cycle.periodLength().label(last, cycle.year()) + " — evaluasi tahunan");
                progressContext(vars, appraisalId, plan, cycle, last);
            }
            case EmployeeAppraisalProcess.TASK_RATE_PEER -> {
                // A peer sees whom they rate, nothing of the appraisal itself.
            }
            case EmployeeAppraisalProcess.TASK_REVIEW_BY_SUPERVISOR -> review(vars, appraisal, plan, cycle);
            default -> throw new IllegalArgumentException("Tugas tanpa formulir Kinerja: " + taskKey);
        }
        return vars;
    }

    private void draft(Map<String, Object> vars, Appraisal appraisal, List<SkpIndicator> plan) {
        vars.put(RETURN_COMMENT, appraisal.getReturnComment());
        List<Map<String, Object>> rows = new ArrayList<>();
        plan.forEach(i -> rows.add(IndicatorRow.draft(i)));
        if (rows.isEmpty()) {
            rows.add(IndicatorRow.emptyDraft());
        }
        vars.put(INDICATORS, table(rows));
        List<Map<String, Object>> options = new ArrayList<>();
        options.add(Map.of("label", "— Tidak dikaitkan dengan RHK atasan —", "value", IndicatorRow.NO_SUPERVISOR_RESULT));
        if (appraisal.getSupervisorId() != null) {
            appraisalRepository.findByCycleIdAndEmployeeId(appraisal.getCycleId(), appraisal.getSupervisorId()).ifPresent(sup -> {
                Set<String> titles = new LinkedHashSet<>(indicators.findResultTitlesByAppraisalId(sup.getId()));
                titles.forEach(t -> options.add(Map.of("label", t, "value", t)));
            });
        }
        plan.stream().map(SkpIndicator::getSupervisorResultTitle).filter(t -> t != null)
                .filter(t -> options.stream().noneMatch(o -> t.equals(o.get("value"))))
                .forEach(t -> options.add(Map.of("label", t, "value", t)));
        vars.put(SUPERVISOR_RESULT_OPTIONS, table(options));
    }

    /** The targets, the earlier periods, and one row per indicator prefilled with the latest earlier realisation. */
    private void progressContext(Map<String, Object> vars, long appraisalId, List<SkpIndicator> plan, CycleSettings cycle, int period) {
        vars.put(TARGETS_TABLE, table(targetRows(plan, false)));
        vars.put(HISTORY_TABLE, table(historyRows(appraisalId, plan, cycle, period)));
        ProgressReport previous = reports.findByAppraisalIdOrderByPeriodNo(appraisalId).stream()
                .filter(r -> r.getPeriodNo() < period).reduce((a, b) -> b).orElse(null);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SkpIndicator i : plan) {
            rows.add(IndicatorRow.report(i, previous == null ? null : previous.getRealisations().get(i.getId())));
        }
        vars.put(INDICATORS, table(rows));
    }

    private void review(Map<String, Object> vars, Appraisal appraisal, List<SkpIndicator> plan, CycleSettings cycle) {
        vars.put(TARGETS_TABLE, table(targetRows(plan, true)));
        vars.put(HISTORY_TABLE, table(historyRows(appraisal.getId(), plan, cycle, Integer.MAX_VALUE)));
        vars.put(WORK_RESULT_SCORE, appraisal.getWorkResultScore() == null ? null : appraisal.getWorkResultScore().toPlainString());
        Rating proposed = appraisal.getProposedWorkRating();
        vars.put(PROPOSED_WORK_RATING, proposed == null ? null : proposed.label());
        vars.put(REFLECTION, appraisal.getReflection());
        List<Map<String, Object>> selfRows = new ArrayList<>();
        ratings.findByAppraisalId(appraisal.getId()).stream().filter(s -> s.getRaterRole() == RaterRole.SELF).findFirst()
                .ifPresent(s -> {
                    for (BerakhlakValue v : BerakhlakValue.values()) {
                        selfRows.add(row("nilai", v.label(), "skor", s.getScores().get(v)));
                    }
                });
        vars.put(SELF_RATINGS_TABLE, table(selfRows));
        vars.put(WORK_RATING_DECISION, "CONFIRM");
    }

    private List<Map<String, Object>> targetRows(List<SkpIndicator> plan, boolean withResults) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SkpIndicator i : plan) {
            Map<String, Object> r = row("no", i.getSeq(), "rhk", i.getResultTitle(), "rhkAtasan",
                    i.getSupervisorResultTitle() == null ? "—" : i.getSupervisorResultTitle(), "iki", i.getName(), "satuan", i.getUnit(),
                    "target", plain(i.getTarget()), "arah", i.getDirection().label(), "bobot", plain(i.getWeight()), "aspek", i.getAspect().label());
            if (withResults) {
                r.put("realisasi", i.getFinalRealisation() == null ? "—" : plain(i.getFinalRealisation()));
                r.put("capaian", i.getAchievement() == null ? "—"
                        : IndonesianFormat.percentOfShare(i.getAchievement()));
            }
            rows.add(r);
        }
        return rows;
    }

    private List<Map<String, Object>> reportRows(List<SkpIndicator> plan, ProgressReport report) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SkpIndicator i : plan) {
            BigDecimal value = report == null ? null : report.getRealisations().get(i.getId());
            rows.add(row("no", i.getSeq(), "iki", i.getName(), "target", plain(i.getTarget()) + " " + i.getUnit(),
                    "realisasi", value == null ? "—" : plain(value) + " " + i.getUnit()));
        }
        return rows;
    }

    /** Earlier periods (before {@code period}): realisation, evidence and the supervisor's feedback. */
    private List<Map<String, Object>> historyRows(long appraisalId, List<SkpIndicator> plan, CycleSettings cycle, int period) {
        Map<Long, SkpIndicator> byId = new HashMap<>();
        plan.forEach(i -> byId.put(i.getId(), i));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProgressReport r : reports.findByAppraisalIdOrderByPeriodNo(appraisalId)) {
            if (r.getPeriodNo() >= period) {
                continue;
            }
            String evidence = String.join(" ", r.getEvidenceNote() == null ? "" : r.getEvidenceNote(),
                    r.getEvidenceLink() == null ? "" : r.getEvidenceLink()).trim();
            for (SkpIndicator i : plan) {
                BigDecimal value = r.getRealisations().get(i.getId());
                rows.add(row("periode", cycle.periodLength().label(r.getPeriodNo(), cycle.year()), "iki", i.getName(),
                        "realisasi", value == null ? "—" : plain(value) + " " + i.getUnit(), "bukti", evidence,
                        "umpanBalik", r.getFeedback() == null ? "(belum ada)" : r.getFeedback()));
            }
        }
        return rows;
    }

    private Object table(List<Map<String, Object>> rows) {
        try {
            return new FormTable(json.writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> row(Object... pairs) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((String) pairs[i], pairs[i + 1]);
        }
        return row;
    }

    /** For tables shown in a form: "1.250", "24,5". Values of input fields stay numbers. */
    private static String plain(BigDecimal value) {
        return IndonesianFormat.plain(value);
    }
}

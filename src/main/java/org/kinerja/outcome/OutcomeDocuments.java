package org.kinerja.outcome;

import java.util.List;
import java.util.Optional;
import org.kinerja.appraisal.AppraisalResults;
import org.kinerja.appraisal.ResultSheet;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PDFs of an employee's outcome for {@link OutcomeDocumentController}: the certificate, and the result as it stands. */
@Service
@Transactional(readOnly = true)
class OutcomeDocuments {

    /** A document for download. */
    record Document(String fileName, byte[] content) {
    }

    private final AppraisalOutcomeRepository outcomes;
    private final OutcomeCertificateRepository certificates;
    private final AppraisalResults results;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;

    OutcomeDocuments(AppraisalOutcomeRepository outcomes, OutcomeCertificateRepository certificates, AppraisalResults results,
            OrganizationDirectory organization, CycleDirectory cycles) {
        this.outcomes = outcomes;
        this.certificates = certificates;
        this.results = results;
        this.organization = organization;
        this.cycles = cycles;
    }

    /** The certificate of an employee in a cycle, if one was issued. */
    Optional<Document> certificate(long cycleId, String nip) {
        return organization.employeeByNip(nip).flatMap(e -> outcomes.findByCycleIdAndEmployeeId(cycleId, e.id()))
                .flatMap(o -> certificates.findById(o.getId())).map(c -> new Document(c.getFileName(), c.getPdf()));
    }

    /** The employee's own result as a PDF, as it stands now; empty before the outcome is determined. */
    Optional<Document> result(long cycleId, String nip) {
        Optional<EmployeeRef> employee = organization.employeeByNip(nip);
        return employee.flatMap(e -> outcomes.findByCycleIdAndEmployeeId(cycleId, e.id())).map(outcome -> render(outcome, employee.get()));
    }

    private Document render(AppraisalOutcome outcome, EmployeeRef employee) {
        ResultSheet sheet = results.sheet(outcome.getCycleId(), employee.id()).orElseThrow();
        CycleSettings cycle = cycles.settings(outcome.getCycleId());
        String supervisorName = Optional.ofNullable(employee.supervisorId()).flatMap(organization::employee).map(EmployeeRef::name).orElse("–");
        List<ResultDocument.IndicatorLine> lines = sheet.indicators().stream().map(i -> new ResultDocument.IndicatorLine(i.name(), i.unit(),
                i.target(), i.realisation(), i.achievementPercent(), i.weight())).toList();
        List<ResultDocument.ValueLine> values = sheet.values().stream().map(v -> new ResultDocument.ValueLine(v.value(), v.finalScore())).toList();
        String note = outcome.getAppealDecision() == null ? outcome.getCalibrationNote()
                : "Keberatan: " + (outcome.isPredikatChangedOnAppeal() ? "dikabulkan, " : "tidak dikabulkan, ") + outcome.getAppealDecisionReason();
        byte[] pdf = ResultPdf.render(new ResultDocument(organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name()),
                cycle.year(), employee.name(), employee.nip(), employee.positionName(),
                organization.unit(employee.unitId()).map(UnitRef::name).orElse(""), supervisorName, outcome.getPredikat(), note,
                sheet.workResultScore(), sheet.workRating(), lines, sheet.behaviourScore(), sheet.behaviourRating(), values,
                sheet.supervisorComment(), sheet.peerAverage(), sheet.citizenIkm(), sheet.citizenResponses(), outcome.getOutcome().label(),
                outcome.getCreditPercent(), OutcomeSettings.today()));
        return new Document("hasil-penilaian-" + employee.nip() + "-" + cycle.year() + ".pdf", pdf);
    }
}

package org.kinerja.outcome;

import java.util.Optional;
import org.kinerja.calibration.CalibrationQueries;
import org.kinerja.cycle.CycleDirectory;
import org.kinerja.cycle.CycleSettings;
import org.kinerja.notification.NotificationKind;
import org.kinerja.notification.NotificationService;
import org.kinerja.organization.EmployeeRef;
import org.kinerja.organization.OrganizationDirectory;
import org.kinerja.organization.UnitRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code Task_GrantReward}: a REWARD outcome's Piagam Penghargaan (PDF, signed for the head of the organisation) and
 * incentive, once even when the job is retried.
 */
@Service
@Transactional
class Rewards {

    private static final Logger log = LoggerFactory.getLogger(Rewards.class);

    private final AppraisalOutcomeRepository outcomes;
    private final OutcomeCertificateRepository certificates;
    private final OutcomeParties parties;
    private final CalibrationQueries calibration;
    private final OrganizationDirectory organization;
    private final CycleDirectory cycles;
    private final NotificationService notifications;
    private final OutcomeSettings settings;

    Rewards(AppraisalOutcomeRepository outcomes, OutcomeCertificateRepository certificates, OutcomeParties parties,
            CalibrationQueries calibration, OrganizationDirectory organization, CycleDirectory cycles, NotificationService notifications,
            OutcomeSettings settings) {
        this.outcomes = outcomes;
        this.certificates = certificates;
        this.parties = parties;
        this.calibration = calibration;
        this.organization = organization;
        this.cycles = cycles;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** The certificate and the incentive, once; the employee is notified with the download link. */
    void grant(long outcomeId) {
        AppraisalOutcome outcome = outcomes.get(outcomeId);
        if (certificates.existsById(outcomeId)) {
            return;
        }
        EmployeeRef employee = parties.employee(outcome.getEmployeeId());
        CycleSettings cycle = cycles.settings(outcome.getCycleId());
        String organisationName = organization.unit(cycle.unitId()).map(UnitRef::name).orElse(cycle.name());
        String unitName = organization.unit(employee.unitId()).map(UnitRef::name).orElse("");
        Optional<EmployeeRef> head = calibration.organisationHeads(outcome.getCycleId()).stream().findFirst()
                .flatMap(organization::employeeByNip);
        String number = "PP/" + outcome.getYear() + "/" + outcome.getCycleId() + "/" + outcome.getId();
        byte[] pdf = CertificatePdf.render(new Certificate(number, employee.name(), employee.nip(), employee.positionName(),
                unitName, organisationName, outcome.getYear(), outcome.getPredikat(), OutcomeSettings.today(),
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
}

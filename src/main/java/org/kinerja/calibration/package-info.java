/**
 * Calibration (kalibrasi) of the predikat kinerja: the organisation's committee (Tim Penilai Kinerja) checks the
 * employees' matrix predikat against the allowed distribution curve for the organisation's own rating (PermenPANRB
 * 6/2022 and the MenPANRB circular on the three stages of performance evaluation), and decides.
 *
 * <p>The read side is {@link org.kinerja.calibration.CalibrationQueries} (the board, its counts and bounds, the decision
 * document, the published predikat); each command is a class of its own: {@code RateOrganisation},
 * {@code ProposeDistribution}, {@code ChangePredikat}, {@code FinaliseCalibration}, {@code PublishCalibration}. Only the
 * delegates and {@code DmnDistributionPattern} import Camunda.
 *
 * <p>The bounds come from the admin-editable DMN table {@code processes/distribution-pattern.dmn}, through
 * {@code DistributionPattern}. The pure core is plain Java: the rounding and the check of a distribution
 * ({@code DistributionCheck}), the system's proposal, moving predikat down only ({@code DistributionProposer}), and the
 * printed decision ({@code DecisionDocumentPdf}). All of them are internal: other modules read calibration only through
 * {@link org.kinerja.calibration.CalibrationQueries}.
 */
@ApplicationModule(displayName = "Calibration of the predikat", allowedDependencies = {"appraisal", "cycle", "organization", "scoring", "shared", "task"})
package org.kinerja.calibration;

import org.springframework.modulith.ApplicationModule;

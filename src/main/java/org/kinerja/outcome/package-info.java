/**
 * Outcomes of the predikat kinerja: what follows from an employee's predikat (reward, acknowledgement or coaching,
 * the angka kredit percentage of Perban BKN 3/2023, and a sanction review under PP 30/2019), the training catalog
 * for coaching plans, and the printed documents.
 *
 * <p>The mapping is the admin-editable DMN table {@code processes/appraisal-outcome.dmn}, evaluated through
 * {@code DmnOutcomeRules}. The training catalog ({@link org.kinerja.outcome.TrainingCatalog},
 * table {@code training}) lists the BerAKHLAK values each training builds. The PDFs (OpenPDF, Bahasa Indonesia) are
 * plain Java: the certificate of appreciation ({@link org.kinerja.outcome.CertificatePdf}) and the employee's own
 * result ({@link org.kinerja.outcome.ResultPdf}).
 */
@ApplicationModule(displayName = "Outcomes: reward, coaching, appeal, sanction, documents", allowedDependencies = {"appraisal", "calibration", "cycle", "notification", "organization", "scoring", "shared", "task"})
package org.kinerja.outcome;

import org.springframework.modulith.ApplicationModule;

/**
 * Outcomes of the predikat kinerja (DOMAIN.md "Outcomes"): what follows from an employee's published predikat, in
 * {@code AppraisalOutcomeProcess}, one class per use case.
 *
 * <ul>
 *   <li>{@code OutcomeDetermination}: reward, acknowledgement or coaching and the angka kredit
 *       (Perban BKN 3/2023) from DMN {@code processes/appraisal-outcome.dmn} ({@code DmnOutcomeRules}), and the flags
 *       of the process; {@code OutcomeParties}: who is who and who may act on each task.</li>
 *   <li>{@code SanctionReviews}: whether HR reviews a sanction (PP 30/2019 Pasal 56), from DMN
 *       {@code processes/sanction-review.dmn} on this and the previous cycle's predikat ({@code DmnSanctionRules}), and
 *       HR's decision.</li>
 *   <li>{@code Appeals} (the employee's answer, the window, the decision and its recording), {@code CoachingPlans}
 *       (draft, acknowledge, review, with the training catalog {@code TrainingCatalog}), {@code Rewards}
 *       (certificate and incentive).</li>
 *   <li>Read side: {@code OutcomeViews} (what the forms show) and {@code OutcomeDocuments} (the PDFs, OpenPDF, Bahasa
 *       Indonesia: the certificate of appreciation {@code CertificatePdf} and the employee's own result
 *       {@code ResultPdf}).</li>
 * </ul>
 *
 * <p>The use cases import nothing from Camunda: only the delegates ({@code OutcomeDelegates}) and the DMN rules
 * classes ({@code DmnTable}, {@code DmnOutcomeRules}, {@code DmnSanctionRules}) do.
 */
@ApplicationModule(displayName = "Outcomes: reward, coaching, appeal, sanction, documents", allowedDependencies = {"appraisal", "calibration", "cycle", "notification", "organization", "scoring", "shared", "task"})
package org.kinerja.outcome;

import org.springframework.modulith.ApplicationModule;

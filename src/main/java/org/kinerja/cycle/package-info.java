/**
 * The appraisal cycle ({@code AppraisalCycleProcess}): one per organisation and year (PermenPANRB 6/2022), its
 * settings (period length, deadlines, reminder delays, merge weights) and its participants, one
 * {@code EmployeeAppraisalProcess} each.
 */
@ApplicationModule(displayName = "Appraisal cycle", allowedDependencies = {"organization", "scoring", "shared"})
package org.kinerja.cycle;

import org.springframework.modulith.ApplicationModule;

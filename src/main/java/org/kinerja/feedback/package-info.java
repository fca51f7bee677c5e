/**
 * Citizen feedback (IKM, PermenPANRB 14/2017). The appraisal takes an employee's citizen-satisfaction term only
 * through {@link org.kinerja.feedback.CitizenSatisfactionProvider}.
 */
@ApplicationModule(displayName = "Citizen feedback (IKM) and complaints", allowedDependencies = {"notification", "organization", "scoring", "shared", "task"})
package org.kinerja.feedback;

import org.springframework.modulith.ApplicationModule;

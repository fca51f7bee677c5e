/**
 * Citizen feedback (IKM, PermenPANRB 14/2017). The appraisal takes an employee's citizen-satisfaction term only
 * through {@link org.kinerja.feedback.CitizenSatisfactionProvider}.
 */
package org.kinerja.feedback;

/**
 * "Kinerja saya" ({@code /kinerja-saya}): each employee's own page for the whole year: their open tasks, their current
 * SKP with the progress reported, their published results of every cycle, their documents, coaching plans and latest
 * notifications. Whose page it is comes only from the signed-in user; every read is by that employee's id, their
 * appraisals' ids or their user id, never a load of the organisation. What the employee is shown never tells who rated
 * them ({@code Disclosure}).
 */
@ApplicationModule(displayName = "Kinerja saya: each employee's own page", allowedDependencies = {"appraisal", "cycle", "notification", "organization", "outcome", "shared"})
package org.kinerja.self;

import org.springframework.modulith.ApplicationModule;

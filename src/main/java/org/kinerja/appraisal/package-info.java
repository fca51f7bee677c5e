/**
 * One employee's appraisal ({@code EmployeeAppraisalProcess}): the SKP (RHK and IKI with targets and weights),
 * progress reports with the supervisor's continuous feedback, the self-assessment, peer and supervisor reviews, and
 * the merged result. Business data lives here, keyed by the appraisal id; process variables hold only ids and flags.
 */
@ApplicationModule(displayName = "Employee appraisal (SKP, progress, reviews, merge)", allowedDependencies = {"cycle", "feedback", "organization", "scoring", "shared", "task"})
package org.kinerja.appraisal;

import org.springframework.modulith.ApplicationModule;

/**
 * "Tim saya" ({@code /tim-saya}): a supervisor's page of their direct reports in the current cycle: each report's
 * stage, the open tasks with their deadlines and what is overdue, a link to the supervisor's own tasks in Tasklist, and
 * the results once published. Whose team it is comes only from the signed-in user and the organisation's supervisor of
 * record (the rule a cycle uses for each appraisal); every read is by the team's ids, a handful of queries per page
 * whatever the organisation's size. The page never names who else holds a task in a report's appraisal (the peers
 * rating them), nor any single rating.
 */
@ApplicationModule(displayName = "Tim saya: each supervisor's team page", allowedDependencies = {"appraisal", "cycle", "organization", "outcome", "shared"})
package org.kinerja.team;

import org.springframework.modulith.ApplicationModule;

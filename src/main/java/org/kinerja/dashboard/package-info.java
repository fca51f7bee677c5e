/**
 * HR's live dashboard ({@code /dasbor}, {@code admin-bkpsdm} only): for one cycle and one unit (with the units below
 * it), how far the employees are (per stage of the cycle), the open, overdue and escalated tasks, the final predikat per
 * unit against the calibration's bounds, the IKM per unit, and the trend across the cycles of the same organisation;
 * each table also as CSV, the page refreshed from its JSON every 30 seconds. Every number comes from an aggregate query
 * ({@code group by} unit) over indexed columns: nothing loads the employees. A read model: it reads the tables of the
 * cycle, appraisal and outcome modules and the engine's task history by SQL, and calibration and IKM through their
 * modules' queries.
 */
@ApplicationModule(displayName = "HR's dashboard", allowedDependencies = {"calibration", "cycle", "feedback", "organization", "scoring", "shared"})
package org.kinerja.dashboard;

import org.springframework.modulith.ApplicationModule;

/**
 * What every module shares and that depends on nothing else: the one type by which Kinerja refuses a request
 * ({@link org.kinerja.shared.Rejection}), whichever door it came through (Kinerja's API, a page, the Camunda REST API,
 * Tasklist or the Java API); the one rule for cleaning typed or uploaded text ({@link org.kinerja.shared.Texts}); and
 * the one rule that keeps CSV cells from running as spreadsheet formulas ({@link org.kinerja.shared.CsvCells}); the one
 * way dates and numbers are written for people ({@link org.kinerja.shared.IndonesianFormat}).
 */
@ApplicationModule(displayName = "Shared kernel: refusals, text, CSV cells, public address, Indonesian format", allowedDependencies = {})
package org.kinerja.shared;

import org.springframework.modulith.ApplicationModule;

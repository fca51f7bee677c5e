package org.kinerja.appraisal;

/**
 * One of an employee's appraisals, as their own page lists them: the appraisal and cycle ids, whether the merged score
 * exists, and the state in Bahasa Indonesia ("Pelaporan kemajuan").
 */
public record EmployeeAppraisal(long appraisalId, long cycleId, boolean scored, String statusLabel) {
}

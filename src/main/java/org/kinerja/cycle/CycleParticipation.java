package org.kinerja.cycle;

/**
 * An employee's part in a cycle: which cycle and year, whether their appraisal has its merged score (counted
 * concluded) and whether their outcome process has ended too.
 */
public record CycleParticipation(long cycleId, long employeeId, int year, boolean appraisalConcluded, boolean outcomeConcluded) {
}

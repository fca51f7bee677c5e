package org.kinerja.outcome;

/**
 * A report's published predikat as their supervisor's team page shows it: the final predikat (after any appeal) and,
 * when an appeal changed it, the predikat as published. Never who decided or who rated.
 */
public record PublishedPredikat(long cycleId, long employeeId, String predikat, String publishedPredikat, boolean changedOnAppeal) {
}

package org.kinerja.organization;

/**
 * One reason an import was refused.
 *
 * @param row the line in the uploaded file (the header is line 1), or 0 for a problem with the whole file
 * @param column the column concerned, or null
 * @param message the reason, in Bahasa Indonesia
 */
public record ImportProblem(int row, String column, String message) {

    static ImportProblem file(String message) {
        return new ImportProblem(0, null, message);
    }
}

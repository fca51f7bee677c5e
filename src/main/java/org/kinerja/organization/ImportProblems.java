package org.kinerja.organization;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.kinerja.shared.Rejection;

/**
 * The problems found in one uploaded file. Every problem is counted, but only the first
 * {@value Rejection#MAX_LISTED_PROBLEMS} by line are kept, so that a huge bad file costs neither memory nor a huge
 * answer.
 */
public final class ImportProblems {

    private static final int KEPT = Rejection.MAX_LISTED_PROBLEMS;
    private static final Comparator<ImportProblem> BY_ROW = Comparator.comparingInt(ImportProblem::row);

    private final List<ImportProblem> kept = new ArrayList<>();
    private final BitSet rows = new BitSet();
    private int count;

    public void add(int row, String column, String message) {
        add(new ImportProblem(row, column, message));
    }

    public void add(ImportProblem problem) {
        count++;
        rows.set(Math.max(problem.row(), 0));
        kept.add(problem);
        if (kept.size() >= 2 * KEPT) {
            trim();
        }
    }

    /** How many problems were found, kept or not. */
    public int count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many different lines have a problem. */
    int rowCount() {
        return rows.cardinality();
    }

    /** The first {@value Rejection#MAX_LISTED_PROBLEMS} problems by line (in the order found within a line). */
    public List<ImportProblem> listed() {
        trim();
        return List.copyOf(kept);
    }

    /**
     * Refuses the file when any problem was found.
     *
     * @param what the file's name in the message, e.g. "pegawai"
     * @throws ImportRejectedException listing the problems
     */
    public void throwIfAny(String what) {
        if (count > 0) {
            throw ImportRejectedException.ofRows(what, this);
        }
    }

    private void trim() {
        kept.sort(BY_ROW); // stable: within a line, the order found
        if (kept.size() > KEPT) {
            kept.subList(KEPT, kept.size()).clear();
        }
    }
}

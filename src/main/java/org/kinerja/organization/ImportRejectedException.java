package org.kinerja.organization;

import java.util.List;
import org.kinerja.shared.Rejection;

/**
 * An import was refused as a whole; nothing was written. It lists at most {@value Rejection#MAX_LISTED_PROBLEMS}
 * problems, each with its line and column ({@link #getProblems()}), and counts them all ({@link #problemCount()}).
 */
class ImportRejectedException extends Rejection {

    private final List<ImportProblem> listed;
    private final int count;

    ImportRejectedException(String message, List<ImportProblem> problems) {
        this(message, problems.subList(0, Math.min(problems.size(), MAX_LISTED_PROBLEMS)), problems.size());
    }

    private ImportRejectedException(String message, List<ImportProblem> listed, int count) {
        super(Kind.INVALID, message);
        this.listed = List.copyOf(listed);
        this.count = count;
    }

    public static ImportRejectedException ofFile(String message) {
        return new ImportRejectedException(message, List.of(ImportProblem.file(message)));
    }

    static ImportRejectedException ofRows(String what, ImportProblems problems) {
        String message = "Berkas " + what + " ditolak: " + problems.count() + " masalah pada " + problems.rowCount()
                + " baris. Tidak ada data yang diubah; perbaiki lalu unggah lagi."
                + (problems.count() > MAX_LISTED_PROBLEMS ? " Yang ditampilkan " + MAX_LISTED_PROBLEMS + " masalah pertama." : "");
        return new ImportRejectedException(message, problems.listed(), problems.count());
    }

    /** The listed problems: at most {@value Rejection#MAX_LISTED_PROBLEMS}, by line. */
    public List<ImportProblem> getProblems() {
        return listed;
    }

    /** The listed problems as text, e.g. "Baris 8, kolom nip: NIP harus 18 digit." */
    @Override
    public List<String> problems() {
        return listed.stream().map(ImportRejectedException::text).toList();
    }

    @Override
    public int problemCount() {
        return count;
    }

    private static String text(ImportProblem p) {
        return (p.row() > 0 ? "Baris " + p.row() + (p.column() == null ? "" : ", kolom " + p.column()) + ": " : "") + p.message();
    }
}

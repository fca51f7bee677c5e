package org.kinerja.organization;

import java.util.List;

/** An import was refused as a whole; nothing was written. */
public class ImportRejectedException extends RuntimeException {

    private final List<ImportProblem> problems;

    ImportRejectedException(String message, List<ImportProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public static ImportRejectedException ofFile(String message) {
        return new ImportRejectedException(message, List.of(ImportProblem.file(message)));
    }

    public static ImportRejectedException ofRows(String what, List<ImportProblem> problems) {
        long rows = problems.stream().mapToInt(ImportProblem::row).distinct().count();
        return new ImportRejectedException("Berkas " + what + " ditolak: " + problems.size() + " masalah pada " + rows
                + " baris. Tidak ada data yang diubah; perbaiki lalu unggah lagi.", problems);
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }
}

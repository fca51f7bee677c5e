package org.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kinerja.shared.Rejection;

/** A huge bad file is counted in full but listed only up to 100 problems, the first by line. */
class ImportProblemsTests {

    @Test
    void shouldCountEveryProblemButKeepOnlyTheFirstHundredByLine() {
        ImportProblems problems = new ImportProblems();
        for (int line = 350_001; line >= 2; line--) { // found in any order, e.g. a later check about earlier rows
            problems.add(line, "kode", "Kode unit wajib diisi.");
            problems.add(line, "nama", "Nama unit wajib diisi.");
        }
        assertThat(problems.count()).isEqualTo(700_000);
        assertThat(problems.rowCount()).isEqualTo(350_000);
        assertThat(problems.listed()).hasSize(Rejection.MAX_LISTED_PROBLEMS);
        assertThat(problems.listed().get(0).row()).isEqualTo(2);
        assertThat(problems.listed().get(99).row()).isEqualTo(51);
    }

    @Test
    void shouldRefuseWithTheTotalAndAtMostAHundredProblems() {
        ImportProblems problems = new ImportProblems();
        for (int line = 2; line < 1002; line++) {
            problems.add(line, null, "Baris rusak.");
        }
        assertThatThrownBy(() -> problems.throwIfAny("unit")).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.kind()).isEqualTo(Rejection.Kind.INVALID);
            assertThat(e.getProblems()).hasSize(100);
            assertThat(e.problems()).hasSize(100).first().isEqualTo("Baris 2: Baris rusak.");
            assertThat(e.problemCount()).isEqualTo(1000);
            assertThat(e.getMessage()).contains("1000 masalah pada 1000 baris", "Yang ditampilkan 100 masalah pertama");
        });
    }

    @Test
    void shouldPassAFileWithoutProblems() {
        ImportProblems problems = new ImportProblems();
        problems.throwIfAny("unit");
        assertThat(problems.isEmpty()).isTrue();
    }
}

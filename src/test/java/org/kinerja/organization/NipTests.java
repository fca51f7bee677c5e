package org.kinerja.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NipTests {

    @ParameterizedTest
    @ValueSource(strings = {"197203151998031004", "199607252022032001", "198001102005011003"})
    void shouldAcceptWellFormedNips(String nip) {
        assertThat(Nip.problem(nip)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "19720315199803100, 18 digit",
            "1972031519980310045, 18 digit",
            "19720315199803100A, 18 digit",
            "197202301998031004, tanggal lahir",
            "197203151998131004, bulan pengangkatan",
            "197203151980031004, tahun pengangkatan",
            "197203151998033004, jenis kelamin",
            "197203151998031000, nomor urut",
            "182003151998031004, tahun lahir"})
    void shouldExplainWhyANipIsInvalid(String nip, String reason) {
        assertThat(Nip.problem(nip)).hasValueSatisfying(p -> assertThat(p).contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void shouldRequireANip(String nip) {
        assertThat(Nip.problem(nip)).contains("NIP wajib diisi");
    }
}

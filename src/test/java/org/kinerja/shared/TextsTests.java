package org.kinerja.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for typed or uploaded text: trimmed of invisible characters, control characters reported. */
class TextsTests {

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n\r", "\u200B", "\u200B\u200C\u200D\u2060\uFEFF", "\u00A0\u3000", " \u200B \u00AD "})
    void shouldTreatTextOfOnlyInvisibleCharactersAsEmpty(String raw) {
        assertThat(Texts.clean(raw)).isNull();
    }

    @Test
    void shouldTrimInvisibleCharactersAtBothEndsOnly() {
        assertThat(Texts.clean(null)).isNull();
        assertThat(Texts.clean("\uFEFF\u200B Dinas Kependudukan \u00A0\u200B")).isEqualTo("Dinas Kependudukan");
        assertThat(Texts.clean("Teuku\u200BIskandar")).isEqualTo("Teuku\u200BIskandar");
        assertThat(Texts.clean("baris satu\nbaris dua")).isEqualTo("baris satu\nbaris dua");
    }

    @Test
    void shouldKeepControlCharactersForTheCheckToReport() {
        assertThat(Texts.clean("Nama\u0000")).isEqualTo("Nama\u0000");
        assertThat(Texts.clean("\u0007Nama")).isEqualTo("\u0007Nama");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "\u0001", "a\u001Bb", "a\u007F", "a\u0085b", "a\u009Fb", "a\uD800b", "a\uDC00", "\uD800"})
    void shouldReportControlCharactersAndBrokenSurrogatesEverywhere(String text) {
        assertThat(Texts.hasControlCharacters(text, false)).isTrue();
        assertThat(Texts.hasControlCharacters(text, true)).isTrue();
    }

    @Test
    void shouldAllowTabAndLineBreaksOnlyInMultiLineText() {
        assertThat(Texts.hasControlCharacters("baris satu\r\nbaris\tdua", true)).isFalse();
        assertThat(Texts.hasControlCharacters("baris satu\nbaris dua", false)).isTrue();
        assertThat(Texts.hasControlCharacters("kolom\tkolom", false)).isTrue();
        assertThat(Texts.hasControlCharacters("Drs. Teuku Iskandar, M.Si. 😀", false)).isFalse();
        assertThat(Texts.hasControlCharacters(null, false)).isFalse();
    }

    @Test
    void shouldExplainTheProblemInIndonesianWithTheCodePoint() {
        assertThat(Texts.controlCharacterProblem("Nama unit", "Dinas\u0000", false))
                .startsWith("Nama unit berisi karakter kendali atau karakter tidak sah (U+0000)")
                .contains("tab dan baris baru pun tidak boleh");
        assertThat(Texts.controlCharacterProblem("Pengaduan", "Antrean\u001B[2J", true))
                .isEqualTo("Pengaduan berisi karakter kendali atau karakter tidak sah (U+001B). Hapus karakter itu lalu kirim lagi.");
        assertThat(Texts.controlCharacterProblem("Pengaduan", "Antrean\nlama", true)).isNull();
    }

    @Test
    void shouldShortenAQuotedValueAndHideControlCharacters() {
        assertThat(Texts.excerpt(null)).isEmpty();
        assertThat(Texts.excerpt("SEK\u0000A")).isEqualTo("SEK?A");
        String shown = Texts.excerpt("x".repeat(10_000));
        assertThat(shown).hasSize(Texts.EXCERPT).endsWith("…");
    }
}

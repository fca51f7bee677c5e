package org.kinerja.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One way of writing dates, numbers and cycle names for people, whatever the JVM's default locale. */
class IndonesianFormatTests {

    @Test
    void shouldWriteNumbersTheIndonesianWay() {
        assertThat(IndonesianFormat.twoDecimals(new BigDecimal("1250"))).isEqualTo("1.250,00");
        assertThat(IndonesianFormat.twoDecimals(new BigDecimal("3.855"))).isEqualTo("3,86");
        assertThat(IndonesianFormat.plain(new BigDecimal("24.50"))).isEqualTo("24,5");
        assertThat(IndonesianFormat.plain(new BigDecimal("1E+3"))).isEqualTo("1.000");
        assertThat(IndonesianFormat.percentOfShare(new BigDecimal("0.975"))).isEqualTo("97,50%");
        assertThat(IndonesianFormat.percentOfShare(BigDecimal.ONE)).isEqualTo("100,00%");
    }

    @Test
    void shouldWriteDatesWithTheIndonesianMonthName() {
        assertThat(IndonesianFormat.date(LocalDate.of(2026, 12, 13))).isEqualTo("13 Desember 2026");
        assertThat(IndonesianFormat.date(LocalDate.of(2026, 8, 1))).isEqualTo("1 Agustus 2026");
    }

    @Test
    void shouldWriteAMomentInWib() {
        assertThat(IndonesianFormat.dateTime(Instant.parse("2026-12-13T07:30:00Z"))).isEqualTo("13 Desember 2026 14:30 WIB");
        assertThat(IndonesianFormat.dateTime(Instant.parse("2026-12-31T17:05:00Z"))).as("after midnight in WIB: the next day")
                .isEqualTo("1 Januari 2027 00:05 WIB");
    }

    @Test
    void shouldNameACycleWithItsYearOnce() {
        assertThat(IndonesianFormat.cycleName("Penilaian Kinerja Disdukcapil 2026", 2026)).isEqualTo("Penilaian Kinerja Disdukcapil 2026");
        assertThat(IndonesianFormat.cycleName("Penilaian Kinerja Tahunan", 2026)).isEqualTo("Penilaian Kinerja Tahunan 2026");
        assertThat(IndonesianFormat.cycleName("  ", 2026)).isEqualTo("2026");
    }
}

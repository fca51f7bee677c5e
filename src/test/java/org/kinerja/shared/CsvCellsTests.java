package org.kinerja.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** No CSV cell Kinerja writes can run as a spreadsheet formula. */
class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"})
    void shouldQuoteEveryCellThatASpreadsheetWouldRun(String value) {
        assertThat(CsvCells.safe(value)).isEqualTo("'" + value);
    }

    @Test
    void shouldLeaveOrdinaryValuesAlone() {
        assertThat(CsvCells.safe("Seksi A1")).isEqualTo("Seksi A1");
        assertThat(CsvCells.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvCells.safe(new BigDecimal("87.50"))).isEqualTo("87.50");
        assertThat(CsvCells.safe(LocalDate.of(2026, 2, 1))).isEqualTo("2026-02-01");
        assertThat(CsvCells.safe(null)).isEmpty();
        assertThat(CsvCells.safe("")).isEmpty();
    }
}

package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeStatisticsTests {

    @Test
    void shouldRefreshWhenTheTableHasDoubledFromAtLeastAHundredRows() {
        assertThat(RuntimeStatistics.stale(0, -1)).isFalse(); // never analyzed, empty
        assertThat(RuntimeStatistics.stale(199, 0)).isFalse();
        assertThat(RuntimeStatistics.stale(200, 0)).isTrue(); // analyzed empty before the start
        assertThat(RuntimeStatistics.stale(200, -1)).isTrue();
        assertThat(RuntimeStatistics.stale(799, 400)).isFalse();
        assertThat(RuntimeStatistics.stale(800, 400)).isTrue();
        assertThat(RuntimeStatistics.stale(19_999, 10_000)).isFalse();
        assertThat(RuntimeStatistics.stale(20_000, 10_000)).isTrue();
    }

    @Test
    void shouldAnalyzeTheEngineAndKinerjaTablesThatTheStartFills() {
        assertThat(RuntimeStatistics.TABLES).contains("act_ru_execution", "act_ru_job", "act_ge_bytearray", "appraisal", "skp_indicator", "progress_report", "rating_score", "notification")
                .allMatch(t -> t.matches("[a-z_]+"));
    }
}

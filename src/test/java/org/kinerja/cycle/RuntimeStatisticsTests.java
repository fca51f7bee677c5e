package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RuntimeStatisticsTests {

    @Test
    void shouldRefreshWhenTheTableHasGrownFourfoldFromAtLeastAHundredRows() {
        assertThat(RuntimeStatistics.stale(0, -1)).isFalse(); // never analyzed, empty
        assertThat(RuntimeStatistics.stale(399, 0)).isFalse();
        assertThat(RuntimeStatistics.stale(400, 0)).isTrue(); // analyzed empty before the start
        assertThat(RuntimeStatistics.stale(400, -1)).isTrue();
        assertThat(RuntimeStatistics.stale(1_599, 400)).isFalse();
        assertThat(RuntimeStatistics.stale(1_600, 400)).isTrue();
        assertThat(RuntimeStatistics.stale(30_000, 10_000)).isFalse();
    }
}

package org.kinerja.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RuntimeStatisticsTests {

    @Test
    void shouldRefreshAfterBatchesOneFourSixteenAndSoOn() {
        assertThat(IntStream.range(0, 300).filter(RuntimeStatistics::refreshes).boxed().toList()).containsExactly(1, 4, 16, 64, 256);
    }
}

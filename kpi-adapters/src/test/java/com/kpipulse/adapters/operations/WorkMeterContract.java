package com.kpipulse.adapters.operations;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every work meter does: it counts imports and their rows per source system and outcome, cycles per grain, the
 * anomalies cycles found and the scorecards served kept or computed, each apart from the others.
 */
abstract class WorkMeterContract {

    protected abstract WorkMeter meter();

    protected abstract long imports(String sourceSystem, ImportStatus status);

    protected abstract long rows(String sourceSystem, ImportStatus status);

    protected abstract long cycles(Grain grain);

    protected abstract long anomalies();

    protected abstract long scorecards(boolean kept);

    @Test
    void importsAndTheirRowsAreCountedPerSystemAndOutcome() {
        meter().importEnded("yandex_direct", ImportStatus.COMMITTED, 120, Duration.ofMillis(40));
        meter().importEnded("yandex_direct", ImportStatus.COMMITTED, 30, Duration.ofMillis(10));
        meter().importEnded("yandex_direct", ImportStatus.REJECTED, 7, Duration.ofMillis(5));
        meter().importEnded("ga4", ImportStatus.PREVIEW, 3, Duration.ofMillis(1));

        assertThat(imports("yandex_direct", ImportStatus.COMMITTED)).isEqualTo(2);
        assertThat(rows("yandex_direct", ImportStatus.COMMITTED)).isEqualTo(150);
        assertThat(imports("yandex_direct", ImportStatus.REJECTED)).isEqualTo(1);
        assertThat(rows("yandex_direct", ImportStatus.REJECTED)).isEqualTo(7);
        assertThat(imports("ga4", ImportStatus.PREVIEW)).isEqualTo(1);
        assertThat(imports("ga4", ImportStatus.COMMITTED)).isZero();
    }

    @Test
    void cyclesArePerGrainAndTheirAnomaliesAddUp() {
        meter().cycleRan(Grain.WEEK, Duration.ofMillis(900), 12, 2);
        meter().cycleRan(Grain.WEEK, Duration.ofMillis(800), 3, 1);
        meter().cycleRan(Grain.MONTH, Duration.ofMillis(1200), 5, 0);

        assertThat(cycles(Grain.WEEK)).isEqualTo(2);
        assertThat(cycles(Grain.MONTH)).isEqualTo(1);
        assertThat(anomalies()).isEqualTo(3);
    }

    @Test
    void scorecardsServedKeptAndComputedAreCountedApart() {
        meter().scorecardServed(true);
        meter().scorecardServed(true);
        meter().scorecardServed(false);

        assertThat(scorecards(true)).isEqualTo(2);
        assertThat(scorecards(false)).isEqualTo(1);
    }
}

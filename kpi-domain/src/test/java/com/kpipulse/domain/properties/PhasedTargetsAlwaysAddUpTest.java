package com.kpipulse.domain.properties;

import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.evaluation.TargetPhasing;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PhasedTargetsAlwaysAddUpTest {

    private static List<Period> weeks(int startOffset, int days) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startOffset);
        return new Period(start, start.plusDays(days)).split(Grain.WEEK);
    }

    @Property
    void evenPartsAddUpExactlyToTheTarget(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
                                          @ForAll @IntRange(min = 0, max = 365) int startOffset,
                                          @ForAll @IntRange(min = 1, max = 200) int days) {
        PhasedTarget target = TargetPhasing.even(total, weeks(startOffset, days));

        assertThat(target.total()).isEqualByComparingTo(total);
        assertThat(target.pacingBy(target.parts().getLast().period().lastDay())).isEqualByComparingTo(total);
    }

    @Property
    void seasonalPartsAddUpExactlyToTheTarget(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
                                              @ForAll @IntRange(min = 1, max = 200) int days,
                                              @ForAll long seed) {
        List<Period> parts = weeks(0, days);
        var random = new Random(seed);
        List<KpiValue> lastYear = parts.stream()
                .map(part -> KpiValue.known(BigDecimal.valueOf(1 + random.nextInt(10_000)), Unit.COUNT)).toList();

        PhasingResult result = TargetPhasing.seasonal(total, parts, lastYear);

        assertThat(((PhasingResult.Phased) result).target().total()).isEqualByComparingTo(total);
    }

    @Property
    void weeklyPartsGatheredIntoMonthsStillAddUpExactly(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
                                                        @ForAll @IntRange(min = 0, max = 365) int startOffset,
                                                        @ForAll @IntRange(min = 1, max = 200) int days) {
        List<Period> weeks = weeks(startOffset, days);
        Period goal = new Period(weeks.getFirst().start(), weeks.getLast().endExclusive());

        PhasedTarget months = TargetPhasing.even(total, weeks).over(goal.split(Grain.MONTH));

        assertThat(months.total()).isEqualByComparingTo(total);
        assertThat(months.parts()).extracting(PeriodTarget::period).isEqualTo(goal.split(Grain.MONTH));
    }

    @Property
    void pacingNeverGoesBackwards(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
                                  @ForAll @IntRange(min = 1, max = 120) int days) {
        PhasedTarget target = TargetPhasing.even(total, weeks(10, days));
        LocalDate day = target.parts().getFirst().period().start().minusDays(1);
        BigDecimal previous = target.pacingBy(day);

        for (PeriodTarget part : target.parts()) {
            for (LocalDate current = part.period().start(); current.isBefore(part.period().endExclusive()); current = current.plusDays(1)) {
                BigDecimal pacing = target.pacingBy(current);
                assertThat(pacing).isGreaterThanOrEqualTo(previous);
                previous = pacing;
            }
        }
        assertThat(previous).isEqualByComparingTo(total);
    }
}

package com.kpipulse.domain.properties;

import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.KpiEvaluator;
import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.TargetPhasing;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the goal, the phasing and the figures: a complete period gets its whole target, a provisional one a share
 * that grows with the days covered and never passes the whole, one with no day covered is never called off track, and
 * a provisional period is compared with as many days of the other period as it has (a complete one with all of it).
 */
class ProvisionalPeriodsAreJudgedFairlyForAnyDataTest {

    private static final Grain[] GRAINS = {Grain.WEEK, Grain.MONTH, Grain.QUARTER};

    @Property
    void aCompletePeriodIsProRatedToItsWholeTarget(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
                                                   @ForAll @IntRange(min = 0, max = 365) int startOffset,
                                                   @ForAll @IntRange(min = 1, max = 200) int days,
                                                   @ForAll @IntRange(min = 0, max = 199) int partIndex) {
        PhasedTarget target = TargetPhasing.even(total, goal(startOffset, days).split(Grain.WEEK));
        PeriodTarget part = target.parts().get(partIndex % target.parts().size());

        assertThat(target.proRated(Coverage.complete(part.period())).orElseThrow()).isEqualByComparingTo(part.value());
        Period all = new Period(target.parts().getFirst().period().start(), target.parts().getLast().period().endExclusive());
        assertThat(target.proRated(Coverage.complete(all)).orElseThrow()).isEqualByComparingTo(total);
    }

    @Property
    void aProvisionalTotalGrowsWithTheDaysCoveredAndNeverPassesTheWhole(
            @ForAll @BigRange(min = "0", max = "100000000") BigDecimal total,
            @ForAll @IntRange(min = 0, max = 365) int startOffset,
            @ForAll @IntRange(min = 1, max = 200) int days) {
        Period goal = goal(startOffset, days);
        PhasedTarget target = TargetPhasing.even(total, goal.split(Grain.WEEK));
        BigDecimal before = BigDecimal.ZERO;
        for (long covered = 1; covered <= goal.days(); covered++) {
            BigDecimal due = target.proRated(new Coverage(goal, covered)).orElseThrow();
            assertThat(due).isGreaterThanOrEqualTo(before).isLessThanOrEqualTo(total);
            before = due;
        }
        assertThat(before).isEqualByComparingTo(total);
    }

    @Property
    void withNoDayCoveredNothingIsEverOffTrack(@ForAll @BigRange(min = "0", max = "100000000") BigDecimal target,
                                               @ForAll @BigRange(min = "0", max = "100000000") BigDecimal soFar,
                                               @ForAll @IntRange(min = 0, max = 2) int grain,
                                               @ForAll @IntRange(min = 0, max = 3000) int dayOffset) {
        Period period = Period.of(GRAINS[grain], LocalDate.of(2020, 1, 1).plusDays(dayOffset));
        ObservationSet figures = ObservationSet.of(Observation.daily("revenue", period.start(), Map.of(),
                Money.of(soFar.toPlainString(), "RUB")));
        KpiCatalog catalog = KpiCatalog.standard();
        KpiEvaluator evaluator = new KpiEvaluator(new KpiEngine(catalog), EvaluationPolicy.standard());

        KpiEvaluation evaluation = evaluator.evaluateToDate(catalog.get(new KpiCode("revenue")), new Coverage(period, 0),
                TargetPhasing.even(target, period.split(Grain.WEEK)), DimensionSelection.all(), figures);

        assertThat(evaluation.status()).isNotEqualTo(Status.OFF_TRACK).isEqualTo(Status.NO_DATA);
    }

    @Property
    void theDaysComparedWithAreAsManyAsTheDaysCoveredWhereTheOtherPeriodHasThem(
            @ForAll @IntRange(min = 0, max = 2) int grain, @ForAll @IntRange(min = 0, max = 3000) int dayOffset,
            @ForAll @IntRange(min = 1, max = 92) int covered) {
        Period period = Period.of(GRAINS[grain], LocalDate.of(2020, 1, 1).plusDays(dayOffset));
        PartOfPeriod toDate = new Coverage(period, Math.min(covered, period.days())).toDate().orElseThrow();

        for (PartOfPeriod other : List.of(toDate.previous(), toDate.sameLastYear())) {
            assertThat(other.part().start()).isEqualTo(other.whole().start());
            assertThat(other.part().days()).isEqualTo(toDate.isAll() ? other.whole().days()
                    : Math.min(toDate.part().days(), other.whole().days()));
        }
        assertThat(toDate.previous().whole()).isEqualTo(period.previous());
        assertThat(toDate.sameLastYear().whole()).isEqualTo(period.sameLastYear());
    }

    private static Period goal(int startOffset, int days) {
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(startOffset);
        return new Period(start, start.plusDays(days));
    }
}

package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.EffectEstimate.Measured;
import com.kpipulse.domain.correction.effect.SimulatedAction.Kpi;
import com.kpipulse.domain.correction.effect.SimulatedAction.Scenario;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

import org.assertj.core.data.Offset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effect is a change against what would have been, so it does not depend on the unit the KPI is counted in, and
 * against other channels it does not depend on how large they are together (only on how they moved): for any
 * simulated action, scaling the figures leaves the share, its interval and the verdict as they were.
 */
class NeitherTheUnitNorTheSizeOfTheOtherChannelsChangesTheEffectTest {

    private final EffectEstimator estimator = new EffectEstimator();

    @Property(tries = 25, seed = "20260304")
    void scalingEveryFigureChangesNeitherTheShareNorTheVerdict(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                                              @ForAll @DoubleRange(min = 0.01, max = 1000) double by) {
        EffectQuestion question = SimulatedAction.question(new Scenario(Kpi.REVENUE, 0.1, true, true, true), seed);
        EffectQuestion scaled = with(question, scaled(question.treated(), by),
                question.control().map(control -> new Control(scaled(control.days(), by), control.channels())));

        assertSameShareAndVerdict(measured(question), measured(scaled));
    }

    @Property(tries = 25, seed = "20260305")
    void theOtherChannelsSizeDoesNotMatterOnlyHowTheyMoved(@ForAll @LongRange(min = 1, max = 10_000) long seed,
                                                          @ForAll @DoubleRange(min = 0.01, max = 1000) double by) {
        EffectQuestion question = SimulatedAction.question(new Scenario(Kpi.CONVERSION, 0, true, true, true), seed);
        EffectQuestion scaled = with(question, question.treated(),
                question.control().map(control -> new Control(scaled(control.days(), by), control.channels())));

        assertSameShareAndVerdict(measured(question), measured(scaled));
    }

    private static void assertSameShareAndVerdict(Measured measured, Measured scaled) {
        IntervalEstimate share = measured.figures().relativeEffect().orElseThrow();
        IntervalEstimate scaledShare = scaled.figures().relativeEffect().orElseThrow();
        assertThat(scaledShare.estimate().doubleValue()).isCloseTo(share.estimate().doubleValue(), within());
        assertThat(scaledShare.low().doubleValue()).isCloseTo(share.low().doubleValue(), within());
        assertThat(scaledShare.high().doubleValue()).isCloseTo(share.high().doubleValue(), within());
        assertThat(scaled.verdict()).isEqualTo(measured.verdict());
    }

    private static Offset<Double> within() {
        return Offset.offset(1e-4);
    }

    private Measured measured(EffectQuestion question) {
        return (Measured) estimator.estimate(question);
    }

    private static KpiDays scaled(KpiDays days, double by) {
        var scaled = new TreeMap<LocalDate, KpiDays.Day>();
        days.days().forEach((day, value) -> scaled.put(day,
                new KpiDays.Day(value.value().multiply(BigDecimal.valueOf(by)), value.weight())));
        return new KpiDays(days.kind(), scaled);
    }

    private static EffectQuestion with(EffectQuestion question, KpiDays treated, Optional<Control> control) {
        return new EffectQuestion(question.kpiName(), question.unit(), question.currency(), question.wanted(), treated,
                question.treatedChannels(), control, question.window(), question.dataUpTo(),
                question.expectedChange());
    }
}

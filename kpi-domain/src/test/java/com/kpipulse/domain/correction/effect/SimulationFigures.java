package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.EffectEstimate.Measured;
import com.kpipulse.domain.correction.effect.SimulatedAction.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the measurement says over many simulated runs of one scenario: how often its interval holds the injected
 * effect, how wide the interval is, and how often it gives each verdict.
 */
final class SimulationFigures {

    private final Scenario scenario;
    private int covered;
    private final List<Double> widths = new ArrayList<>();
    private final Map<EffectVerdict, Integer> verdicts = new EnumMap<>(EffectVerdict.class);

    private SimulationFigures(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Runs seeds 1 to {@code seeds}. */
    static SimulationFigures over(Scenario scenario, int seeds) {
        EffectEstimator estimator = new EffectEstimator();
        SimulationFigures figures = new SimulationFigures(scenario);
        BigDecimal injected = BigDecimal.valueOf(scenario.effect());
        for (long seed = 1; seed <= seeds; seed++) {
            EffectEstimate estimate = estimator.estimate(SimulatedAction.question(scenario, seed));
            if (!(estimate instanceof Measured measured)) {
                throw new AssertionError("Twenty weeks before and five after are enough to measure: " + estimate);
            }
            if (measured.figures().method() != (scenario.control() ? EffectMethod.DID : EffectMethod.ITS)) {
                throw new AssertionError("Channels to compare with make a difference in differences: " + measured);
            }
            IntervalEstimate share = measured.figures().relativeEffect().orElseThrow();
            figures.covered += share.contains(injected) ? 1 : 0;
            figures.widths.add(share.high().subtract(share.low()).doubleValue());
            figures.verdicts.merge(measured.verdict(), 1, Integer::sum);
        }
        return figures;
    }

    /** The share of runs whose interval holds the injected effect. */
    double coverage() {
        return (double) covered / widths.size();
    }

    /** The share of runs with {@code verdict}. */
    double share(EffectVerdict verdict) {
        return (double) verdicts.getOrDefault(verdict, 0) / widths.size();
    }

    private double medianWidth() {
        return widths.stream().sorted().toList().get(widths.size() / 2);
    }

    @Override
    public String toString() {
        return "%s over %d seeds: the interval holds the injected %+.0f %% in %.1f %% of runs (median width %.1f %%), "
                .formatted(scenario, widths.size(), 100 * scenario.effect(), 100 * coverage(), 100 * medianWidth())
                + "verdicts " + verdicts;
    }
}

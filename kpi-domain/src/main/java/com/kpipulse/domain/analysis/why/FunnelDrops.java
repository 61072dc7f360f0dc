package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.Funnel;
import com.kpipulse.domain.kpi.KpiCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads the catalog's funnels (impressions → clicks → visits → leads → qualified leads → customers; visits → carts →
 * orders) over the chosen channels. Stages without data in the period or the reference are left out and the step
 * spans the gap. Each step's move is measured against the step's own history, so a step that always wobbles is not
 * blamed for wobbling; the weakest step is the one with the lowest z below zero.
 */
final class FunnelDrops {

    private final FormulaValues values;

    FunnelDrops(FormulaValues values) {
        this.values = values;
    }

    /** The funnels over the question's chosen channels, with its totals as {@code moves} has added them up once. */
    List<FunnelReading> read(List<Funnel> funnels, DeviationQuestion question, Moves moves) {
        var readings = new ArrayList<FunnelReading>();
        MeasureSums now = moves.totalOf(question.actual());
        MeasureSums then = moves.totalOf(question.reference());
        List<MeasureSums> history = question.history().stream().map(moves::totalOf).toList();
        for (Funnel funnel : funnels) {
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < funnel.stages().size(); i++) {
                String stage = funnel.stages().get(i).value();
                if (positive(now, stage) && positive(then, stage)) {
                    present.add(i);
                }
            }
            if (present.size() < 2) {
                continue;
            }
            var steps = new ArrayList<FunnelStep>();
            for (int k = 1; k < present.size(); k++) {
                steps.add(step(funnel, present.get(k - 1), present.get(k), now, then, history));
            }
            Optional<FunnelStep> weakest = steps.stream().filter(step -> step.z().isPresent() && step.z().getAsDouble() < 0)
                    .min(Comparator.comparingDouble(step -> step.z().getAsDouble()));
            readings.add(new FunnelReading(funnel.code(), LocalizedText.of(funnel.nameRu(), funnel.nameEn()), steps, weakest));
        }
        return List.copyOf(readings);
    }

    private FunnelStep step(Funnel funnel, int fromIndex, int toIndex, MeasureSums now, MeasureSums then,
                            List<MeasureSums> totals) {
        String from = funnel.stages().get(fromIndex).value();
        String to = funnel.stages().get(toIndex).value();
        Optional<String> kpi = toIndex == fromIndex + 1
                ? Optional.of(funnel.steps().get(fromIndex)).map(KpiCode::value) : Optional.empty();
        LocalizedText name = kpi.map(values::nameOf).orElseGet(() -> Wording.both(locale ->
                values.nameOf(from).in(locale) + " → " + values.nameOf(to).in(locale)));
        BigDecimal actual = conversion(now, from, to).orElseThrow();
        BigDecimal reference = conversion(then, from, to).orElseThrow();
        List<Optional<BigDecimal>> history = totals.stream().map(sums -> conversion(sums, from, to)).toList();
        OptionalDouble z = Noise.of(history).map(noise -> OptionalDouble.of(noise.z(reference, actual)))
                .orElse(OptionalDouble.empty());
        return new FunnelStep(from, to, kpi, name, actual, reference, z);
    }

    private static Optional<BigDecimal> conversion(MeasureSums sums, String from, String to) {
        Optional<BigDecimal> earlier = sums.value(from).filter(value -> value.signum() > 0);
        Optional<BigDecimal> later = sums.value(to);
        return earlier.isPresent() && later.isPresent()
                ? Optional.of(later.get().divide(earlier.get(), FormulaValues.PRECISION)) : Optional.empty();
    }

    private static boolean positive(MeasureSums sums, String stage) {
        return sums.value(stage).filter(value -> value.signum() > 0).isPresent();
    }
}

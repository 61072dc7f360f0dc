package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The slices of a KPI's deviation (channels, or one channel's campaigns): each slice's exact part with its rate and
 * mix effects ({@link ChannelAttribution}), how much of the change it explains and how surprising its move is
 * (Adtributor), and its own change split among the KPI's drivers. Largest part first.
 */
final class SliceReading {

    private final FormulaValues values;
    private final DriverDecomposition decomposition;

    SliceReading(FormulaValues values, DriverDecomposition decomposition) {
        this.values = values;
        this.decomposition = decomposition;
    }

    List<SliceContribution> read(KpiDefinition kpi, Map<String, MeasureSums> actual, Map<String, MeasureSums> reference,
                                 BigDecimal deviation, Function<String, LocalizedText> names) {
        KpiShape shape = KpiShape.of(kpi, values.catalog());
        Optional<Map<String, RateAndMix>> effects = ChannelAttribution.split(shape, actual, reference, deviation);
        if (effects.isEmpty()) {
            return List.of();
        }
        var slices = new ArrayList<SliceContribution>();
        effects.get().forEach((slice, effect) -> {
            MeasureSums now = actual.getOrDefault(slice, MeasureSums.NONE);
            MeasureSums then = reference.getOrDefault(slice, MeasureSums.NONE);
            Optional<BigDecimal> after = values.of(kpi, now);
            Optional<BigDecimal> before = values.of(kpi, then);
            List<DriverContribution> drivers = after.isPresent() && before.isPresent()
                    ? decomposition.split(kpi, now, then, after.get().subtract(before.get())) : List.of();
            slices.add(new SliceContribution(slice, names.apply(slice), after, before, effect.contribution(),
                    effect.rateEffect(), effect.mixEffect(), explanatoryPower(effect.contribution(), deviation),
                    surprise(shape, slice, actual, reference), drivers));
        });
        slices.sort(Comparator.comparing((SliceContribution slice) -> slice.contribution().abs()).reversed());
        return List.copyOf(slices);
    }

    private static double explanatoryPower(BigDecimal contribution, BigDecimal deviation) {
        return deviation.signum() == 0 ? 0 : contribution.divide(deviation, MathContext.DECIMAL64).doubleValue();
    }

    /**
     * Adtributor's surprise: for each measure of the KPI, the Jensen–Shannon divergence of the slice's share before
     * (p) and after (q), ½ [p log₂(2p / (p + q)) + q log₂(2q / (p + q))]; for a ratio the numerator's and the
     * denominator's measures both count. A measure with negative values has no shares and adds nothing.
     */
    private static double surprise(KpiShape shape, String slice, Map<String, MeasureSums> actual,
                                   Map<String, MeasureSums> reference) {
        double surprise = 0;
        for (String measure : shape.measures()) {
            Optional<Double> p = share(measure, slice, reference);
            Optional<Double> q = share(measure, slice, actual);
            if (p.isPresent() && q.isPresent()) {
                surprise += 0.5 * (term(p.get(), q.get()) + term(q.get(), p.get()));
            }
        }
        return surprise;
    }

    private static double term(double own, double other) {
        return own == 0 ? 0 : own * Math.log(2 * own / (own + other)) / Math.log(2);
    }

    private static Optional<Double> share(String measure, String slice, Map<String, MeasureSums> slices) {
        double total = 0;
        for (MeasureSums sums : slices.values()) {
            double value = sums.value(measure).orElse(BigDecimal.ZERO).doubleValue();
            if (value < 0) {
                return Optional.empty();
            }
            total += value;
        }
        if (total <= 0) {
            return Optional.empty();
        }
        return Optional.of(slices.getOrDefault(slice, MeasureSums.NONE).value(measure).orElse(BigDecimal.ZERO)
                .doubleValue() / total);
    }
}

package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each slice's part (channel, or campaign inside a channel) of the deviation of a KPI over all of them, adding up to
 * the deviation exactly, and nothing for a slice whose figures did not change (the change of one channel is not
 * blamed on the others, whose shares only moved because it did).
 * <ul>
 *   <li>A total (revenue, orders): a slice's part is its own change; all of it is rate effect.</li>
 *   <li>A ratio R = N / D of totals (conversion = Σ orders / Σ visits), from R₀ = N₀ / D₀ to R₁ = N₁ / D₁: a slice
 *   whose numerator moved by ΔNᵢ and denominator by ΔDᵢ gets h·ΔNᵢ − g·ΔDᵢ, with h = ½ (1 / D₀ + 1 / D₁) and
 *   g = ½ (R₀ / D₁ + R₁ / D₀). These add up to R₁ − R₀ exactly (the average of the two orders of switching the
 *   whole's numerator and denominator), need only the wholes' denominators to be non-zero, and are zero for a slice
 *   that did not move.</li>
 *   <li>Rate and mix: with the slice's own ratio rᵢ = Nᵢ / Dᵢ, ΔNᵢ = D̄ᵢ·Δrᵢ + r̄ᵢ·ΔDᵢ (bars: the midpoint of the two
 *   periods, which leaves no interaction term), so its part is h·D̄ᵢ·Δrᵢ (rate effect: its own ratio moved, weighted
 *   by its size) plus (h·r̄ᵢ − g)·ΔDᵢ (mix effect: its weight in the denominator moved, pulling the whole towards its
 *   own ratio; nothing when its ratio is the whole's). A slice without denominator on one side (a channel that
 *   started or stopped) takes its ratio from the other side, so its arrival or departure is mix; a slice that never
 *   has a denominator (revenue of a channel without spend, inside ROMI) has no ratio and its part is all rate.</li>
 *   <li>{@code offset + scale × N / D} (ROMI, NPS × 100, 1 − cart_orders / carts): the parts of N / D times the
 *   scale.</li>
 * </ul>
 * Division is at 34 significant digits; the exact-residual rule ({@link ExactSum}) closes the last digits.
 */
final class ChannelAttribution {

    private static final MathContext PRECISION = FormulaValues.PRECISION;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ChannelAttribution() {
    }

    /**
     * @return per slice (in the order of {@code actual}, then slices only {@code reference} has) its effects, adding
     * up to {@code deviation}; empty when the KPI cannot be split or a whole's denominator is zero
     */
    static Optional<Map<String, RateAndMix>> split(KpiShape shape, Map<String, MeasureSums> actual,
                                                   Map<String, MeasureSums> reference, BigDecimal deviation) {
        Set<String> slices = new LinkedHashSet<>(actual.keySet());
        slices.addAll(reference.keySet());
        Optional<Map<String, RateAndMix>> raw = switch (shape) {
            case KpiShape.Total total -> Optional.of(totals(total.value(), slices, actual, reference));
            case KpiShape.Ratio ratio -> ratios(ratio, slices, actual, reference);
            case KpiShape.Unsplittable unsplittable -> Optional.empty();
        };
        return raw.map(effects -> exact(effects, deviation));
    }

    private static Map<String, RateAndMix> totals(LinearCombination value, Set<String> slices,
                                                  Map<String, MeasureSums> actual, Map<String, MeasureSums> reference) {
        var effects = new LinkedHashMap<String, RateAndMix>();
        for (String slice : slices) {
            BigDecimal change = value.of(actual.getOrDefault(slice, MeasureSums.NONE))
                    .subtract(value.of(reference.getOrDefault(slice, MeasureSums.NONE)));
            effects.put(slice, new RateAndMix(change, BigDecimal.ZERO));
        }
        return effects;
    }

    private static Optional<Map<String, RateAndMix>> ratios(KpiShape.Ratio shape, Set<String> slices,
                                                            Map<String, MeasureSums> actual,
                                                            Map<String, MeasureSums> reference) {
        var before = new ArrayList<Side>();
        var after = new ArrayList<Side>();
        for (String slice : slices) {
            MeasureSums then = reference.getOrDefault(slice, MeasureSums.NONE);
            MeasureSums now = actual.getOrDefault(slice, MeasureSums.NONE);
            before.add(new Side(shape.numerator().of(then), shape.denominator().of(then)));
            after.add(new Side(shape.numerator().of(now), shape.denominator().of(now)));
        }
        BigDecimal d0 = before.stream().map(Side::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal d1 = after.stream().map(Side::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (d0.signum() == 0 || d1.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal n0 = before.stream().map(Side::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal n1 = after.stream().map(Side::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal r0 = n0.divide(d0, PRECISION);
        BigDecimal r1 = n1.divide(d1, PRECISION);
        BigDecimal h = BigDecimal.ONE.divide(d0, PRECISION).add(BigDecimal.ONE.divide(d1, PRECISION))
                .divide(TWO, PRECISION);
        BigDecimal g = r0.divide(d1, PRECISION).add(r1.divide(d0, PRECISION)).divide(TWO, PRECISION);

        var effects = new LinkedHashMap<String, RateAndMix>();
        int i = 0;
        for (String slice : slices) {
            Side then = before.get(i);
            Side now = after.get(i);
            i++;
            Optional<BigDecimal> own0 = then.ratio();
            Optional<BigDecimal> own1 = now.ratio();
            BigDecimal ratioMidpoint = own0.or(() -> own1).orElse(BigDecimal.ZERO)
                    .add(own1.or(() -> own0).orElse(BigDecimal.ZERO)).divide(TWO, PRECISION);
            BigDecimal numeratorChange = now.numerator().subtract(then.numerator());
            BigDecimal denominatorChange = now.denominator().subtract(then.denominator());
            BigDecimal part = h.multiply(numeratorChange).subtract(g.multiply(denominatorChange));
            BigDecimal mix = h.multiply(ratioMidpoint).subtract(g).multiply(denominatorChange);
            effects.put(slice, new RateAndMix(part.subtract(mix).multiply(shape.scale()), mix.multiply(shape.scale())));
        }
        return Optional.of(effects);
    }

    /** The effects with the last-digit difference to the deviation put on the largest slice. */
    private static Map<String, RateAndMix> exact(Map<String, RateAndMix> effects, BigDecimal deviation) {
        var slices = new ArrayList<>(effects.keySet());
        List<BigDecimal> raw = slices.stream().map(slice -> effects.get(slice).contribution()).toList();
        List<BigDecimal> exact = ExactSum.adjusted(raw, deviation);
        var adjusted = new LinkedHashMap<String, RateAndMix>();
        for (int i = 0; i < slices.size(); i++) {
            RateAndMix effect = effects.get(slices.get(i));
            adjusted.put(slices.get(i), effect.plus(exact.get(i).subtract(raw.get(i))));
        }
        return adjusted;
    }

    /** One slice's numerator and denominator in one period. */
    private record Side(BigDecimal numerator, BigDecimal denominator) {

        Optional<BigDecimal> ratio() {
            return denominator.signum() == 0 ? Optional.empty() : Optional.of(numerator.divide(denominator, PRECISION));
        }
    }
}

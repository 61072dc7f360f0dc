package com.kpipulse.domain.analysis.why;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The smallest set of slices that explains most of a deviation, as Adtributor chooses it (Bhagwan et al., NSDI 2014):
 * slices ranked by explanatory power, surprise breaking ties (powers equal to two decimals); taken while each explains
 * at least {@value #LEAST_EACH} of the change, until together they explain {@value #MOST} or more. When they never
 * get there, the change is spread too thinly for any set to explain it, and the set is empty.
 */
final class ExplainingSet {

    static final double MOST = 2.0 / 3;
    static final double LEAST_EACH = 0.1;

    private ExplainingSet() {
    }

    static List<String> of(List<SliceContribution> slices) {
        List<SliceContribution> ranked = slices.stream()
                .sorted(Comparator.comparingLong((SliceContribution slice) -> Math.round(slice.explanatoryPower() * 100))
                        .reversed().thenComparing(Comparator.comparingDouble(SliceContribution::surprise).reversed()))
                .toList();
        var chosen = new ArrayList<String>();
        double explained = 0;
        for (SliceContribution slice : ranked) {
            if (slice.explanatoryPower() < LEAST_EACH) {
                break;
            }
            chosen.add(slice.slice());
            explained += slice.explanatoryPower();
            if (explained >= MOST) {
                return List.copyOf(chosen);
            }
        }
        return List.of();
    }

    /** What the slices of the set explain together. */
    static double explained(List<SliceContribution> slices, List<String> set) {
        return slices.stream().filter(slice -> set.contains(slice.slice()))
                .mapToDouble(SliceContribution::explanatoryPower).sum();
    }
}

package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * The changes of a proposal as steps a person can follow: the channel with the lowest marginal return gives first, to
 * the channel with the highest; what is left over when the total is free is a cut or an addition. The steps add up to
 * each channel's change exactly.
 */
final class MoveSplit {

    /** From one channel to another, or from one channel only (a cut), or to one only (an addition). */
    record Step(OptionalInt from, OptionalInt to, BigDecimal amount) {
    }

    private MoveSplit() {
    }

    /**
     * @param changes  each channel's proposed change of spend
     * @param marginal each channel's marginal return now
     */
    static List<Step> split(List<BigDecimal> changes, double[] marginal) {
        List<Integer> givers = IntStream.range(0, changes.size()).filter(i -> changes.get(i).signum() < 0).boxed()
                .sorted(Comparator.comparingDouble(i -> marginal[i])).toList();
        List<Integer> takers = IntStream.range(0, changes.size()).filter(i -> changes.get(i).signum() > 0).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> marginal[i]).reversed()).toList();
        var steps = new ArrayList<Step>();
        int g = 0;
        int t = 0;
        BigDecimal toGive = givers.isEmpty() ? BigDecimal.ZERO : changes.get(givers.getFirst()).negate();
        BigDecimal toTake = takers.isEmpty() ? BigDecimal.ZERO : changes.get(takers.getFirst());
        while (g < givers.size() && t < takers.size()) {
            BigDecimal amount = toGive.min(toTake);
            steps.add(new Step(OptionalInt.of(givers.get(g)), OptionalInt.of(takers.get(t)), amount));
            toGive = toGive.subtract(amount);
            toTake = toTake.subtract(amount);
            if (toGive.signum() == 0 && ++g < givers.size()) {
                toGive = changes.get(givers.get(g)).negate();
            }
            if (toTake.signum() == 0 && ++t < takers.size()) {
                toTake = changes.get(takers.get(t));
            }
        }
        for (; g < givers.size(); g++) {
            steps.add(new Step(OptionalInt.of(givers.get(g)), OptionalInt.empty(), toGive));
            toGive = g + 1 < givers.size() ? changes.get(givers.get(g + 1)).negate() : BigDecimal.ZERO;
        }
        for (; t < takers.size(); t++) {
            steps.add(new Step(OptionalInt.empty(), OptionalInt.of(takers.get(t)), toTake));
            toTake = t + 1 < takers.size() ? changes.get(takers.get(t + 1)) : BigDecimal.ZERO;
        }
        return List.copyOf(steps);
    }
}

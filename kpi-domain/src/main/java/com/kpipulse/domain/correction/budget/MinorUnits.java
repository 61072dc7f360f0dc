package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spends in the currency's minor units (kopecks): bounds rounded inwards, so a spend between them is within the limit
 * however it is written; a spread rounded to the nearest kopeck within its bounds and, when a total is to be kept,
 * the last kopecks of difference put where there is room, largest spend first, so that the spends add up to the total
 * exactly.
 */
final class MinorUnits {

    private final int scale;

    MinorUnits(int scale) {
        this.scale = scale;
    }

    BigDecimal lowerBound(BigDecimal current, BigDecimal maxShare) {
        return current.multiply(BigDecimal.ONE.subtract(maxShare)).setScale(scale, RoundingMode.CEILING).max(BigDecimal.ZERO);
    }

    BigDecimal upperBound(BigDecimal current, BigDecimal maxShare) {
        return current.multiply(BigDecimal.ONE.add(maxShare)).setScale(scale, RoundingMode.FLOOR);
    }

    /**
     * @param spend spends as computed
     * @param total the sum to keep exactly, between the sums of the bounds; empty when the total is free
     */
    List<BigDecimal> rounded(double[] spend, List<BigDecimal> lower, List<BigDecimal> upper,
                             Optional<BigDecimal> total) {
        var rounded = new ArrayList<BigDecimal>(spend.length);
        for (int i = 0; i < spend.length; i++) {
            BigDecimal nearest = BigDecimal.valueOf(spend[i]).setScale(scale, RoundingMode.HALF_EVEN);
            rounded.add(nearest.max(lower.get(i)).min(upper.get(i)));
        }
        if (total.isEmpty()) {
            return List.copyOf(rounded);
        }
        BigDecimal left = total.get().subtract(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Integer> largestFirst = new ArrayList<>();
        for (int i = 0; i < spend.length; i++) {
            largestFirst.add(i);
        }
        largestFirst.sort((a, b) -> rounded.get(b).compareTo(rounded.get(a)));
        for (int i : largestFirst) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal room = left.signum() > 0 ? upper.get(i).subtract(rounded.get(i))
                    : lower.get(i).subtract(rounded.get(i));
            BigDecimal taken = left.signum() > 0 ? left.min(room) : left.max(room);
            rounded.set(i, rounded.get(i).add(taken));
            left = left.subtract(taken);
        }
        if (left.signum() != 0) {
            throw new IllegalStateException("The total " + total.get().toPlainString() + " is outside the bounds");
        }
        return List.copyOf(rounded);
    }
}

package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact-residual rule. Parts computed with division at 34 significant digits can miss their total in the last
 * digits; that difference goes to the part largest in size (the first of equals), so the parts add up to the total
 * exactly, as {@code BigDecimal}s. A difference larger than 10⁻²⁰ of the figures involved is no rounding but a bug,
 * and is refused.
 */
final class ExactSum {

    private static final BigDecimal ROUNDING = new BigDecimal("1e-20");

    private ExactSum() {
    }

    static List<BigDecimal> adjusted(List<BigDecimal> parts, BigDecimal total) {
        BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal residual = total.subtract(sum);
        if (residual.signum() == 0) {
            return List.copyOf(parts);
        }
        if (parts.isEmpty()) {
            throw new IllegalStateException("No parts to add up to " + total.toPlainString());
        }
        BigDecimal scale = parts.stream().map(BigDecimal::abs).reduce(total.abs(), BigDecimal::max).max(BigDecimal.ONE);
        if (residual.abs().compareTo(scale.multiply(ROUNDING)) > 0) {
            throw new IllegalStateException("Parts " + parts + " miss their total " + total.toPlainString()
                    + " by " + residual.toPlainString() + ", more than rounding");
        }
        int largest = 0;
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).abs().compareTo(parts.get(largest).abs()) > 0) {
                largest = i;
            }
        }
        var adjusted = new ArrayList<>(parts);
        adjusted.set(largest, parts.get(largest).add(residual));
        return List.copyOf(adjusted);
    }
}

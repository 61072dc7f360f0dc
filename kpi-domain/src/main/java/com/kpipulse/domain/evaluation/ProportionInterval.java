package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.kpi.ProportionCounts;

/**
 * The Wilson score interval of a rate: the range the true rate probably lies in, given how many
 * trials there were. With 40 visits a 5 % conversion is anything between about 1 % and 17 %.
 */
public record ProportionInterval(double low, double high) {

    /** 95 % confidence. */
    public static final double Z_95 = 1.959964;

    public ProportionInterval {
        if (low > high) {
            throw new IllegalArgumentException("low > high");
        }
    }

    public static ProportionInterval wilson(ProportionCounts counts, double z) {
        double n = counts.trials().doubleValue();
        double p = counts.successes().doubleValue() / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new ProportionInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

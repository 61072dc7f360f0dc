package com.kpipulse.domain.analysis.anomaly;

import java.util.SplittableRandom;

/** An unusual day put into a synthetic series by hand, and whether the detector's finding on that day names it. */
enum Injected {
    /** The day's value cut to 5–50 % of what it was (a drop of half or more). */
    DROP,
    /** The day's value multiplied by 2 to 4. */
    SPIKE,
    /** The day's value set to zero. */
    ZERO,
    /** The day removed: the source delivered nothing. */
    MISSING;

    void into(double[] values, int index, SplittableRandom random) {
        values[index] = switch (this) {
            case DROP -> Math.round(values[index] * (0.05 + 0.45 * random.nextDouble()) * 100) / 100.0;
            case SPIKE -> Math.round(values[index] * (2 + 2 * random.nextDouble()) * 100) / 100.0;
            case ZERO -> 0;
            case MISSING -> Double.NaN;
        };
    }

    boolean namedBy(Finding finding) {
        return switch (finding) {
            case Finding.MissingDay missing -> this == MISSING;
            case Finding.UnusualValue unusual -> switch (this) {
                case DROP -> unusual.deviation() == Deviation.DROP;
                case SPIKE -> unusual.deviation() == Deviation.SPIKE;
                case ZERO -> unusual.deviation() == Deviation.ZERO;
                case MISSING -> false;
            };
        };
    }
}

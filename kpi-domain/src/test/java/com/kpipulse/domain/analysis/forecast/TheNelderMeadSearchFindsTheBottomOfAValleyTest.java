package com.kpipulse.domain.analysis.forecast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The search the forecast fits its parameters with finds the minimum of a bowl and of Rosenbrock's curved valley. */
class TheNelderMeadSearchFindsTheBottomOfAValleyTest {

    private final NelderMead search = new NelderMead(5000, 1e-14);

    @Test
    void theBottomOfABowlIsFound() {
        double[] found = search.minimize(p -> Math.pow(p[0] - 3, 2) + 2 * Math.pow(p[1] + 1, 2) + Math.pow(p[2], 2),
                new double[]{0, 0, 5});

        assertThat(found[0]).isCloseTo(3, offset(1e-4));
        assertThat(found[1]).isCloseTo(-1, offset(1e-4));
        assertThat(found[2]).isCloseTo(0, offset(1e-4));
    }

    @Test
    void theBottomOfRosenbrocksCurvedValleyIsFound() {
        double[] found = search.minimize(p -> Math.pow(1 - p[0], 2) + 100 * Math.pow(p[1] - p[0] * p[0], 2),
                new double[]{-1.2, 1});

        assertThat(found[0]).isCloseTo(1, offset(1e-3));
        assertThat(found[1]).isCloseTo(1, offset(1e-3));
    }
}

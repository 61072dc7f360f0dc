package com.kpipulse.domain.analysis.anomaly;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The median found by quickselect is the middle of the sorted values (the mean of the two middle ones for an even
 * count).
 */
class TheMedianIsTheMiddleOfTheSortedValuesTest {

    @Property
    void theMedianIsTheMiddleOfTheSortedValues(
            @ForAll @Size(min = 1, max = 60) List<@DoubleRange(min = -1e6, max = 1e6) Double> list) {
        double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;

        assertThat(Robust.median(values)).isEqualTo(expected);
    }
}

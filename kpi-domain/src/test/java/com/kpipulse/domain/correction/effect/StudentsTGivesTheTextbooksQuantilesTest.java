package com.kpipulse.domain.correction.effect;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** Student's t gives the quantiles of the printed tables, for whole and fractional degrees of freedom. */
class StudentsTGivesTheTextbooksQuantilesTest {

    @Test
    void twoSidedNinetyFivePercentQuantilesAreTheTables() {
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.7062, offset(1e-4));
        assertThat(StudentT.quantile(0.975, 2)).isCloseTo(4.3027, offset(1e-4));
        assertThat(StudentT.quantile(0.975, 5)).isCloseTo(2.5706, offset(1e-4));
        assertThat(StudentT.quantile(0.975, 15)).isCloseTo(2.1314, offset(1e-4));
        assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.0423, offset(1e-4));
        assertThat(StudentT.quantile(0.975, 1e6)).as("the normal's 1.96 for many").isCloseTo(1.9600, offset(1e-4));
    }

    @Test
    void otherLevelsAndTheLowerTailFollow() {
        assertThat(StudentT.quantile(0.95, 10)).isCloseTo(1.8125, offset(1e-4));
        assertThat(StudentT.quantile(0.995, 4)).isCloseTo(4.6041, offset(1e-4));
        assertThat(StudentT.quantile(0.025, 15)).isCloseTo(-2.1314, offset(1e-4));
        assertThat(StudentT.quantile(0.5, 7)).isZero();
    }

    @Test
    void fractionalDegreesOfFreedomLieBetweenTheWholeOnes() {
        assertThat(StudentT.quantile(0.975, 4.5)).isBetween(StudentT.quantile(0.975, 5), StudentT.quantile(0.975, 4));
    }

    @Test
    void theDistributionIsTheQuantilesInverse() {
        assertThat(StudentT.distribution(StudentT.quantile(0.9, 6), 6)).isCloseTo(0.9, offset(1e-10));
        assertThat(StudentT.distribution(0, 3)).isCloseTo(0.5, offset(1e-12));
    }
}

package com.kpipulse.domain.properties;

import com.kpipulse.domain.evaluation.Attainment;
import com.kpipulse.domain.kpi.Direction;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AttainmentFollowsTheDirectionForAnyNumbersTest {

    @Property
    void aBetterActualNeverScoresLower(@ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal lower,
                                      @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal higher,
                                      @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal target) {
        Assume.that(lower.compareTo(higher) < 0 && target.signum() != 0);

        BigDecimal up1 = Attainment.of(Direction.HIGHER_IS_BETTER, lower, target).orElseThrow();
        BigDecimal up2 = Attainment.of(Direction.HIGHER_IS_BETTER, higher, target).orElseThrow();
        BigDecimal down1 = Attainment.of(Direction.LOWER_IS_BETTER, lower, target).orElseThrow();
        BigDecimal down2 = Attainment.of(Direction.LOWER_IS_BETTER, higher, target).orElseThrow();

        assertThat(up1).isLessThan(up2);
        assertThat(down1).isGreaterThan(down2);
    }

    @Property
    void meetingTheTargetIsAnAttainmentOfAtLeastOne(@ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal actual,
                                                   @ForAll @BigRange(min = "-1000000", max = "1000000") BigDecimal target,
                                                   @ForAll Direction direction) {
        Assume.that(target.signum() != 0);

        boolean met = Attainment.meetsTarget(direction, actual, target);

        assertThat(Attainment.of(direction, actual, target).orElseThrow().compareTo(BigDecimal.ONE) >= 0).isEqualTo(met);
    }

    @Property
    void theTwoDirectionsMirrorEachOtherAroundOne(@ForAll @BigRange(min = "0", max = "1000000") BigDecimal actual,
                                                  @ForAll @BigRange(min = "0.01", max = "1000000") BigDecimal target) {
        BigDecimal higher = Attainment.of(Direction.HIGHER_IS_BETTER, actual, target).orElseThrow();
        BigDecimal lower = Attainment.of(Direction.LOWER_IS_BETTER, actual, target).orElseThrow();

        assertThat(higher.add(lower)).isEqualByComparingTo("2");
    }
}

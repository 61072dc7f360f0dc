package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.kpi.Direction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verdict reads only where the interval lies: wholly on the side the action wanted is «worked», wholly on the
 * other «worse», wholly inside the band of no change «no effect», anything else «inconclusive»; a KPI for which lower
 * is better swaps «worked» and «worse» and nothing else.
 */
class TheVerdictFollowsWhereTheIntervalLiesTest {

    private static final double BAND = 0.05;

    @Test
    void theFourPlacesOfAnInterval() {
        assertThat(VerdictRule.judge(0.01, 0.2, BAND, Direction.HIGHER_IS_BETTER)).isEqualTo(EffectVerdict.WORKED);
        assertThat(VerdictRule.judge(-0.2, -0.01, BAND, Direction.HIGHER_IS_BETTER)).isEqualTo(EffectVerdict.WORSE);
        assertThat(VerdictRule.judge(-0.04, 0.03, BAND, Direction.HIGHER_IS_BETTER)).isEqualTo(EffectVerdict.NO_EFFECT);
        assertThat(VerdictRule.judge(-0.04, 0.2, BAND, Direction.HIGHER_IS_BETTER))
                .isEqualTo(EffectVerdict.INCONCLUSIVE);
        assertThat(VerdictRule.judge(0.01, 0.2, BAND, Direction.LOWER_IS_BETTER)).isEqualTo(EffectVerdict.WORSE);
    }

    @Test
    void anIntervalTouchingZeroHasNotLeftIt() {
        assertThat(VerdictRule.judge(0, 0.2, BAND, Direction.HIGHER_IS_BETTER)).isEqualTo(EffectVerdict.INCONCLUSIVE);
        assertThat(VerdictRule.judge(0, 0, BAND, Direction.HIGHER_IS_BETTER)).isEqualTo(EffectVerdict.NO_EFFECT);
    }

    @Property(tries = 500, seed = "20260304")
    void theVerdictIsWhereTheIntervalLies(@ForAll @DoubleRange(min = -1, max = 1) double one,
                                          @ForAll @DoubleRange(min = -1, max = 1) double other) {
        double low = Math.min(one, other);
        double high = Math.max(one, other);

        EffectVerdict higher = VerdictRule.judge(low, high, BAND, Direction.HIGHER_IS_BETTER);
        EffectVerdict lower = VerdictRule.judge(low, high, BAND, Direction.LOWER_IS_BETTER);

        assertThat(higher == EffectVerdict.WORKED).isEqualTo(low > 0);
        assertThat(higher == EffectVerdict.WORSE).isEqualTo(high < 0);
        assertThat(higher == EffectVerdict.NO_EFFECT).isEqualTo(low >= -BAND && high <= BAND && low <= 0 && high >= 0);
        assertThat(lower).isEqualTo(switch (higher) {
            case WORKED -> EffectVerdict.WORSE;
            case WORSE -> EffectVerdict.WORKED;
            default -> higher;
        });
    }
}

package com.kpipulse.domain.correction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnActionsEffectIsWatchedAWeekToNinetyDaysAfterItsDueDateTest {

    @Test
    void unlessSaidOtherwiseTheEffectIsWatchedTwoWeeksAfterTheDueDate() {
        ActionDetails details = Actions.details();

        assertThat(details.effectWindow()).isEqualTo(new EffectWindow(14));
        assertThat(details.effectWindowEnd()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aWindowChosenForTheActionMovesTheDayItsEffectIsMeasuredAfter() {
        ActionDetails base = Actions.details();
        ActionDetails longer = new ActionDetails(base.title(), base.goal(), base.kpi(), base.channels(), base.owner(),
                base.due(), base.hypothesis(), base.effect(), new EffectWindow(30));

        assertThat(longer.effectWindowEnd()).isEqualTo(LocalDate.of(2027, 1, 17));
    }

    @Test
    void aWindowIsAWeekAtTheLeastAndNinetyDaysAtTheMost() {
        assertThat(EffectWindow.fits(7)).isTrue();
        assertThat(EffectWindow.fits(90)).isTrue();
        assertThat(EffectWindow.fits(6)).isFalse();
        assertThat(EffectWindow.fits(91)).isFalse();
        assertThatThrownBy(() -> new EffectWindow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EffectWindow(365)).isInstanceOf(IllegalArgumentException.class);
    }
}

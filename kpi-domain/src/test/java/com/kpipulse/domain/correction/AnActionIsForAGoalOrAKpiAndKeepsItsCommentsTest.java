package com.kpipulse.domain.correction;

import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnActionIsForAGoalOrAKpiAndKeepsItsCommentsTest {

    @Test
    void anActionForNeitherAGoalNorAKpiIsABug() {
        ActionDetails details = Actions.details();

        assertThatThrownBy(() -> new ActionDetails(details.title(), Optional.empty(), Optional.empty(), List.of(),
                details.owner(), details.due(), "", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKpiAloneOrAGoalAloneIsEnough() {
        ActionDetails details = Actions.details();

        assertThat(new ActionDetails(details.title(), Optional.empty(), details.kpi(), List.of(), details.owner(),
                details.due(), null, Optional.empty()).hypothesis()).isEmpty();
        assertThat(new ActionDetails(details.title(), details.goal(), Optional.empty(), List.of(), details.owner(),
                details.due(), "", Optional.empty()).goal()).isPresent();
    }

    @Test
    void aChannelIsNamedOnce() {
        ActionDetails details = Actions.details();

        assertThatThrownBy(() -> new ActionDetails(details.title(), details.goal(), details.kpi(),
                List.of("vk_ads", "vk_ads"), details.owner(), details.due(), "", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExpectedEffectIsMoreThanNothingAndAtMostTenTimesTheValue() {
        KpiCode ctr = new KpiCode("ctr");

        assertThat(new ExpectedEffect(ctr, EffectDirection.DOWN, new BigDecimal("0.150")).size())
                .isEqualByComparingTo("0.15");
        assertThatThrownBy(() -> new ExpectedEffect(ctr, EffectDirection.UP, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpectedEffect(ctr, EffectDirection.UP, new BigDecimal("10.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void commentsAreAddedAfterTheOthersAndTheRestStays() {
        CorrectiveAction action = Actions.proposed();
        ActionComment first = new ActionComment("sofia", Instant.parse("2026-12-08T10:00:00Z"), "Начала проверку");
        ActionComment second = new ActionComment("hanna", Instant.parse("2026-12-08T11:00:00Z"), "Спасибо");

        CorrectiveAction commented = action.commented(first).commented(second);

        assertThat(commented.comments()).containsExactly(first, second);
        assertThat(commented.details()).isEqualTo(action.details());
        assertThat(commented.status()).isEqualTo(action.status());
    }

    @Test
    void changedDetailsKeepTheStatusAndTheComments() {
        CorrectiveAction accepted = Actions.movedTo(Actions.proposed(), ActionStatus.ACCEPTED)
                .commented(new ActionComment("sofia", Instant.parse("2026-12-08T10:00:00Z"), "Беру"));
        ActionDetails details = Actions.details();
        ActionDetails later = new ActionDetails(details.title(), details.goal(), details.kpi(), details.channels(),
                "mark", details.due().plusWeeks(1), details.hypothesis(), details.effect());

        CorrectiveAction changed = accepted.with(later);

        assertThat(changed.details()).isEqualTo(later);
        assertThat(changed.status()).isEqualTo(ActionStatus.ACCEPTED);
        assertThat(changed.comments()).hasSize(1);
        assertThat(changed.ownedBy("MARK")).isTrue();
    }
}

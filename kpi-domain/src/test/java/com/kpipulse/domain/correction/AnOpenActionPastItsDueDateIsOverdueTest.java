package com.kpipulse.domain.correction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnOpenActionPastItsDueDateIsOverdueTest {

    @Test
    void theDueDayItselfIsNotOverdue() {
        assertThat(Actions.proposed().overdueOn(Actions.DUE)).isFalse();
    }

    @Test
    void theDayAfterAnOpenActionIsOverdue() {
        assertThat(Actions.proposed().overdueOn(Actions.DUE.plusDays(1))).isTrue();
        assertThat(Actions.movedTo(Actions.proposed(), ActionStatus.ACCEPTED).overdueOn(Actions.DUE.plusDays(1))).isTrue();
    }

    @Test
    void aDoneOrDroppedActionIsNeverOverdue() {
        CorrectiveAction done = Actions.movedTo(Actions.movedTo(Actions.movedTo(Actions.proposed(),
                ActionStatus.ACCEPTED), ActionStatus.IN_PROGRESS), ActionStatus.DONE);
        CorrectiveAction dropped = ((StatusChange.Moved) Actions.proposed().moveTo(ActionStatus.DROPPED, "дубль"))
                .action();

        assertThat(done.overdueOn(Actions.DUE.plusYears(1))).isFalse();
        assertThat(dropped.overdueOn(Actions.DUE.plusYears(1))).isFalse();
    }
}

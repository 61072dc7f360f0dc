package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectWindow;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The window after an action's due date in which its effect is watched: two weeks unless the writer gives whole days
 * from 7 to 90; it is kept with the action, written into its audit and measured over.
 */
class AnActionWatchesItsEffectForTheDaysItWasGivenTest {

    private final Department department = new Department();

    @Test
    void anActionWithoutAWindowWatchesItsEffectForTwoWeeks() {
        CorrectiveAction action = department.proposed(Department.HANNA, department.landingPageCheck()).value();

        assertThat(action.details().effectWindow()).isEqualTo(EffectWindow.standard());
        assertThat(action.details().effectWindowEnd()).isEqualTo(LocalDate.of(2027, 1, 1));
    }

    @Test
    void aWindowOfThirtyDaysIsKeptAndAudited() {
        ActionOutcome outcome = department.manage.create(Department.HANNA,
                department.landingPageCheck().withEffectWindow(" 30 "));

        CorrectiveAction action = ((ActionOutcome.Saved) outcome).action().value();
        assertThat(action.details().effectWindow()).isEqualTo(new EffectWindow(30));
        assertThat(department.audit.of(ActionAudit.SUBJECT, action.id().toString()).getFirst().after())
                .contains("window=30d");
    }

    @Test
    void aChangedWindowIsAuditedAsAnEdit() {
        ActionId id = department.proposed(Department.HANNA, department.landingPageCheck()).value().id();

        ActionOutcome outcome = department.manage.edit(Department.HANNA, id, ExpectedVersion.of(1),
                department.landingPageCheck().withEffectWindow("60"));

        assertThat(((ActionOutcome.Saved) outcome).action().value().details().effectWindow().days()).isEqualTo(60);
        assertThat(department.audit.of(ActionAudit.SUBJECT, id.toString()).getLast())
                .satisfies(entry -> {
                    assertThat(entry.before()).contains("window=14d");
                    assertThat(entry.after()).contains("window=60d");
                });
    }

    @Test
    void aWindowShorterThanAWeekLongerThanNinetyDaysOrNotInWholeDaysIsRefusedAndNothingIsStored() {
        for (String unfit : List.of("6", "91", "0", "-14", "14.5", "две недели", "1000000")) {
            ActionOutcome outcome = department.manage.create(Department.HANNA,
                    department.landingPageCheck().withEffectWindow(unfit));

            assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.fields(outcome)).as(unfit)
                    .containsExactly("effectWindowDays");
            assertThat(((ActionOutcome.Rejected) outcome).problems().getFirst().reason().code()).as(unfit)
                    .isEqualTo("action.effect_window");
            assertThat(AnActionIsProposedCheckedFieldByFieldAndAuditedTest.reason(outcome, "effectWindowDays"))
                    .as(unfit).contains("от 7 до 90");
        }
        assertThat(department.store.matching(ActionFilter.all())).isEmpty();
        assertThat(department.audit.entries()).isEmpty();
    }

    @Test
    void theEffectIsMeasuredOverTheActionsOwnWindow() {
        ActionId id = department.proposed(Department.HANNA, department.landingPageCheck().withEffectWindow("7"))
                .value().id();
        Clock now = Clock.fixed(LocalDate.of(2026, 12, 27).atTime(9, 0).atZone(ZoneId.of("Europe/Moscow"))
                .toInstant(), ZoneId.of("Europe/Moscow"));
        MeasureActionEffect measure = new MeasureActionEffect(department.read, department.catalogs,
                InMemory.channelCatalogs(), new InMemoryObservationStore().valuesThatCount(), InMemory.coverage(now),
                department.clock);

        ActionEffect.Estimated effect = (ActionEffect.Estimated) ((Access.Granted<ActionEffect>)
                measure.of(Department.HANNA, id)).value();

        assertThat(effect.window().daysAfterDue()).isEqualTo(7);
        assertThat(effect.window().end()).isEqualTo(LocalDate.of(2026, 12, 25));
    }
}

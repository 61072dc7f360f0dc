package com.kpipulse.adapters.correction;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.correction.ActionFilter;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionComment;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.EffectWindow;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.correction.StatusChange;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of corrective actions does: keeps an action as it was given (times to the microsecond), at version
 * 1, one more with every replace; refuses a replace at another version than the stored one; lists by owner (any case),
 * goal, status and overdue, the earliest due date first. Each test's actions belong to an owner of its own.
 */
public abstract class CorrectiveActionsContract extends PortContract {

    private static final Instant PROPOSED_AT = Instant.parse("2026-12-07T09:00:00.123456Z");

    private final String owner = "owner-" + UUID.randomUUID();
    private final GoalId goal = GoalId.random();

    protected abstract CorrectiveActions actions();

    private ActionDetails details(LocalDate due, List<String> channels) {
        return new ActionDetails("Проверить посадочную страницу VK", Optional.of(goal), Optional.of(new KpiCode("revenue")),
                channels, owner, due, "Конверсия VK упала вдвое\nпри тех же визитах",
                Optional.of(new ExpectedEffect(new KpiCode("conversion_rate"), EffectDirection.UP,
                        new BigDecimal("0.125"))));
    }

    private CorrectiveAction action(LocalDate due) {
        return CorrectiveAction.propose(ActionId.random(), details(due, List.of("vk_ads", "seo")), "hanna", PROPOSED_AT);
    }

    @Test
    void aCreatedActionIsFoundAsItWasGivenAtVersionOne() {
        CorrectiveAction action = action(LocalDate.of(2026, 12, 18));

        tx(() -> actions().create(action));

        assertThat(tx(() -> actions().find(action.id()))).contains(new Versioned<>(action, 1));
    }

    @Test
    void anActionForAKpiAloneWithoutChannelsOrEffectIsKeptSo() {
        CorrectiveAction bare = CorrectiveAction.propose(ActionId.random(), new ActionDetails("Новые креативы",
                Optional.empty(), Optional.of(new KpiCode("ctr")), List.of(), owner, LocalDate.of(2026, 12, 20), "",
                Optional.empty()), "mark", PROPOSED_AT);

        tx(() -> actions().create(bare));

        assertThat(tx(() -> actions().find(bare.id()))).contains(new Versioned<>(bare, 1));
    }

    @Test
    void theWindowAfterTheDueDateIsKeptAsChosenAndChangedByAReplace() {
        ActionDetails standard = details(LocalDate.of(2026, 12, 18), List.of("vk_ads"));
        CorrectiveAction month = CorrectiveAction.propose(ActionId.random(), new ActionDetails(standard.title(),
                standard.goal(), standard.kpi(), standard.channels(), standard.owner(), standard.due(),
                standard.hypothesis(), standard.effect(), new EffectWindow(30)), "hanna", PROPOSED_AT);
        tx(() -> actions().create(month));
        assertThat(tx(() -> actions().find(month.id()))).map(kept -> kept.value().details().effectWindow())
                .contains(new EffectWindow(30));

        CorrectiveAction week = month.with(new ActionDetails(standard.title(), standard.goal(), standard.kpi(),
                standard.channels(), standard.owner(), standard.due(), standard.hypothesis(), standard.effect(),
                new EffectWindow(7)));
        tx(() -> actions().replace(week, ExpectedVersion.of(1)));

        assertThat(tx(() -> actions().find(month.id()))).contains(new Versioned<>(week, 2));
    }

    @Test
    void aReplaceAtTheVersionReadKeepsStatusReasonAndCommentsInOrder() {
        CorrectiveAction action = action(LocalDate.of(2026, 12, 18));
        tx(() -> actions().create(action));
        CorrectiveAction commented = action
                .commented(new ActionComment("sofia", Instant.parse("2026-12-08T10:00:00.5Z"), "Начала проверку"))
                .commented(new ActionComment("hanna", Instant.parse("2026-12-08T11:00:00Z"), "Спасибо"));
        CorrectiveAction dropped = ((StatusChange.Moved) commented.moveTo(ActionStatus.DROPPED, "Бюджет перенесли"))
                .action();

        assertThat(tx(() -> actions().replace(commented, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Written(2));
        assertThat(tx(() -> actions().replace(dropped, ExpectedVersion.of(2)))).isEqualTo(new VersionedWrite.Written(3));
        assertThat(tx(() -> actions().find(action.id()))).contains(new Versioned<>(dropped, 3));
    }

    @Test
    void aReplaceAtAnotherVersionIsStaleAndChangesNothing() {
        CorrectiveAction action = action(LocalDate.of(2026, 12, 18));
        tx(() -> actions().create(action));
        CorrectiveAction accepted = ((StatusChange.Moved) action.moveTo(ActionStatus.ACCEPTED, null)).action();
        tx(() -> actions().replace(accepted, ExpectedVersion.of(1)));

        CorrectiveAction late = action.with(details(LocalDate.of(2026, 12, 31), List.of()));

        assertThat(tx(() -> actions().replace(late, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> actions().find(action.id()))).contains(new Versioned<>(accepted, 2));
        assertThat(tx(() -> actions().replace(late, ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Written(3));
    }

    @Test
    void anActionNeverStoredIsMissingAndNotFound() {
        CorrectiveAction never = action(LocalDate.of(2026, 12, 18));

        assertThat(tx(() -> actions().replace(never, ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Missing());
        assertThat(tx(() -> actions().find(never.id()))).isEmpty();
    }

    @Test
    void actionsAreListedByOwnerGoalStatusAndOverdueTheEarliestDueDateFirst() {
        CorrectiveAction late = action(LocalDate.of(2026, 12, 30));
        CorrectiveAction soon = action(LocalDate.of(2026, 12, 8));
        CorrectiveAction done = ((StatusChange.Moved) ((StatusChange.Moved) ((StatusChange.Moved) action(
                LocalDate.of(2026, 12, 1)).moveTo(ActionStatus.ACCEPTED, null)).action()
                .moveTo(ActionStatus.IN_PROGRESS, null)).action().moveTo(ActionStatus.DONE, null)).action();
        CorrectiveAction othersGoal = CorrectiveAction.propose(ActionId.random(), new ActionDetails("Чужая цель",
                Optional.of(GoalId.random()), Optional.empty(), List.of(), owner, LocalDate.of(2026, 12, 10), "",
                Optional.empty()), "hanna", PROPOSED_AT);
        for (CorrectiveAction action : List.of(late, soon, done, othersGoal)) {
            tx(() -> actions().create(action));
        }
        ActionFilter mine = ActionFilter.all().ownedBy(owner.toUpperCase());

        assertThat(ids(tx(() -> actions().matching(mine)))).containsExactly(done.id(), soon.id(), othersGoal.id(),
                late.id());
        assertThat(ids(tx(() -> actions().matching(mine.forGoal(goal))))).containsExactly(done.id(), soon.id(), late.id());
        assertThat(ids(tx(() -> actions().matching(mine.in(Set.of(ActionStatus.DONE)))))).containsExactly(done.id());
        assertThat(ids(tx(() -> actions().matching(mine.in(EnumSet.of(ActionStatus.PROPOSED, ActionStatus.ACCEPTED))
                .forGoal(goal))))).containsExactly(soon.id(), late.id());
        assertThat(ids(tx(() -> actions().matching(mine.overdueOn(LocalDate.of(2026, 12, 10))))))
                .as("open and due before the day: not the done one, not the one due that day").containsExactly(soon.id());
        assertThat(tx(() -> actions().matching(ActionFilter.all().ownedBy("nobody-" + UUID.randomUUID())))).isEmpty();
    }

    private static List<ActionId> ids(List<Versioned<CorrectiveAction>> actions) {
        return actions.stream().map(action -> action.value().id()).toList();
    }
}

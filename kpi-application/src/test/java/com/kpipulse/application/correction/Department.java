package com.kpipulse.application.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionOutcome.Saved;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryAuditTrail;
import com.kpipulse.application.testing.InMemoryDirectory;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.scorecard.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The department of the realm (Ada the admin, Hanna the head, Mark the marketer, Sofia the SMM specialist, Vic the
 * viewer) on Monday 7 December 2026, with one goal every role sees and one only the head sees, and the action use
 * cases over in-memory stores.
 */
final class Department {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Reader ADA = Reader.of("ada", Set.of("admin"));
    static final Reader HANNA = Reader.of("hanna", Set.of("marketing-head"));
    static final Reader MARK = Reader.of("mark", Set.of("marketer"));
    static final Reader SOFIA = Reader.of("sofia", Set.of("smm-specialist"));
    static final Reader VIC = Reader.of("vic", Set.of("viewer"));

    final Goal everybodysGoal = new Goal(GoalId.random(), "Продажи декабря", Optional.of(BusinessObjective.SALES),
            "hanna", LocalDate.of(2026, 12, 1), Optional.of(LocalDate.of(2026, 12, 31)), Optional.empty(),
            List.of(GoalKpi.of("revenue", Target.absolute("1000000"))), Set.of());
    final Goal headsGoal = new Goal(GoalId.random(), "Прибыль года", Optional.of(BusinessObjective.SALES),
            "hanna", LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)), Optional.empty(),
            List.of(GoalKpi.of("profit", Target.absolute("5000000"))), Set.of("marketing-head"));

    final Clock clock = Clock.fixed(Instant.parse("2026-12-07T09:00:00.123456789Z"), ZoneId.of("Europe/Moscow"));
    final List<Goal> goals = new ArrayList<>(List.of(everybodysGoal, headsGoal));
    final CorrectiveActions store = InMemory.correctiveActions();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    final ActionRights rights = new ActionRights(InMemory.readingRights(goals, catalogs), InMemory.goals(goals));
    final ReadActions read = new ReadActions(store, rights, audit, clock);
    final ManageActions manage;

    Department() {
        this(InMemoryDirectory.of(List.of(
                new Person("ada", "Ada Lovelace", Set.of(Role.ADMIN)),
                new Person("hanna", "Hanna Head", Set.of(Role.MARKETING_HEAD)),
                new Person("mark", "Mark Marketer", Set.of(Role.MARKETER)),
                new Person("sofia", "Sofia Smm", Set.of(Role.SMM_SPECIALIST)),
                new Person("vic", "Vic Viewer", Set.of(Role.VIEWER)))));
    }

    Department(Directory directory) {
        manage = new ManageActions(store, rights, audit, catalogs, InMemory.channelCatalogs(), InMemory.goals(goals),
                directory, clock);
    }

    /** VK Ads' landing page checked for the revenue goal, by Sofia within two weeks. */
    ActionInput landingPageCheck() {
        return new ActionInput("Проверить посадочную страницу VK", everybodysGoal.id().value().toString(), "revenue",
                List.of("vk_ads"), "sofia", "2026-12-18", "Конверсия VK упала вдвое при тех же визитах",
                "revenue", "UP", "0.05");
    }

    static ActionInput withOwner(ActionInput input, String owner) {
        return new ActionInput(input.title(), input.goal(), input.kpi(), input.channels(), owner, input.due(),
                input.hypothesis(), input.effectKpi(), input.effectDirection(), input.effectSize());
    }

    static ActionInput withDue(ActionInput input, String due) {
        return new ActionInput(input.title(), input.goal(), input.kpi(), input.channels(), input.owner(), due,
                input.hypothesis(), input.effectKpi(), input.effectDirection(), input.effectSize());
    }

    /** The action proposed by {@code writer}, stored. */
    Versioned<CorrectiveAction> proposed(Reader writer, ActionInput input) {
        return ((Saved) manage.create(writer, input)).action();
    }
}

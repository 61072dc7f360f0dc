package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.people.People;
import com.kpipulse.application.testing.EventsAtOnce;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.testing.InMemoryRecapMail;
import com.kpipulse.application.testing.InMemoryAuditTrail;
import com.kpipulse.application.testing.InMemoryCycleSnapshots;
import com.kpipulse.application.testing.InMemoryDirectory;
import com.kpipulse.application.testing.InMemoryWeeklyReviews;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.domain.scorecard.Role;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The department's Monday 7 December 2026 (Ada the admin, Hanna the head, Mark the marketer who reads in English,
 * Sofia the SMM specialist whose address the directory does not know, Vic the viewer): week 49's cycle ran, revenue
 * 200 000 ₽ short for the third cycle running (budget), and the review use cases over in-memory stores, recaps kept
 * instead of mailed.
 */
final class Meeting {

    static final Reader ADA = Reader.of("ada", Set.of("admin"));
    static final Reader HANNA = Reader.of("hanna", Set.of("marketing-head"));
    static final Reader MARK = Reader.of("mark", Set.of("marketer"));
    static final Reader SOFIA = Reader.of("sofia", Set.of("smm-specialist"));
    static final Reader VIC = Reader.of("vic", Set.of("viewer"));
    static final CyclePeriod WEEK_48 = new CyclePeriod(Period.isoWeek(2026, 48));
    static final CyclePeriod WEEK_49 = new CyclePeriod(Period.isoWeek(2026, 49));
    static final CyclePeriod WEEK_50 = new CyclePeriod(Period.isoWeek(2026, 50));

    /** Writes the minutes as the door would: the week and each decision, in both languages. */
    static final Function<ReviewRecord, LocalizedText> MINUTES = record -> LocalizedText.of(
            "# Обзор " + record.review().value().week() + " " + decisions(record),
            "# Review " + record.review().value().week() + " " + decisions(record));

    final Clock clock = Clock.fixed(Instant.parse("2026-12-07T07:00:00.123456789Z"), ZoneId.of("Europe/Moscow"));
    final InMemoryWeeklyReviews reviews = new InMemoryWeeklyReviews();
    final InMemoryCycleSnapshots cycles = new InMemoryCycleSnapshots();
    final CorrectiveActions actions = InMemory.correctiveActions();
    final Proposals proposals = InMemory.proposals();
    final InMemoryAuditTrail audit = new InMemoryAuditTrail(clock);
    final InMemoryDirectory directory = InMemoryDirectory.of(List.of(
            new Person("ada", "Ada Lovelace", Set.of(Role.ADMIN), Optional.of("ada@example.com"), Optional.empty()),
            new Person("hanna", "Hanna Head", Set.of(Role.MARKETING_HEAD), Optional.of("hanna@example.com"),
                    Optional.empty()),
            new Person("mark", "Mark Marketer", Set.of(Role.MARKETER), Optional.of("mark@example.com"),
                    Optional.of(Locale.ENGLISH)),
            new Person("sofia", "Sofia Smm", Set.of(Role.SMM_SPECIALIST)),
            new Person("vic", "Vic Viewer", Set.of(Role.VIEWER), Optional.of("vic@example.com"), Optional.empty())));

    final StartReview start = new StartReview(reviews, cycles, actions, InMemory.goals(new ArrayList<>()),
            new ReviewProposals(proposals), audit, clock);
    final ReadReviews read = new ReadReviews(reviews, InMemory.standardCatalog(), directory, clock);
    final EditAgenda agenda = new EditAgenda(reviews, audit);
    final AddNote notes = new AddNote(reviews, audit, clock);
    final RecordDecision decisions = new RecordDecision(reviews, audit);
    final RecordAttendance attendance = new RecordAttendance(reviews, audit, directory);
    final InMemoryRecapMail mail = new InMemoryRecapMail();
    final List<Goal> goals = new ArrayList<>();
    final ReadActions readActions = new ReadActions(actions, new ActionRights(
            InMemory.readingRights(goals, InMemory.standardCatalog()), InMemory.goals(goals)), audit, clock);
    final ReadCycles readCycles = new ReadCycles(cycles, InMemory.readingRights(goals, InMemory.standardCatalog()),
            InMemory.manageGoals(goals, new InMemoryObservationStore().valuesThatCount(), InMemory.standardCatalog()));
    final CloseReview close = new CloseReview(reviews, audit, new Recaps(new People(directory), readActions,
            readCycles), new EventsAtOnce<>(new SendRecap(mail)::send), clock);
    final AddAddendum addenda = new AddAddendum(reviews, audit, clock);
    final TakeAction take = new TakeAction(reviews, new ManageActions(actions, new ActionRights(
            InMemory.readingRights(new ArrayList<>(), InMemory.standardCatalog()), InMemory.goals(new ArrayList<>())),
            audit, InMemory.standardCatalog(), InMemory.channelCatalogs(), InMemory.goals(new ArrayList<>()), directory,
            clock), audit);

    /** The week's cycle ran: revenue off track three cycles in a row, its cause the budget. */
    Meeting cycleRan(CyclePeriod week) {
        Optional<Currency> rub = Optional.of(Currency.getInstance("RUB"));
        Optional<BigDecimal> actual = Optional.of(new BigDecimal("800000"));
        Optional<BigDecimal> target = Optional.of(new BigDecimal("1000000"));
        CycleFigure revenue = new CycleFigure(new KpiCode("revenue"), Optional.empty(), Unit.MONEY,
                Direction.HIGHER_IS_BETTER, rub, actual, CycleFigure.Judgement.JUDGED, target, Optional.empty(),
                Optional.of(Status.OFF_TRACK), Optional.empty(), Optional.empty(), Optional.empty(),
                Impact.of(Direction.HIGHER_IS_BETTER, Unit.MONEY, rub, actual, target), true,
                Optional.of(new CycleCause(ReferenceKind.PLAN, Cause.BUDGET, List.of(), List.of(), Optional.empty(),
                        List.of(), List.of())));
        cycles.replace(new CycleSnapshot(week, false, week.period().lastDay(), clock.instant(), "hanna",
                List.of(revenue), List.of(new SourceCompleteness("crm", week.period().lastDay(), 7, 7))));
        return this;
    }

    /** Hanna started week 49's review. */
    Versioned<WeeklyReview> started() {
        cycleRan(WEEK_49);
        return ((StartOutcome.Started) start.start(HANNA, "2026-W49")).review();
    }

    static Versioned<WeeklyReview> saved(ReviewOutcome outcome) {
        if (!(outcome instanceof ReviewOutcome.Saved saved)) {
            throw new AssertionError("Not saved: " + outcome);
        }
        return saved.review();
    }

    private static String decisions(ReviewRecord record) {
        return String.join(" | ", record.review().value().items().stream().map(item -> item.decision())
                .filter(decision -> !decision.isEmpty()).toList()) + " notes=" + record.notes().size();
    }
}

package com.kpipulse.web.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.correction.ReadProposals;
import com.kpipulse.application.cycle.ReadCycles;
import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.correction.MeasureActionEffect;
import com.kpipulse.application.review.ReadSixTwelve;
import com.kpipulse.application.review.ReviewRecord;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.web.analysis.CauseMessages;
import com.kpipulse.web.analysis.CauseView;
import com.kpipulse.web.correction.ActionFollowUp;
import com.kpipulse.web.correction.ActionNames;
import com.kpipulse.web.correction.ProposalView;
import com.kpipulse.web.correction.ProposalViews;
import com.kpipulse.web.goal.ForecastLine;
import com.kpipulse.web.scorecard.StatusView;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A review as its pages and its minutes show it, in the reader's language: the agenda in runs of items of one section
 * (each run with its time box), each item with what it is about as the week's cycle saw it — a KPI with its actual,
 * target, status and cause as the cycle's page says them, an action with its status, owner and due date, a goal with
 * its KPIs' figures, a source with how much of the week its data covered, an anomaly with its day — and its notes and
 * decision. What the reader may not read is named as such, not shown.
 */
@ApplicationScoped
public class ReviewContent {

    /** A run of consecutive items of one section, with the minutes its kept items take. */
    public record SectionView(int number, String title, String minutes, List<ItemView> items) {
    }

    /**
     * One agenda item; {@code id} is its element's id on the page ({@code item-3}), for the forms, htmx and a presenter
     * view.
     *
     * @param href    where the item's subject is explained; "" when nowhere
     * @param flagged "" unless the KPI was off track three cycles in a row
     * @param sixTwelve a KPI's six weeks and twelve months against last year and the plan; empty for other items
     */
    public record ItemView(String reviewId, String id, int number, int section, String sectionTitle, String title,
                           String href, String flagged, List<String> facts, Optional<StatusView> status,
                           Optional<CauseView> cause, String minutes, int timeBox, boolean dropped, String decision,
                           long decisionVersion, List<String> notes, List<Link> actions, ActionFor actionFor,
                           List<ProposalView> proposals, Optional<SixTwelveView> sixTwelve) {
    }

    /** Something named with where it is explained ({@code href} "" when the reader may not open it). */
    public record Link(String title, String href) {
    }

    /**
     * What an action taken on the item is for, as the new action's form sends it: the item's KPI with its channel, or
     * its goal, or neither (then the item takes no action from its form).
     */
    public record ActionFor(String kpi, String channel, String goal) {

        public boolean any() {
            return !kpi.isEmpty() || !goal.isEmpty();
        }
    }

    /** A participant: login, name and rating when given. */
    public record Participant(String login, String name, String rating) {
    }

    @Inject
    ActionNames names;

    @Inject
    ReadActions actions;

    @Inject
    ReadCycles cycles;

    @Inject
    ForecastGoal forecasts;

    @Inject
    ReadProposals proposals;

    @Inject
    ProposalViews proposalViews;

    @Inject
    ReadSixTwelve sixTwelves;

    @Inject
    MeasureActionEffect effects;

    /** The week's cycle as the reader may read it; empty when it is gone. */
    public Optional<CycleSnapshot> cycleOf(Reader reader, WeeklyReview review) {
        return cycles.of(reader, review.week()) instanceof Access.Granted<CycleSnapshot> granted
                ? Optional.of(granted.value()) : Optional.empty();
    }

    public List<SectionView> sections(Reader reader, ReviewRecord record, Optional<CycleSnapshot> cycle, Locale locale) {
        ReviewMessages texts = Bundles.of(ReviewMessages.class, locale);
        List<SectionView> runs = new ArrayList<>();
        List<ItemView> run = new ArrayList<>();
        AgendaSection current = null;
        for (AgendaItem item : record.review().value().items()) {
            if (current != null && item.section() != current) {
                runs.add(section(current, run, texts));
                run = new ArrayList<>();
            }
            current = item.section();
            run.add(item(reader, record, item, cycle, texts, locale));
        }
        if (current != null) {
            runs.add(section(current, run, texts));
        }
        return runs;
    }

    public ItemView item(Reader reader, ReviewRecord record, AgendaItem item, Optional<CycleSnapshot> cycle,
                         ReviewMessages texts, Locale locale) {
        WeeklyReview review = record.review().value();
        Subject subject = subject(reader, review, item, cycle, texts, locale);
        List<String> notes = record.notesOn(item.number()).stream().map(note -> note(note, texts, locale)).toList();
        return new ItemView(review.id().toString(), "item-" + item.number(), item.number(), item.section().number(),
                sectionTitle(item.section(), texts), subject.title(), subject.href(), subject.flagged(),
                subject.facts(), subject.status(), subject.cause(), texts.minutes_box(item.minutes()), item.minutes(),
                item.dropped(),
                item.decision(), item.decisionVersion(), notes,
                item.actions().stream().map(action -> actionLink(reader, action, texts)).toList(), actionFor(item),
                proposalsOf(reader, review, item, locale), sixTwelve(reader, review, item, locale));
    }

    /** The 6-12 of a KPI item the reader may read. */
    private Optional<SixTwelveView> sixTwelve(Reader reader, WeeklyReview review, AgendaItem item, Locale locale) {
        if (!(item.subject() instanceof AgendaSubject.Kpi kpi)
                || !(sixTwelves.of(reader, kpi.kpi().value(), kpi.channel(), review.week().period())
                instanceof Access.Granted<ReadSixTwelve.SixTwelve> granted)) {
            return Optional.empty();
        }
        return Optional.of(SixTwelveView.of("item-" + item.number(), kpiTitle(kpi.kpi().value(), kpi.channel(), locale),
                granted.value(), locale));
    }

    /**
     * The week's proposals an item to decide puts (its KPI, channel and cause), to accept or reject on the agenda as on
     * the cycle's page.
     */
    private List<ProposalView> proposalsOf(Reader reader, WeeklyReview review, AgendaItem item, Locale locale) {
        if (!(item.subject() instanceof AgendaSubject.ToDecide decide)) {
            return List.of();
        }
        return proposalViews.of(proposals.ofKpi(reader, review.week(), decide.kpi().value(), decide.channel()).stream()
                .filter(proposal -> proposal.value().cause() == decide.cause()
                        && proposal.value().channel().equals(decide.channel()))
                .toList(), reader, locale);
    }

    private Link actionLink(Reader reader, com.kpipulse.domain.correction.ActionId id, ReviewMessages texts) {
        return switch (actions.find(reader, id)) {
            case Access.Granted<Versioned<CorrectiveAction>> granted -> new Link(granted.value().value().details().title(),
                    "/actions/" + id);
            default -> new Link(texts.action_unreadable(), "");
        };
    }

    private static ActionFor actionFor(AgendaItem item) {
        return switch (item.subject()) {
            case AgendaSubject.Kpi kpi -> new ActionFor(kpi.kpi().value(), kpi.channel().orElse(""), "");
            case AgendaSubject.ToDecide decide -> new ActionFor(decide.kpi().value(), decide.channel().orElse(""), "");
            case AgendaSubject.Goal goal -> new ActionFor("", "", goal.goal().value().toString());
            default -> new ActionFor("", "", "");
        };
    }

    public List<Participant> participants(WeeklyReview review) {
        return review.attendance().stream().map(login -> new Participant(login, names.person(login),
                Optional.ofNullable(review.ratings().get(login)).map(String::valueOf).orElse(""))).toList();
    }

    /** The average of the ratings, with one decimal; "" without ratings. */
    public static String average(WeeklyReview review, Locale locale) {
        return review.averageRating().map(average -> Formats.number(average, 1, locale)).orElse("");
    }

    public String person(String login) {
        return names.person(login);
    }

    public static String sectionTitle(AgendaSection section, ReviewMessages texts) {
        return switch (section) {
            case ACTIONS -> texts.section_1();
            case GOALS -> texts.section_2();
            case DEVIATIONS -> texts.section_3();
            case DATA -> texts.section_4();
            case PROPOSALS -> texts.section_5();
            case CONCLUSION -> texts.section_6();
        };
    }

    private SectionView section(AgendaSection section, List<ItemView> items, ReviewMessages texts) {
        int minutes = items.stream().filter(item -> !item.dropped())
                .mapToInt(ItemView::timeBox).sum();
        return new SectionView(section.number(), sectionTitle(section, texts), texts.minutes_box(minutes), items);
    }

    private String note(ReviewNote note, ReviewMessages texts, Locale locale) {
        return names.person(note.author()) + ", " + Formats.whenOf(note.at(), locale) + ": " + note.text();
    }

    /** What an item is about, said for the page. */
    private record Subject(String title, String href, String flagged, List<String> facts, Optional<StatusView> status,
                           Optional<CauseView> cause) {

        static Subject plain(String title, String href, List<String> facts) {
            return new Subject(title, href, "", facts, Optional.empty(), Optional.empty());
        }
    }

    private Subject subject(Reader reader, WeeklyReview review, AgendaItem item, Optional<CycleSnapshot> cycle,
                            ReviewMessages texts, Locale locale) {
        return switch (item.subject()) {
            case AgendaSubject.Action action -> switch (actions.find(reader, action.action())) {
                case Access.Granted<Versioned<CorrectiveAction>> granted -> action(reader, granted.value(), texts, locale);
                default -> Subject.plain(texts.action_unreadable(), "", List.of());
            };
            case AgendaSubject.Goal goal -> names.goal(goal.goal(), reader.claims())
                    .map(title -> Subject.plain(title, "/goals/" + goal.goal().value(),
                            withForecasts(goalFacts(goal, cycle, texts, locale), reader, goal, texts, locale)))
                    .orElseGet(() -> Subject.plain(texts.goal_unreadable(), "", List.of()));
            case AgendaSubject.Kpi kpi -> {
                String title = kpiTitle(kpi.kpi().value(), kpi.channel(), locale);
                Optional<CycleFigure> figure = cycle.flatMap(snapshot -> snapshot.figures().stream()
                        .filter(candidate -> candidate.kpi().equals(kpi.kpi()) && candidate.channel().equals(kpi.channel()))
                        .findFirst());
                String href = whyHref(review, kpi.kpi().value(), kpi.channel());
                if (figure.isEmpty()) {
                    String missing = ReadingRights.seesEverything(reader) ? texts.not_in_cycle() : texts.kpi_unreadable();
                    yield new Subject(title, href, kpi.offTrackThreeInARow() ? texts.streak() : "", List.of(missing),
                            Optional.empty(), Optional.empty());
                }
                CycleFigure found = figure.get();
                yield new Subject(title, href, kpi.offTrackThreeInARow() ? texts.streak() : "",
                        List.of(texts.kpi_fact(figureOf(found, found.actual(), locale), figureOf(found, found.target(),
                                locale))),
                        found.status().map(status -> StatusView.of(status, locale)),
                        found.why().map(why -> CauseView.of(why, locale)));
            }
            case AgendaSubject.DataProblem problem -> Subject.plain(Names.source(problem.source(), locale), "/cycles/"
                    + review.week().code(), cycle.flatMap(snapshot -> snapshot.completeness().stream()
                    .filter(source -> source.sourceSystem().equals(problem.source())).findFirst())
                    .map(source -> List.of(texts.data_problem(Long.toString(source.coveredDays()),
                            Long.toString(source.dueDays()), Formats.date(source.lastDay(), locale))))
                    .orElse(List.of()));
            case AgendaSubject.Anomaly anomaly -> anomaly(anomaly.anomaly(), review, texts, locale);
            case AgendaSubject.ToDecide decide -> Subject.plain(texts.to_decide(kpiTitle(decide.kpi().value(),
                            decide.channel(), locale)), whyHref(review, decide.kpi().value(), decide.channel()),
                    List.of(texts.to_decide_fact(CauseView.name(decide.cause(),
                            Bundles.of(CauseMessages.class, locale)).toLowerCase(locale))));
            case AgendaSubject.Conclusion conclusion -> Subject.plain(texts.conclusion_title(), "",
                    List.of(texts.conclusion_fact((int) review.items().stream().filter(AgendaItem::decidedSomething)
                            .count())));
            case AgendaSubject.Free free -> Subject.plain(free.title(), "", List.of(texts.free_fact()));
        };
    }

    /**
     * An action with its status, owner and due date, and once it is done, whether it worked as its follow-up measured
     * it (the verdict with the effect and its interval), or the day it is checked after while its window is open.
     */
    private Subject action(Reader reader, Versioned<CorrectiveAction> versioned, ReviewMessages texts, Locale locale) {
        CorrectiveAction action = versioned.value();
        String fact = texts.action_fact(action.status().label().in(locale), names.person(action.details().owner()),
                Formats.date(action.details().due(), locale))
                + (action.overdueOn(actions.today()) ? " · " + texts.action_overdue() : "");
        List<String> facts = new ArrayList<>(List.of(fact));
        if (action.status() == ActionStatus.DONE) {
            ActionFollowUp followUp = ActionFollowUp.of(action,
                    Optional.ofNullable(effects.ofDone(reader, List.of(versioned)).get(action.id())), locale);
            if (followUp.judged()) {
                facts.add(texts.action_effect(followUp.label(),
                        followUp.figures().isEmpty() ? "" : ", " + followUp.figures()));
                facts.add(followUp.title());
            } else if (!followUp.after().isEmpty()) {
                facts.add(followUp.after());
            }
        }
        return Subject.plain(action.details().title(), "/actions/" + action.id(), facts);
    }

    /**
     * The goal's facts and, for each of its KPIs, where it is heading at the deadline with the chance of meeting the
     * target, as the goal's page says it (the pace and forecast of the review's second section).
     */
    private List<String> withForecasts(List<String> facts, Reader reader, AgendaSubject.Goal goal, ReviewMessages texts,
                                       Locale locale) {
        if (!(forecasts.of(reader, goal.goal()) instanceof Access.Granted<List<ForecastGoal.KpiForecast>> granted)) {
            return facts;
        }
        List<String> said = new ArrayList<>(facts);
        granted.value().stream().map(forecast -> ForecastLine.from(forecast, locale))
                .forEach(line -> said.add(texts.goal_forecast(line.kpi(), line.text())));
        return said;
    }

    private List<String> goalFacts(AgendaSubject.Goal goal, Optional<CycleSnapshot> cycle, ReviewMessages texts,
                                   Locale locale) {
        String id = goal.goal().value().toString();
        return cycle.map(snapshot -> snapshot.figures().stream()
                .filter(figure -> figure.channel().isEmpty() && figure.goalId().filter(id::equals).isPresent()
                        && figure.status().isPresent())
                .map(figure -> texts.goal_kpi(names.kpi(figure.kpi().value(), locale),
                        figureOf(figure, figure.actual(), locale), figureOf(figure, figure.target(), locale),
                        figure.status().orElseThrow().label().in(locale)))
                .toList()).orElse(List.of());
    }

    private Subject anomaly(String id, WeeklyReview review, ReviewMessages texts, Locale locale) {
        Optional<AnomalyId> parsed = AnomalyId.parse(id);
        if (parsed.isEmpty()) {
            return Subject.plain(id, "/cycles/" + review.week().code(), List.of());
        }
        AnomalyId anomaly = parsed.get();
        String title = List.of(Names.measure(anomaly.series().measure().value(), locale),
                        Names.source(anomaly.series().source(), locale),
                        anomaly.series().channel().isEmpty() ? "" : Names.channel(anomaly.series().channel(), locale))
                .stream().filter(part -> !part.isEmpty()).collect(Collectors.joining(" · "));
        String kind = switch (anomaly.kind()) {
            case DROP -> texts.anomaly_drop();
            case SPIKE -> texts.anomaly_spike();
            case ZERO -> texts.anomaly_zero();
            case MISSING -> texts.anomaly_missing();
        };
        return Subject.plain(title, "/cycles/" + review.week().code() + "/anomalies",
                List.of(Formats.date(anomaly.day(), locale) + ": " + kind));
    }

    private String kpiTitle(String code, Optional<String> channel, Locale locale) {
        return names.kpi(code, locale) + channel.map(value -> " · " + Names.channel(value, locale)).orElse("");
    }

    private static String figureOf(CycleFigure figure, Optional<BigDecimal> value, Locale locale) {
        return value.map(number -> Formats.number(number, figure.unit(), figure.currency(), locale)).orElse("—");
    }

    private static String whyHref(WeeklyReview review, String code, Optional<String> channel) {
        return "/kpis/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/why?grain=WEEK&day="
                + review.week().period().start()
                + channel.map(value -> "&channel=" + URLEncoder.encode(value, StandardCharsets.UTF_8)).orElse("");
    }

    /** Whether the reader runs the review (the forms to change it are offered). */
    public static boolean mayRun(Reader reader, WeeklyReview review) {
        return review.open() && ReviewRights.mayRun(reader);
    }

    /** Whether the reader adds notes (the note forms are offered). */
    public static boolean mayNote(Reader reader, WeeklyReview review) {
        return review.open() && ReviewRights.mayFollow(reader);
    }
}

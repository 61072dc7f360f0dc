package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetPlanner;
import com.kpipulse.domain.correction.budget.BudgetQuestion;
import com.kpipulse.domain.correction.budget.ChannelSpending;
import com.kpipulse.domain.correction.budget.ChannelWeek;
import com.kpipulse.domain.correction.budget.EfficiencyTarget;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Correct, the budget step (seed 001: move budget to channels that work better), for a reader: each paid channel's
 * weekly spend and weekly outcome (revenue, orders or new customers attributed to it) over the whole weeks up to the
 * end of a week, month or quarter, read once for all channels through {@link ValuesThatCount} (ADR 6's source
 * priority), handed to the domain's {@link BudgetPlanner}.
 * <ul>
 *     <li><b>History</b>: the latest {@value #HISTORY_WEEKS} ISO weeks (Monday to Sunday) that end by the period's last
 *     day and by yesterday, so a week still running never looks like a cut.</li>
 *     <li><b>Spend now</b>: a channel's average weekly spend over the period's whole weeks (for a week, that week; the
 *     weeks of a month or quarter that lie in it whole: a week begun before it or ending after it is not its own), in kopecks. An average over
 *     the period rather than its last week, so a month's answer does not hang on one week's swing.</li>
 *     <li><b>Spend</b>: {@code marketing_spend} where the channel has it in the history, else {@code ad_spend}:
 *     the catalog's ROMI and CAC count {@code marketing_spend} (the channel's whole cost: platform, agency fee,
 *     creatives), so the second mode's target is the one the scorecards show; a channel only its ad platform reports
 *     still counts by what the platform charged (what CPC counts). One measure per channel for all its weeks.</li>
 *     <li><b>Channels</b>: those the catalog marks as paid with some spend in the history; a value over more than one
 *     day that does not lie within one week (a monthly figure) cannot be put in a week and is left out; money in
 *     another currency than the company's too.</li>
 * </ul>
 * The reader must be allowed to read the outcome's KPI, as for "why a KPI deviated", and at least one of the spend
 * measures; a spend measure they may not read is not read (a viewer, who sees ROMI, reads {@code marketing_spend}).
 */
@ApplicationScoped
public class ReallocateBudget {

    /** Whole weeks of history read, as many as the planner fits on. */
    public static final int HISTORY_WEEKS = 52;

    /** The spend measures in the order a channel's spend is taken from. */
    public static final List<String> SPEND_MEASURES = List.of("marketing_spend", "ad_spend");

    private static final Set<Grain> GRAINS = EnumSet.of(Grain.WEEK, Grain.MONTH, Grain.QUARTER);
    private static final String CHANNEL = "channel";

    private final ValuesThatCount values;
    private final ReadingRights rights;
    private final ChannelCatalogs channelCatalogs;
    private final CurrentSettings settings;
    private final Clock clock;

    @Inject
    public ReallocateBudget(ValuesThatCount values, ReadingRights rights, ChannelCatalogs channelCatalogs,
                            CurrentSettings settings, Clock clock) {
        this.values = values;
        this.rights = rights;
        this.channelCatalogs = channelCatalogs;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * What to reallocate: the period whose weeks end the history, the goal's outcome, how far a channel may move and
     * what to optimise (a target must suit the outcome: cost for orders and new customers, ROMI for revenue).
     */
    public record Request(Period period, Outcome outcome, ShiftLimit limit, ReallocationMode mode) {

        public Request {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(mode, "mode");
            if (period.grain().filter(GRAINS::contains).isEmpty()) {
                throw new IllegalArgumentException("A week, a month or a quarter ends the history, got " + period);
            }
            if (mode instanceof ReallocationMode.ReachTarget(EfficiencyTarget target) && !target.suits(outcome)) {
                throw new IllegalArgumentException(target + " is no target for " + outcome);
            }
        }
    }

    /** The outcome whose KPI has this code ({@code revenue}, {@code orders}, {@code new_customers}). */
    public static Optional<Outcome> outcomeOf(String kpi) {
        return Arrays.stream(Outcome.values()).filter(outcome -> outcome.kpi().value().equals(kpi)).findFirst();
    }

    public Access<BudgetReallocation> propose(Reader reader, Request request) {
        Outcome outcome = request.outcome();
        if (!rights.mayReadKpi(reader, outcome.kpi().value())) {
            return Access.denied();
        }
        List<String> spendMeasures = SPEND_MEASURES.stream()
                .filter(measure -> rights.mayReadMeasure(reader, measure)).toList();
        if (spendMeasures.isEmpty()) {
            return Access.denied();
        }
        List<Period> history = history(request.period());
        List<Period> current = history.stream()
                .filter(week -> !week.start().isBefore(request.period().start())).toList();
        ChannelCatalog catalog = channelCatalogs.current();
        Currency currency = Currency.getInstance(settings.current().currency());
        Map<String, String> measureOf = new LinkedHashMap<>();
        List<ChannelSpending> channels = current.isEmpty() ? List.of()
                : channels(catalog, currency, outcome, spendMeasures, history, current, measureOf);
        var question = new BudgetQuestion(outcome, currency, channels, request.limit(), request.mode());
        return Access.granted(new BudgetReallocation(request.period(), outcome, history, current, measureOf,
                new BudgetPlanner(catalog).propose(question)));
    }

    /** The whole weeks that end by the period's last day and by yesterday, the latest {@value #HISTORY_WEEKS}. */
    private List<Period> history(Period period) {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate lastDay = period.lastDay().isBefore(yesterday) ? period.lastDay() : yesterday;
        LocalDate lastSunday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        var weeks = new ArrayList<Period>();
        for (int i = HISTORY_WEEKS - 1; i >= 0; i--) {
            LocalDate sunday = lastSunday.minusWeeks(i);
            weeks.add(Period.of(Grain.WEEK, sunday));
        }
        return weeks;
    }

    private List<ChannelSpending> channels(ChannelCatalog catalog, Currency currency, Outcome outcome,
                                           List<String> spendMeasures, List<Period> history, List<Period> current,
                                           Map<String, String> measureOf) {
        Period span = new Period(history.getFirst().start(), history.getLast().endExclusive());
        Set<MeasureCode> measures = new LinkedHashSet<>();
        measures.add(new MeasureCode(outcome.kpi().value()));
        spendMeasures.forEach(measure -> measures.add(new MeasureCode(measure)));
        ObservationSet read = values.perChannel(measures, span, Set.of());
        Map<String, Map<LocalDate, BigDecimal>> outcomes = weekly(read, outcome.kpi().value(), span, currency);
        Map<String, Map<String, Map<LocalDate, BigDecimal>>> spends = new HashMap<>();
        spendMeasures.forEach(measure -> spends.put(measure, weekly(read, measure, span, currency)));
        var channels = new ArrayList<ChannelSpending>();
        for (Channel channel : catalog.all()) {
            if (!channel.paid()) {
                continue;
            }
            String code = channel.code();
            Optional<String> measure = spendMeasures.stream()
                    .filter(candidate -> spends.get(candidate).getOrDefault(code, Map.of()).values().stream()
                            .anyMatch(spend -> spend.signum() > 0)).findFirst();
            if (measure.isEmpty()) {
                continue;
            }
            Map<LocalDate, BigDecimal> spend = spends.get(measure.get()).get(code);
            Map<LocalDate, BigDecimal> outcomeOf = outcomes.getOrDefault(code, Map.of());
            var weeks = new ArrayList<ChannelWeek>();
            for (Period week : history) {
                BigDecimal spent = spend.get(week.start());
                if (spent != null && spent.signum() > 0) {
                    weeks.add(new ChannelWeek(week.start(), spent,
                            outcomeOf.getOrDefault(week.start(), BigDecimal.ZERO).max(BigDecimal.ZERO)));
                }
            }
            BigDecimal now = current.stream().map(week -> spend.getOrDefault(week.start(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(current.size()), currency.getDefaultFractionDigits(), RoundingMode.HALF_UP)
                    .max(BigDecimal.ZERO);
            measureOf.put(code, measure.get());
            channels.add(new ChannelSpending(code, now, weeks));
        }
        return channels;
    }

    /**
     * A measure's values summed per channel and ISO week (by the week's Monday): values within one week only, money
     * in the company's currency only.
     */
    private static Map<String, Map<LocalDate, BigDecimal>> weekly(ObservationSet read, String measure, Period span,
                                                                  Currency currency) {
        Map<String, Map<LocalDate, BigDecimal>> byChannel = new HashMap<>();
        for (Observation value : read.startingIn(new MeasureCode(measure), span, DimensionSelection.all())) {
            String channel = value.dimensions().get(CHANNEL);
            Period week = Period.of(Grain.WEEK, value.period().start());
            if (channel == null || value.period().endExclusive().isAfter(week.endExclusive())
                    || value.currency().filter(other -> !other.equals(currency)).isPresent()) {
                continue;
            }
            byChannel.computeIfAbsent(channel, code -> new HashMap<>()).merge(week.start(), value.value(),
                    BigDecimal::add);
        }
        return byChannel;
    }
}

package com.kpipulse.application.analysis;

import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.ChannelFigures;
import com.kpipulse.domain.analysis.why.DeviationQuestion;
import com.kpipulse.domain.analysis.why.InputFlag;
import com.kpipulse.domain.analysis.why.MeasureSums;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.PeriodFigures;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.WhyAnalysis;
import com.kpipulse.domain.analysis.why.YearEarlier;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One question of {@link AnalyzeDeviation} filled from the store: the KPI, the period, its figures and what is known of
 * the store's freshness, asked against the period before, the same period last year or the plan.
 */
final class StoredQuestion {

    private static final int HISTORY = AnalyzeDeviation.HISTORY;

    private final KpiCatalog catalog;
    private final ChannelCatalog channelCatalog;
    private final KpiDefinition kpi;
    private final Period period;
    private final Set<String> channels;
    private final StoredFigures figures;
    private final List<SourceFreshness> freshness;
    private final LocalDate lastWholeDay;
    private final DataReach reach;
    private final BrokenDeliveries broken;

    StoredQuestion(KpiCatalog catalog, ChannelCatalog channelCatalog, KpiDefinition kpi, Period period,
                   Set<String> channels, StoredFigures figures, List<SourceFreshness> freshness, DataReach reach,
                   BrokenDeliveries broken) {
        this.catalog = catalog;
        this.channelCatalog = channelCatalog;
        this.kpi = kpi;
        this.period = period;
        this.channels = channels;
        this.figures = figures;
        this.freshness = freshness;
        this.reach = reach;
        this.broken = broken;
        this.lastWholeDay = reach.lastCompleteDay();
    }

    /** Against the period before or the same period last year: the figures read now, the answer to compute. */
    PendingAnalysis against(ReferenceKind against) {
        PartOfPeriod asked = toDate();
        PartOfPeriod reference = against == ReferenceKind.PREVIOUS ? asked.previous() : asked.sameLastYear();
        // the days compared are all delivered (a day a source skipped inside them is still flagged); only a period
        // with none of its days covered is left whole, flagged
        PeriodFigures actual = figures.of(asked.part(), true, asked.isAll() ? flags(period)
                : broken.flagsIn(asked.part(), channels));
        PeriodFigures before = figures.of(reference.part(), true, flags(reference.part()));
        Optional<YearEarlier> yearEarlier = Optional.empty();
        if (against == ReferenceKind.PREVIOUS) {
            PartOfPeriod lastYear = asked.sameLastYear();
            PeriodFigures then = figures.of(lastYear.part(), false, List.of());
            PeriodFigures thenBefore = figures.of(lastYear.previous().part(), false, List.of());
            if (!then.channels().isEmpty() && !thenBefore.channels().isEmpty()) {
                yearEarlier = Optional.of(new YearEarlier(then, thenBefore));
            }
        }
        return diagnosed(against, actual, before, yearEarlier, period, Optional.of(reference.part()));
    }

    /** Against the plan: the figures read now, the answer to compute, or the reason the plan cannot be split. */
    PendingAnalysis againstPlan(PlanJudging plans) {
        LocalizedText name = LocalizedText.of(kpi.nameRu(), kpi.nameEn());
        LocalizedText periodName = LocalizedText.of(period.labelAsObject(Locale.forLanguageTag("ru")),
                period.labelAsObject(Locale.ENGLISH));
        return switch (plans.inPeriod(kpi, period, channels)) {
            case PeriodJudgement.Judged judged -> againstTarget(judged.window(),
                    judged.evaluation().target().number());
            case PeriodJudgement.Upcoming upcoming -> none(Message.of(PlanProblem.NOT_YET, name, periodName));
            case PeriodJudgement.NoChannelPlan noPlan -> none(Message.of(PlanProblem.NO_CHANNEL_PLAN, name));
            case PeriodJudgement.NoGoal noGoal -> none(Message.of(PlanProblem.NO_GOAL, name, periodName));
        };
    }

    private PendingAnalysis againstTarget(Period window, Optional<BigDecimal> target) {
        LocalizedText name = LocalizedText.of(kpi.nameRu(), kpi.nameEn());
        if (!catalog.isAdditive(kpi) || target.isEmpty()) {
            return none(Message.of(PlanProblem.LEVEL_TARGET, name));
        }
        Period shape = new Period(window.start().minusDays(window.days()), window.start());
        Optional<BigDecimal> shapeValue = figures.kpi(kpi, shape).number();
        if (shapeValue.isEmpty() || shapeValue.get().signum() == 0) {
            return none(Message.of(PlanProblem.NO_SHAPE, name, LocalizedText.of(
                    shape.labelAsObject(Locale.forLanguageTag("ru")), shape.labelAsObject(Locale.ENGLISH))));
        }
        BigDecimal scale = target.get().divide(shapeValue.get(), MathContext.DECIMAL128);
        PeriodFigures recent = figures.of(shape, true, List.of());
        PeriodFigures plan = new PeriodFigures(window, recent.channels().stream().map(channel -> new ChannelFigures(
                channel.channel(), scaled(channel.sums(), scale), scaledCampaigns(channel.campaigns(), scale)))
                .toList(), List.of());
        return diagnosed(ReferenceKind.PLAN, figures.of(window, true, flags(window)), plan, Optional.empty(), window,
                Optional.empty());
    }

    /**
     * @param asked        the period the answer is about (against the plan: the days the goal judges)
     * @param comparedWith the days of the reference the figures were read over; empty against the plan
     */
    private PendingAnalysis diagnosed(ReferenceKind against, PeriodFigures actual, PeriodFigures reference,
                                      Optional<YearEarlier> yearEarlier, Period asked,
                                      Optional<Period> comparedWith) {
        List<PeriodFigures> history = new ArrayList<>();
        PartOfPeriod earlier = toDate();
        for (int i = 0; i < HISTORY; i++) {
            earlier = earlier.previous();
            history.addFirst(figures.of(earlier.part(), false, List.of()));
        }
        // everything read is in hand: what is left computes over it alone
        Optional<Currency> currency = figures.currency();
        var question = new DeviationQuestion(kpi.code(), against, actual, reference, yearEarlier, history, channels,
                currency);
        long days = daysCovered(asked);
        KpiCatalog kpis = catalog;
        ChannelCatalog names = channelCatalog;
        return PendingAnalysis.toCompute(() -> new AnalyzedDeviation(new WhyAnalysis(kpis, names).diagnose(question),
                asked, against, days, currency, actual.period(), comparedWith));
    }

    private PendingAnalysis none(Message reason) {
        return PendingAnalysis.answered(new AnalyzedDeviation(new NoDiagnosis(kpi.code(), reason), period,
                ReferenceKind.PLAN, daysCovered(period), figures.currency(), period, Optional.empty()));
    }

    /**
     * The days of the period that are compared: all of it once its data cover it, else the days they cover from
     * its start, so the period before, last year and the history are taken over the same days of theirs (like for
     * like); a period none of whose days is covered is taken whole.
     */
    private PartOfPeriod toDate() {
        return new Coverage(period, daysCovered(period)).toDate().orElseGet(() -> PartOfPeriod.all(period));
    }

    /**
     * A period not fully delivered or not over yet is flagged incomplete as a whole; a day a source left empty or
     * at zero where it never does flags the inputs of its channel.
     */
    private List<InputFlag> flags(Period of) {
        List<InputFlag> flags = new ArrayList<>(broken.flagsIn(of, channels));
        if (daysCovered(of) < of.days()) {
            flags.add(new InputFlag(InputFlag.Kind.INCOMPLETE, ""));
        }
        return flags;
    }

    /**
     * The days of the period that are over and that every source system delivering the KPI's measures has
     * delivered: a system whose last day falls inside the period stops the count there (a system that stopped
     * before the period is taken as gone, not late).
     */
    private long daysCovered(Period of) {
        LocalDate until = of.lastDay().isAfter(lastWholeDay) ? lastWholeDay : of.lastDay();
        for (SourceFreshness source : freshness) {
            if (of.contains(source.lastDay()) && source.lastDay().isBefore(until)) {
                until = source.lastDay();
            }
        }
        return Math.max(0, Math.min(of.days(), ChronoUnit.DAYS.between(of.start(), until) + 1));
    }

    private static MeasureSums scaled(MeasureSums sums, BigDecimal scale) {
        var scaled = new TreeMap<String, BigDecimal>();
        sums.values().forEach((code, value) -> scaled.put(code, value.multiply(scale, MathContext.DECIMAL128)));
        return new MeasureSums(scaled);
    }

    private static Map<String, MeasureSums> scaledCampaigns(Map<String, MeasureSums> campaigns, BigDecimal scale) {
        var scaled = new TreeMap<String, MeasureSums>();
        campaigns.forEach((campaign, sums) -> scaled.put(campaign, scaled(sums, scale)));
        return scaled;
    }
}

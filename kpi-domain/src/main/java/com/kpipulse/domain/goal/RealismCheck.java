package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.HistoryStretches.Changes;
import com.kpipulse.domain.goal.HistoryStretches.Season;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Seed 001's third mistake is an unrealistic target. This check judges the whole target against what the KPI's own
 * history makes plausible over the same horizon, not one period's change against single periods (a week once growing
 * by 25 % says nothing about growing by 25 % every week for a quarter):
 *
 * <ul>
 *   <li>horizon n = the goal's length in periods of the history's grain (13 weeks for a quarter);</li>
 *   <li>the KPI's level over a stretch of periods = the average of its values there: for a total (revenue, new
 *       customers) the average per period, so the target is compared per period too (the total over the goal's
 *       days, spread evenly);</li>
 *   <li>current pace C = the level over the latest n periods of the history;</li>
 *   <li><em>with a season</em> (the history holds the same periods a year before the goal, and enough of it to
 *       compare stretches with the same stretches a year earlier): the current pace is adjusted for the season,
 *       S = L × C / C', where L is the level in the goal's periods a year earlier and C' the latest stretch's a year
 *       earlier (this year keeps its lead over last year); the change the target needs, T / S - 1, is compared with
 *       the changes between consecutive stretches adjusted the same way (a stretch's change on the one before,
 *       divided by the same change a year earlier). So a shop's December is judged against how Decembers go, and a
 *       quieter spring does not make a spring target look easy;</li>
 *   <li><em>without</em>: the change the target needs, T / C - 1 (or T - C where the KPI can be zero or negative), is
 *       compared with the changes between every two consecutive stretches of n periods (overlapping, so a year of
 *       weeks gives 27 quarter-long changes); when there are too few of those, with shorter stretches and the needed
 *       change scaled to them (compounded for growth);</li>
 *   <li>a target the current pace (adjusted for the season, where there is one) already reaches is <em>too easy</em>
 *       (for a KPI where lower is better, a target at or above it: a CAC above today's is no improvement); otherwise at
 *       least half of the past changes as good is <em>in line with history</em>, some is <em>ambitious but seen
 *       before</em>, none is <em>probably unrealistic</em>.</li>
 * </ul>
 *
 * The history ends just before the goal: periods after the data ended (a goal that starts later) are there without
 * values, so that "a year before the goal" is found by position. This class gives the verdict; the levels, changes
 * and season it judges by are {@link HistoryStretches}, its words {@link RealismExplanation}.
 */
public final class RealismCheck {

    /** Sums in doubles are exact to far fewer digits than they carry: 4 294.999999999999 is 4 295. */
    private static final MathContext SIGNIFICANT = new MathContext(10);

    private RealismCheck() {
    }

    /**
     * A target as the goal keeps it. A relative one is judged as the current pace changed by its percentage: use
     * {@link #assess(KpiDefinition, boolean, BigDecimal, Period, KpiHistory)} with the baseline's figure instead
     * where it is known.
     */
    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, Target target, Period goalPeriod,
                                           KpiHistory history) {
        return switch (target) {
            case Target.Absolute absolute -> assess(kpi, additive, absolute.value(), goalPeriod, history);
            case Target.RelativeToBaseline relative -> {
                HistoryStretches stretches = new HistoryStretches(history, goalPeriod, additive);
                yield stretches.current().map(level -> assess(kpi, additive,
                                BigDecimal.valueOf(stretches.total(level)).multiply(relative.change().factor()), goalPeriod, history))
                        .orElseGet(() -> notEnough(kpi, stretches, BigDecimal.ZERO, 0));
            }
        };
    }

    /**
     * @param additive whether the KPI is a total over its days (revenue, new customers) rather than a level
     * @param target   the target as a figure: the total over the goal's days, or the level
     * @param history  the KPI's values in consecutive periods up to the goal's start, oldest first
     */
    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, BigDecimal target, Period goalPeriod,
                                           KpiHistory history) {
        HistoryStretches stretches = new HistoryStretches(history, goalPeriod, additive);
        if (stretches.current().isEmpty()) {
            return notEnough(kpi, stretches, target, 0);
        }
        double current = stretches.current().get();
        double targetLevel = target.doubleValue() / stretches.total(1);
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        boolean relative = current > 0 && targetLevel > 0 && stretches.nonNegative();
        Optional<Season> season = relative ? stretches.season() : Optional.empty();
        JudgedTarget judged = new JudgedTarget(stretches, season.map(Season::pace).orElse(current), season.map(Season::lastYear),
                new RealismExplanation(kpi, additive, stretches.grain, stretches.horizon, relative, season.isPresent(), target,
                        currencyOf(history)));
        double pace = season.map(Season::pace).orElse(current);
        double slack = Math.abs(pace) * 1e-9; // a target typed as the current pace is that pace, whatever the rounding
        if (higher ? targetLevel <= pace + slack : targetLevel >= pace - slack) {
            double change = relative ? targetLevel / pace - 1 : targetLevel - pace;
            return judged.assessment(RealismAssessment.Verdict.TOO_EASY, stretches.horizon, change, 0, 0, 0);
        }
        Changes changes = stretches.changes(season, relative);
        if (changes.values().size() < HistoryStretches.MIN_CHANGES) {
            return notEnough(kpi, stretches, target, changes.values().size());
        }
        double share = (double) changes.stretch() / stretches.horizon;
        double needed = season.isPresent() ? targetLevel / season.get().pace() - 1
                : relative ? Math.pow(targetLevel / current, share) - 1 : (targetLevel - current) * share;
        int achieved = (int) changes.values().stream().filter(change -> higher ? change >= needed : change <= needed).count();
        double best = changes.values().stream().mapToDouble(Double::doubleValue).reduce(higher ? Math::max : Math::min)
                .orElseThrow();
        RealismAssessment.Verdict verdict = achieved * 2 >= changes.values().size() ? RealismAssessment.Verdict.TYPICAL
                : achieved > 0 ? RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE
                : RealismAssessment.Verdict.NEVER_ACHIEVED;
        return judged.assessment(verdict, changes.stretch(), needed, achieved, changes.values().size(), best);
    }

    /**
     * A stretch target the history backs, judged as {@link #assess} judges: the lower (for a KPI where lower is better,
     * the higher) of the current pace (adjusted for the season, where there is one) changed as much as {@code share}
     * of the past stretches changed, and changed by as much as those stretches beat the typical one (for a KPI whose
     * typical change is growth, a smaller step). So it is ambitious but seen before, and always beyond the current
     * pace, so never too easy. Empty when the history is too short or the KPI never improved on a stretch like that.
     *
     * @param share between 0 and 0.5: 0.35 is reached by about a third of the past stretches
     * @return a total over the goal's days for a total, else the level
     */
    public static Optional<BigDecimal> stretchTarget(KpiDefinition kpi, boolean additive, double share, Period goalPeriod,
                                                     KpiHistory history) {
        HistoryStretches stretches = new HistoryStretches(history, goalPeriod, additive);
        if (stretches.current().isEmpty()) {
            return Optional.empty();
        }
        double current = stretches.current().get();
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        boolean relative = current > 0 && stretches.nonNegative();
        Optional<Season> season = relative ? stretches.season() : Optional.empty();
        Changes changes = stretches.changes(season, relative);
        if (changes.values().size() < HistoryStretches.MIN_CHANGES) {
            return Optional.empty();
        }
        double pace = season.map(Season::pace).orElse(current);
        List<Double> bestFirst = changes.values().stream()
                .sorted(higher ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
        double reached = bestFirst.get(Math.max(0, Math.min(bestFirst.size() - 1, (int) Math.ceil(share * bestFirst.size()) - 1)));
        double typical = bestFirst.get(bestFirst.size() / 2);
        double scale = (double) stretches.horizon / changes.stretch();
        double seen = level(relative, pace, reached, scale);
        double improved = level(relative, pace, reached - typical, scale);
        double best = level(relative, pace, bestFirst.getFirst(), scale);
        double target = higher ? Math.min(seen, improved) : Math.max(seen, improved);
        if (higher ? target <= pace : target >= pace) {
            if (higher ? best <= pace : best >= pace) {
                return Optional.empty(); // never better than the current pace over a stretch like that
            }
            target = (pace + best) / 2;
        }
        return Optional.of(figure(stretches, target));
    }

    /** The level a change over a stretch leads to from the pace, over the goal's horizon ({@code scale} stretches). */
    private static double level(boolean relative, double pace, double change, double scale) {
        return relative ? pace * Math.pow(1 + change, scale) : pace + change * scale;
    }

    private static Optional<Currency> currencyOf(KpiHistory history) {
        return history.values().stream().flatMap(value -> value instanceof KpiValue.Known known
                ? known.currency().stream() : Stream.empty()).reduce((first, second) -> second);
    }

    private static RealismAssessment notEnough(KpiDefinition kpi, HistoryStretches stretches, BigDecimal target,
                                               int changes) {
        BigDecimal pace = stretches.current().map(level -> figure(stretches, level)).orElse(BigDecimal.ZERO);
        return new RealismAssessment(RealismAssessment.Verdict.NOT_ENOUGH_HISTORY, stretches.grain, false, false, pace,
                target, Optional.empty(), stretches.horizon, stretches.horizon, 0, 0, changes, 0,
                RealismExplanation.notEnough(kpi, changes));
    }

    /** A level as the figure a person reads: the total over the goal's days for a total, else the level. */
    private static BigDecimal figure(HistoryStretches stretches, double level) {
        return BigDecimal.valueOf(stretches.total(level)).round(SIGNIFICANT);
    }

    /**
     * What every assessment of one target says besides its verdict: the current pace (adjusted for the season), the
     * same periods a year earlier, and the words for them.
     *
     * @param pace     the current pace as a level, adjusted for the season where there is one
     * @param lastYear the level in the goal's periods a year earlier, with a season
     */
    private record JudgedTarget(HistoryStretches stretches, double pace, Optional<Double> lastYear,
                            RealismExplanation words) {

        RealismAssessment assessment(RealismAssessment.Verdict verdict, int stretch, double needed, int achieved,
                                     int observed, double best) {
            BigDecimal currentPace = figure(stretches, pace);
            Optional<BigDecimal> sameTimeLastYear = lastYear.map(level -> figure(stretches, level));
            return new RealismAssessment(verdict, stretches.grain, words.relative(), words.seasonal(), currentPace,
                    words.target(), sameTimeLastYear, stretches.horizon, stretch, needed, achieved, observed, best,
                    words.explain(verdict, currentPace, sameTimeLastYear, stretch, needed, achieved, observed, best));
        }
    }
}

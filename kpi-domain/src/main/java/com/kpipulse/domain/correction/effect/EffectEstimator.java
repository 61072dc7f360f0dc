package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.EffectEstimate.Measured;
import com.kpipulse.domain.correction.effect.EffectEstimate.NotYet;
import com.kpipulse.domain.correction.effect.EffectEstimate.TooLittleData;
import com.kpipulse.domain.correction.effect.EffectFigures.ControlLevels;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Measures whether a corrective action worked, once its measuring window is over: the KPI in the action's channels in
 * the window against what it would have been without the action. With channels the action did not touch, that is a
 * difference in differences of whole weeks (the action's channels against the others, before and after); without
 * them, an interrupted time series (the KPI's own course before the start, carried on). The interval comes from the
 * weeks before the start; the verdict from where the interval lies ({@link VerdictRule}).
 */
public final class EffectEstimator {

    private static final MathContext FIGURES = new MathContext(6);

    private final EffectRules rules;
    private final CourseBefore course;

    public EffectEstimator(EffectRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.course = new CourseBefore(rules.maximumSerialCorrelation());
    }

    public EffectEstimator() {
        this(EffectRules.standard());
    }

    public EffectEstimate estimate(EffectQuestion question) {
        EffectWords words = new EffectWords(question);
        LocalDate windowEnd = question.window().end();
        if (question.dataUpTo().isBefore(windowEnd)) {
            return new NotYet(windowEnd, words.notYet(windowEnd));
        }
        Weeks weeks = Weeks.of(question.window(), rules.weeksBefore());
        Sides treated = Sides.of(question.treated(), weeks);
        Optional<Sides> control = question.control().map(comparison -> Sides.of(comparison.days(), weeks));
        Chosen alone = chosen(weeks, treated, Optional.empty());
        Optional<Chosen> paired = control.map(sides -> chosen(weeks, treated, Optional.of(sides)))
                .filter(this::enough);
        if (paired.isPresent()) {
            return measure(question, weeks, treated, control, paired.get(), words);
        }
        if (enough(alone)) {
            return measure(question, weeks, treated, Optional.empty(), alone, words);
        }
        return new TooLittleData(alone.before().length, rules.minimumWeeksBefore(), alone.after().length,
                rules.minimumWeeksAfter(), alone.before().length < rules.minimumWeeksBefore()
                ? words.tooLittleBefore(alone.before().length, rules.minimumWeeksBefore())
                : words.tooLittleAfter(alone.after().length, rules.minimumWeeksAfter()));
    }

    private Measured measure(EffectQuestion question, Weeks weeks, Sides treated, Optional<Sides> control,
                             Chosen chosen, EffectWords words) {
        double[] treatedBefore = treated.before().values(chosen.before());
        double[] treatedAfter = treated.after().values(chosen.after());
        Optional<double[]> controlBefore = control.map(sides -> sides.before().values(chosen.before()));
        Optional<double[]> controlAfter = control.map(sides -> sides.after().values(chosen.after()));
        boolean ratio = allAboveZero(treatedBefore) && allAboveZero(treatedAfter)
                && controlBefore.map(EffectEstimator::allAboveZero).orElse(true)
                && controlAfter.map(EffectEstimator::allAboveZero).orElse(true);
        boolean trend = control.isEmpty() && chosen.before().length >= rules.weeksForATrend();
        Shift shift = course.shift(weeks.positions(weeks.before(), chosen.before()),
                compared(treatedBefore, controlBefore, ratio), weeks.positions(weeks.after(), chosen.after()),
                compared(treatedAfter, controlAfter, ratio), trend);
        double[] interval = shift.interval(rules.confidence());
        double levelAfter = treated.after().pooled(chosen.after());
        Sizes sizes = ratio ? Sizes.ofRatio(levelAfter, shift.estimate(), interval)
                : Sizes.ofDifference(levelAfter, shift.estimate(), interval);
        EffectVerdict verdict = sizes.relative()
                .map(share -> VerdictRule.judge(share.low().doubleValue(), share.high().doubleValue(),
                        rules.noEffectBand(), question.wanted()))
                .orElseGet(() -> VerdictRule.judge(interval[0], interval[1],
                        rules.noEffectBand() * Math.abs(sizes.counterfactual()), question.wanted()));
        EffectBasis basis = new EffectBasis(ratio ? EffectScale.RATIO : EffectScale.DIFFERENCE,
                Weeks.stretch(weeks.before(), chosen.before()), Weeks.stretch(weeks.after(), chosen.after()),
                shift.trend(), shift.serialCorrelation(), rules.confidence(), rules.noEffectBand());
        EffectFigures figures = new EffectFigures(control.isPresent() ? EffectMethod.DID : EffectMethod.ITS,
                figure(treated.before().pooled(chosen.before())), figure(levelAfter), figure(sizes.counterfactual()),
                sizes.effect(), sizes.relative(),
                control.isPresent() ? question.control().orElseThrow().channels() : List.of(),
                control.map(sides -> new ControlLevels(figure(sides.before().pooled(chosen.before())),
                        figure(sides.after().pooled(chosen.after())))),
                expected(question, sizes.relative()), basis);
        return new Measured(verdict, figures, words.summary(verdict, figures), words.details(figures));
    }

    /** Where the change the action was expected to make stands, when it was given and the effect has a share. */
    private static Optional<ExpectedSize> expected(EffectQuestion question, Optional<IntervalEstimate> relative) {
        return relative.flatMap(share -> question.expectedChange()
                .map(change -> VerdictRule.expected(change.doubleValue(), share.low().doubleValue(),
                        share.high().doubleValue(), question.wanted())));
    }

    /**
     * What the KPI would have been in the window without the action, and the effect as an amount and as a share of
     * that.
     */
    private record Sizes(double counterfactual, IntervalEstimate effect, Optional<IntervalEstimate> relative) {

        /** A shift of the logs: the window's level divided by e^shift is what it would have been. */
        static Sizes ofRatio(double levelAfter, double shift, double[] interval) {
            double counterfactual = levelAfter / Math.exp(shift);
            return new Sizes(counterfactual, estimate(levelAfter - counterfactual,
                    levelAfter * -Math.expm1(-interval[0]), levelAfter * -Math.expm1(-interval[1])),
                    Optional.of(estimate(Math.expm1(shift), Math.expm1(interval[0]), Math.expm1(interval[1]))));
        }

        /** A plain shift: the window's level less the shift; a share only of a counterfactual above zero. */
        static Sizes ofDifference(double levelAfter, double shift, double[] interval) {
            double counterfactual = levelAfter - shift;
            Optional<IntervalEstimate> relative = counterfactual > 0
                    ? Optional.of(estimate(shift / counterfactual, interval[0] / counterfactual,
                    interval[1] / counterfactual))
                    : Optional.empty();
            return new Sizes(counterfactual, estimate(shift, interval[0], interval[1]), relative);
        }
    }

    /**
     * The weekly values compared: the action's channels', or their distance from the others' (a log ratio or a
     * difference).
     */
    private static double[] compared(double[] treated, Optional<double[]> control, boolean ratio) {
        double[] others = control.orElse(null);
        double[] compared = new double[treated.length];
        for (int i = 0; i < treated.length; i++) {
            compared[i] = scaled(treated[i], ratio) - (others == null ? 0 : scaled(others[i], ratio));
        }
        return compared;
    }

    private static double scaled(double value, boolean ratio) {
        return ratio ? Math.log(value) : value;
    }

    /** The weeks where every group has the days with data it needs. */
    private Chosen chosen(Weeks weeks, Sides treated, Optional<Sides> control) {
        int[] before = IntStream.range(0, weeks.before().size())
                .filter(week -> treated.before().counts(week, rules.daysForAWeek())
                        && control.map(sides -> sides.before().counts(week, rules.daysForAWeek())).orElse(true))
                .toArray();
        int[] after = IntStream.range(0, weeks.after().size())
                .filter(week -> treated.after().counts(week, rules.daysForAWeek())
                        && control.map(sides -> sides.after().counts(week, rules.daysForAWeek())).orElse(true))
                .toArray();
        return new Chosen(before, after);
    }

    private boolean enough(Chosen chosen) {
        return chosen.before().length >= rules.minimumWeeksBefore()
                && chosen.after().length >= rules.minimumWeeksAfter();
    }

    private static boolean allAboveZero(double[] values) {
        for (double value : values) {
            if (!(value > 0)) {
                return false;
            }
        }
        return true;
    }

    private static IntervalEstimate estimate(double estimate, double low, double high) {
        return new IntervalEstimate(figure(estimate), figure(low), figure(high));
    }

    /** Six significant digits: the figures are estimates, and rounding for a reader happens when they are written. */
    private static BigDecimal figure(double value) {
        return new BigDecimal(value, FIGURES);
    }

    /** A group's weeks before the start and in the window. */
    private record Sides(WeekSums before, WeekSums after) {

        static Sides of(KpiDays days, Weeks weeks) {
            return new Sides(WeekSums.of(days, weeks.before()), WeekSums.of(days, weeks.after()));
        }
    }

    /** The weeks compared, as indices into the weeks before and after. */
    private record Chosen(int[] before, int[] after) {
    }
}

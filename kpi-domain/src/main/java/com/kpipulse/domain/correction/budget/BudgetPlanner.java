package com.kpipulse.domain.correction.budget;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Declined;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import com.kpipulse.domain.correction.budget.CurveVerdict.Fitted;
import com.kpipulse.domain.correction.budget.CurveVerdict.NoCurve;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The budget step of "Correct" (seed 001: move budget to channels that work better): each channel's response curve
 * from its weekly history, its marginal return at the current spend, and a new spread of the weekly spend that keeps
 * every channel within its shift limit. Either the total stays and goes where the next rouble brings most (water
 * filling: equal marginal returns), or the total is free and the spread is the largest one whose expected efficiency
 * meets a CAC or ROMI target. A channel without a curve keeps its spend, and the proposal says why; with too few
 * curves there is no proposal, and the answer says why instead of guessing.
 */
public final class BudgetPlanner {

    /** Times the second mode tightens its ceiling when the corrected efficiency misses what the curves promised. */
    private static final int TIGHTENINGS = 5;

    private final BudgetRules rules;
    private final ChannelCatalog channels;

    public BudgetPlanner(BudgetRules rules, ChannelCatalog channels) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.channels = Objects.requireNonNull(channels, "channels");
    }

    /** With {@link BudgetRules#standard()}; {@code channels} names the channels in what a person reads. */
    public BudgetPlanner(ChannelCatalog channels) {
        this(BudgetRules.standard(), channels);
    }

    public BudgetAnswer propose(BudgetQuestion question) {
        var words = new BudgetWords(channels, question.outcome(), question.currency(), rules.interval());
        var curves = new ResponseCurves(rules, words);
        List<CurveVerdict> verdicts = question.channels().stream().map(curves::fit).toList();
        List<Fitted> fitted = verdicts.stream().filter(Fitted.class::isInstance).map(Fitted.class::cast).toList();
        List<NoCurve> noCurves = verdicts.stream().filter(NoCurve.class::isInstance).map(NoCurve.class::cast).toList();
        int needed = question.mode() instanceof ReallocationMode.KeepTotal ? 2 : 1;
        if (fitted.size() < needed) {
            return new Declined(noCurves, words.declined(fitted.size(), verdicts.size(), needed, noCurves));
        }
        return new Spread(question, verdicts, fitted, words).proposal();
    }

    /** One question's proposal, worked out over its fitted channels (index i of the arrays: fitted channel i). */
    private final class Spread {

        private final BudgetQuestion question;
        private final List<CurveVerdict> verdicts;
        private final List<Fitted> fitted;
        private final BudgetWords words;
        private final Effects effects;
        private final MinorUnits units;
        private final List<BigDecimal> now = new ArrayList<>();
        private final List<BigDecimal> lower = new ArrayList<>();
        private final List<BigDecimal> upper = new ArrayList<>();
        private final WaterFilling filling;

        Spread(BudgetQuestion question, List<CurveVerdict> verdicts, List<Fitted> fitted, BudgetWords words) {
            this.question = question;
            this.verdicts = verdicts;
            this.fitted = fitted;
            this.words = words;
            this.effects = new Effects(fitted, rules.interval());
            this.units = new MinorUnits(question.currency().getDefaultFractionDigits());
            BigDecimal maxShare = question.limit().maxShare();
            for (Fitted channel : fitted) {
                BigDecimal current = spending(channel.channel()).currentSpend();
                now.add(current);
                lower.add(units.lowerBound(current, maxShare));
                upper.add(units.upperBound(current, maxShare));
            }
            this.filling = new WaterFilling(effects.expected(), doubles(lower), doubles(upper));
        }

        Proposal proposal() {
            return switch (question.mode()) {
                case ReallocationMode.KeepTotal keep -> sameTotal();
                case ReallocationMode.ReachTarget(EfficiencyTarget target) -> towards(target);
            };
        }

        private Proposal sameTotal() {
            BigDecimal total = sum(now);
            Function<WaterFilling, double[]> rule = curves -> curves.withTotal(total.doubleValue());
            List<BigDecimal> proposed = units.rounded(rule.apply(filling), lower, upper, Optional.of(total));
            double[] optimism = optimism(rule);
            Estimate change = effects.totalChange(doubles(now), doubles(proposed)).less(money(sum(optimism)));
            Message summary = sameSpends(proposed, now) ? words.nothingToMove(allNow())
                    : words.sameTotal(allNow(), change);
            return proposal(proposed, optimism, change, Optional.empty(), summary);
        }

        /**
         * The largest spread whose expected efficiency, once the optimism is taken off, meets the target: searched on
         * the curves against a ceiling tightened as long as the corrected figure misses it; out of reach, the spread
         * with the best efficiency.
         */
        private Proposal towards(EfficiencyTarget target) {
            BigDecimal otherSpend = allNow().subtract(sum(now));
            double otherOutcome = otherOutcome();
            var search = new TargetSearch(otherSpend.doubleValue(), otherOutcome);
            double wanted = target.spendPerOutcomeCeiling();
            double ceiling = wanted;
            for (int attempt = 0; attempt < TIGHTENINGS; attempt++) {
                TargetSearch.Found found = search.search(filling, ceiling);
                if (!found.reached()) {
                    break;
                }
                double searched = ceiling;
                double[] optimism = optimism(curves -> search.search(curves, searched).spend());
                List<BigDecimal> proposed = units.rounded(found.spend(), lower, upper, Optional.empty());
                double spend = otherSpend.add(sum(proposed)).doubleValue();
                double outcome = otherOutcome + filling.outcome(doubles(proposed)) - sum(optimism);
                if (outcome > 0 && spend / outcome <= wanted) {
                    return targetProposal(target, proposed, optimism, otherSpend, otherOutcome, true);
                }
                ceiling *= outcome > 0 ? wanted / (spend / outcome) : 0.5;
            }
            Function<WaterFilling, double[]> best = curves -> search.search(curves, 0).spend();
            List<BigDecimal> proposed = units.rounded(best.apply(filling), lower, upper, Optional.empty());
            return targetProposal(target, proposed, optimism(best), otherSpend, otherOutcome, false);
        }

        private Proposal targetProposal(EfficiencyTarget target, List<BigDecimal> proposed, double[] optimism,
                                        BigDecimal otherSpend, double otherOutcome, boolean reached) {
            Estimate efficiency = effects.efficiency(doubles(proposed), otherSpend.doubleValue(),
                    otherOutcome - sum(optimism), target);
            Estimate change = effects.totalChange(doubles(now), doubles(proposed)).less(money(sum(optimism)));
            BigDecimal total = otherSpend.add(sum(proposed));
            if (reached) {
                return proposal(proposed, optimism, change, Optional.of(new TargetVerdict.Reached(target, efficiency)),
                        words.targetReached(target, total, allNow(), efficiency, change));
            }
            return proposal(proposed, optimism, change, Optional.of(new TargetVerdict.OutOfReach(target, efficiency)),
                    words.targetOutOfReach(target, question.limit().maxShare(), efficiency, total));
        }

        private double[] optimism(Function<WaterFilling, double[]> rule) {
            return Optimism.perChannel(fitted, effects.expected(), doubles(lower), doubles(upper), doubles(now), rule);
        }

        private Proposal proposal(List<BigDecimal> proposed, double[] optimism, Estimate change,
                                  Optional<TargetVerdict> target, Message summary) {
            double[] marginal = new double[fitted.size()];
            var plans = new ArrayList<ChannelPlan>();
            var notes = new ArrayList<Message>();
            for (CurveVerdict verdict : verdicts) {
                BigDecimal current = spending(verdict.channel()).currentSpend();
                switch (verdict) {
                    case Fitted channel -> {
                        int i = fitted.indexOf(channel);
                        Estimate marginalNow = effects.marginal(i, current.doubleValue());
                        marginal[i] = marginalNow.expected().doubleValue();
                        BigDecimal spend = proposed.get(i);
                        boolean atLimit = spend.compareTo(current) != 0
                                && (spend.compareTo(lower.get(i)) == 0 || spend.compareTo(upper.get(i)) == 0);
                        Estimate outcomeChange = effects.change(i, current.doubleValue(), spend.doubleValue())
                                .less(money(optimism[i]));
                        plans.add(new ChannelPlan(channel.channel(), current, spend, Optional.of(channel.curve()),
                                Optional.of(marginalNow), Optional.of(outcomeChange), Optional.empty(), atLimit,
                                words.channelReturn(channel.channel(), marginalNow)));
                    }
                    case NoCurve none -> {
                        plans.add(new ChannelPlan(none.channel(), current, current, Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.of(none.reason()), false, none.message()));
                        notes.add(none.message());
                    }
                }
            }
            BigDecimal others = allNow().subtract(sum(now));
            return new Proposal(plans, moves(proposed, marginal), allNow(), others.add(sum(proposed)), change, target,
                    summary, notes);
        }

        private List<BudgetMove> moves(List<BigDecimal> proposed, double[] marginal) {
            var changes = new ArrayList<BigDecimal>();
            for (int i = 0; i < proposed.size(); i++) {
                changes.add(proposed.get(i).subtract(now.get(i)));
            }
            var moves = new ArrayList<BudgetMove>();
            for (MoveSplit.Step step : MoveSplit.split(changes, marginal)) {
                if (step.from().isPresent() && step.to().isPresent()) {
                    int from = step.from().getAsInt();
                    int to = step.to().getAsInt();
                    moves.add(new BudgetMove.Transfer(code(from), code(to), step.amount(),
                            words.transfer(code(from), code(to), step.amount(), marginalNow(from), marginalNow(to))));
                } else if (step.from().isPresent()) {
                    int from = step.from().getAsInt();
                    moves.add(new BudgetMove.Cut(code(from), step.amount(),
                            words.cut(code(from), step.amount(), marginalNow(from))));
                } else {
                    int to = step.to().getAsInt();
                    moves.add(new BudgetMove.Addition(code(to), step.amount(),
                            words.addition(code(to), step.amount(), marginalNow(to))));
                }
            }
            return List.copyOf(moves);
        }

        private Estimate marginalNow(int index) {
            return effects.marginal(index, now.get(index).doubleValue());
        }

        private String code(int index) {
            return fitted.get(index).channel();
        }

        /** The weekly outcome of the channels without a curve, as it has been over the weeks a curve is fitted on. */
        private double otherOutcome() {
            double sum = 0;
            for (CurveVerdict verdict : verdicts) {
                if (verdict instanceof NoCurve) {
                    List<ChannelWeek> history = spending(verdict.channel()).history();
                    List<ChannelWeek> latest = history.subList(Math.max(0, history.size() - rules.fitWeeks()),
                            history.size());
                    sum += latest.stream().mapToDouble(week -> week.outcome().doubleValue()).average().orElse(0);
                }
            }
            return sum;
        }

        private BigDecimal allNow() {
            return question.channels().stream().map(ChannelSpending::currentSpend)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        private ChannelSpending spending(String channel) {
            return question.channels().stream().filter(spending -> spending.channel().equals(channel)).findFirst()
                    .orElseThrow();
        }
    }

    private static boolean sameSpends(List<BigDecimal> a, List<BigDecimal> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).compareTo(b.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static double sum(double[] values) {
        return WaterFilling.total(values);
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static double[] doubles(List<BigDecimal> values) {
        return values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
    }
}

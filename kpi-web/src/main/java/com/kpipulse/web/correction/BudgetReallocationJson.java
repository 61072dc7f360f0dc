package com.kpipulse.web.correction;

import com.kpipulse.application.correction.BudgetReallocation;
import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.BudgetMove;
import com.kpipulse.domain.correction.budget.ChannelPlan;
import com.kpipulse.domain.correction.budget.CurveVerdict;
import com.kpipulse.domain.correction.budget.EfficiencyTarget;
import com.kpipulse.domain.correction.budget.Estimate;
import com.kpipulse.domain.correction.budget.TargetVerdict;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.kpi.AnalysisJson.TextJson;
import com.kpipulse.web.text.Names;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A budget reallocation as {@code GET /api/v1/budget/reallocation} answers it: figures as JSON numbers (weekly spends
 * in the company's currency, the outcome in its own unit: money or a count; a marginal return is outcome per unit of
 * spend), each with its interval where the curves give one; every sentence in both languages. Declined: {@code declined}
 * true, {@code reason}, and the channels without a curve with theirs.
 *
 * @param historyFrom  the first day of the weeks read, {@code historyTo} the last
 * @param currentWeeks the period's whole weeks whose average is the spend now (0: none is over yet)
 */
public record BudgetReallocationJson(String period, String kpi, BigDecimal maxShift, TargetJson target,
                                     String currency, LocalDate historyFrom, LocalDate historyTo, int currentWeeks,
                                     boolean declined, TextJson reason, TextJson summary, BigDecimal spendNow,
                                     BigDecimal spendProposed, EstimateJson expectedChange,
                                     TargetVerdictJson targetVerdict, List<ChannelJson> channels,
                                     List<MoveJson> moves, List<TextJson> notes) {

    /** A figure the curves expect and its interval (80 %: the 10th to the 90th percentile of the resampled curves). */
    public record EstimateJson(BigDecimal expected, BigDecimal low, BigDecimal high) {

        static EstimateJson of(Estimate estimate) {
            return new EstimateJson(estimate.expected(), estimate.low(), estimate.high());
        }
    }

    /** The second mode's target: {@code cac} (most spend per unit of outcome) or {@code romi} (a fraction, at least). */
    public record TargetJson(String kind, BigDecimal value) {

        static TargetJson of(EfficiencyTarget target) {
            return switch (target) {
                case EfficiencyTarget.MaxCost cost -> new TargetJson("cac", cost.cost());
                case EfficiencyTarget.MinRomi romi -> new TargetJson("romi", romi.romi());
            };
        }
    }

    /** Whether the proposal reaches the target, with its expected efficiency (the best one when out of reach). */
    public record TargetVerdictJson(boolean reached, EstimateJson efficiency) {
    }

    /**
     * One channel: {@code spendMeasure} says which base measure its spend was read from; without a curve
     * {@code noCurve} says why (TOO_FEW_WEEKS, TOO_LITTLE_VARIATION, TOO_LITTLE_OUTCOME) and the figures of the
     * curve are null; {@code curve} is the fitted {@code outcome = scale · ln(1 + spend / bend)}.
     */
    public record ChannelJson(String code, TextJson name, String spendMeasure, BigDecimal spendNow,
                              BigDecimal spendProposed, EstimateJson marginalReturn, EstimateJson expectedChange,
                              boolean atLimit, String noCurve, CurveJson curve, TextJson note) {
    }

    public record CurveJson(double scale, double bend) {
    }

    /** A step of the proposal: TRANSFER (from, to), CUT (from) or ADDITION (to), a weekly amount, and why. */
    public record MoveJson(String kind, String from, String to, BigDecimal amount, TextJson why) {

        static MoveJson of(BudgetMove move) {
            return switch (move) {
                case BudgetMove.Transfer transfer -> new MoveJson("TRANSFER", transfer.from(), transfer.to(),
                        transfer.amount(), said(transfer.why()));
                case BudgetMove.Cut cut -> new MoveJson("CUT", cut.from(), null, cut.amount(), said(cut.why()));
                case BudgetMove.Addition addition -> new MoveJson("ADDITION", null, addition.to(), addition.amount(),
                        said(addition.why()));
            };
        }
    }

    static BudgetReallocationJson from(BudgetReallocation reallocation, BigDecimal maxShift, EfficiencyTarget target,
                                       String currency) {
        List<Period> history = reallocation.history();
        String period = reallocation.period().code();
        String kpi = reallocation.outcome().kpi().value();
        TargetJson asked = target == null ? null : TargetJson.of(target);
        LocalDate from = history.isEmpty() ? null : history.getFirst().start();
        LocalDate to = history.isEmpty() ? null : history.getLast().lastDay();
        int current = reallocation.current().size();
        return switch (reallocation.answer()) {
            case BudgetAnswer.Proposal proposal -> new BudgetReallocationJson(period, kpi, maxShift, asked, currency,
                    from, to, current, false, null, said(proposal.summary()), proposal.spendNow(),
                    proposal.spendProposed(), EstimateJson.of(proposal.outcomeChange()),
                    proposal.target().map(BudgetReallocationJson::verdict).orElse(null),
                    proposal.channels().stream().map(plan -> channel(plan, reallocation)).toList(),
                    proposal.moves().stream().map(MoveJson::of).toList(),
                    proposal.notes().stream().map(BudgetReallocationJson::said).toList());
            case BudgetAnswer.Declined declined -> new BudgetReallocationJson(period, kpi, maxShift, asked, currency,
                    from, to, current, true, said(declined.reason()), null, null, null, null, null,
                    declined.noCurves().stream().map(none -> noCurve(none, reallocation)).toList(), List.of(),
                    declined.noCurves().stream().map(none -> said(none.message())).toList());
        };
    }

    private static TargetVerdictJson verdict(TargetVerdict verdict) {
        return switch (verdict) {
            case TargetVerdict.Reached reached -> new TargetVerdictJson(true, EstimateJson.of(reached.efficiency()));
            case TargetVerdict.OutOfReach out -> new TargetVerdictJson(false, EstimateJson.of(out.best()));
        };
    }

    private static ChannelJson channel(ChannelPlan plan, BudgetReallocation reallocation) {
        return new ChannelJson(plan.channel(), name(plan.channel()), reallocation.spendMeasures().get(plan.channel()),
                plan.spendNow(), plan.spendProposed(), plan.marginalNow().map(EstimateJson::of).orElse(null),
                plan.outcomeChange().map(EstimateJson::of).orElse(null), plan.atLimit(),
                plan.noCurve().map(Enum::name).orElse(null),
                plan.curve().map(curve -> new CurveJson(curve.scale(), curve.bend())).orElse(null), said(plan.note()));
    }

    private static ChannelJson noCurve(CurveVerdict.NoCurve none, BudgetReallocation reallocation) {
        return new ChannelJson(none.channel(), name(none.channel()), reallocation.spendMeasures().get(none.channel()),
                null, null, null, null, false, none.reason().name(), null, said(none.message()));
    }

    private static TextJson name(String channel) {
        return new TextJson(Names.channel(channel, Locale.forLanguageTag("ru")), Names.channel(channel, Locale.ENGLISH));
    }

    static TextJson said(Message message) {
        return new TextJson(message.in(Locale.forLanguageTag("ru")), message.in(Locale.ENGLISH));
    }

    /** Several sentences as one text in each language. */
    static TextJson said(List<Message> messages) {
        return new TextJson(messages.stream().map(m -> m.in(Locale.forLanguageTag("ru"))).collect(Collectors.joining(" ")),
                messages.stream().map(m -> m.in(Locale.ENGLISH)).collect(Collectors.joining(" ")));
    }
}

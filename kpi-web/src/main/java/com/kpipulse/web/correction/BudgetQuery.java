package com.kpipulse.web.correction;

import com.kpipulse.application.correction.ReallocateBudget;
import com.kpipulse.domain.correction.budget.EfficiencyTarget;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.period.PeriodCode;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parameters of a budget reallocation ({@code period}, {@code kpi}, {@code maxShift}, {@code target}), read
 * strictly and all at once: every unusable one is an {@link InvalidInput.FieldProblem} with its reason in both
 * languages, so the API can answer 422 with all of them and the page can show them. Numbers are bounded by
 * {@link DecimalInput} before they are read; a decimal comma is taken as a point.
 */
final class BudgetQuery {

    static final BigDecimal DEFAULT_SHIFT = ShiftLimit.standard().maxShare();

    private BudgetQuery() {
    }

    /** The request, or every problem with the parameters. */
    static ReallocateBudget.Request read(String period, String kpi, String maxShift, String target) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        Optional<Period> asked = period(period, problems);
        Optional<Outcome> outcome = outcome(kpi, problems);
        Optional<ShiftLimit> limit = limit(maxShift, problems);
        Optional<ReallocationMode> mode = outcome.flatMap(chosen -> mode(target, chosen, problems));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ReallocateBudget.Request(asked.orElseThrow(), outcome.orElseThrow(), limit.orElseThrow(),
                mode.orElseThrow());
    }

    private static Optional<Period> period(String text, List<InvalidInput.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(problem("period", "REQUIRED", BudgetMessages::period_required));
            return Optional.empty();
        }
        Optional<Period> period = PeriodCode.parse(text == null ? null : text.strip());
        if (period.isEmpty()) {
            problems.add(problem("period", "NOT_A_PERIOD", texts -> texts.not_a_period(excerpt(text))));
        }
        return period;
    }

    /** {@code revenue} when absent. */
    private static Optional<Outcome> outcome(String text, List<InvalidInput.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.of(Outcome.REVENUE);
        }
        Optional<Outcome> outcome = ReallocateBudget.outcomeOf(text.strip().toLowerCase(Locale.ROOT));
        if (outcome.isEmpty()) {
            problems.add(problem("kpi", "NOT_AN_OUTCOME", texts -> texts.not_an_outcome(excerpt(text))));
        }
        return outcome;
    }

    /** ±30 % when absent. */
    private static Optional<ShiftLimit> limit(String text, List<InvalidInput.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.of(ShiftLimit.standard());
        }
        switch (DecimalInput.parse(text.strip().replace(',', '.'))) {
            case DecimalInput.Refused refused -> {
                problems.add(InvalidInput.FieldProblem.of("maxShift", refused.problem()));
                return Optional.empty();
            }
            case DecimalInput.Parsed parsed -> {
                BigDecimal share = parsed.value();
                if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
                    problems.add(problem("maxShift", "SHIFT_OUT_OF_RANGE",
                            texts -> texts.shift_out_of_range(excerpt(text))));
                    return Optional.empty();
                }
                return Optional.of(new ShiftLimit(share));
            }
        }
    }

    /** The same total when absent; {@code cac:1500} or {@code romi:0.5}, suiting the outcome. */
    private static Optional<ReallocationMode> mode(String text, Outcome outcome,
                                                   List<InvalidInput.FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.of(new ReallocationMode.KeepTotal());
        }
        String[] parts = text.strip().split(":", 2);
        Optional<EfficiencyTarget> target = parts.length < 2 ? Optional.empty()
                : number(parts[1]).flatMap(value -> switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
                    case "cac" -> value.signum() > 0 ? Optional.of(new EfficiencyTarget.MaxCost(value))
                            : Optional.empty();
                    case "romi" -> value.compareTo(BigDecimal.ONE.negate()) > 0
                            ? Optional.of(new EfficiencyTarget.MinRomi(value)) : Optional.empty();
                    default -> Optional.empty();
                });
        if (target.isEmpty()) {
            problems.add(problem("target", "NOT_A_TARGET", texts -> texts.not_a_target(excerpt(text))));
            return Optional.empty();
        }
        if (!target.get().suits(outcome)) {
            problems.add(problem("target", "TARGET_DOES_NOT_SUIT",
                    texts -> texts.target_does_not_suit(excerpt(text), outcome.kpi().value())));
            return Optional.empty();
        }
        return Optional.of(new ReallocationMode.ReachTarget(target.get()));
    }

    private static Optional<BigDecimal> number(String text) {
        return DecimalInput.parse(text.strip().replace(',', '.')) instanceof DecimalInput.Parsed(BigDecimal value)
                ? Optional.of(value) : Optional.empty();
    }

    private static InvalidInput.FieldProblem problem(String field, String code,
                                                     java.util.function.Function<BudgetMessages, String> text) {
        return new InvalidInput.FieldProblem(field, code, Bundles.both(BudgetMessages.class, text));
    }

    private static String excerpt(String text) {
        return InputProblem.excerpt(text == null ? "" : text);
    }
}

package com.kpipulse.web.goal;

import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The goal wizard's inputs for phasing by hand: for every KPI with a target, one labelled input per week of the goal
 * showing what was typed, else the even split (rounded to cents, the last week taking the rest, so the prefill adds
 * up exactly), and in words how the inputs compare with the target.
 *
 * @param kpis   the KPIs' inputs, in the goal's order
 * @param values what the inputs show, by KPI code and week start: the figures the goal is checked and saved with
 */
public record ManualWeeks(List<Kpi> kpis, Map<String, Map<String, String>> values) {

    /**
     * A KPI's weekly inputs and the summary under them: the sum and its difference to the target for a total, the
     * target level for a rate.
     */
    public record Kpi(String code, String name, List<Week> weeks, String summary) {
    }

    /** A week's input: field id and name, its label ("Неделя 2, 07.01–11.01") and the value shown. */
    public record Week(String id, String name, String label, String value) {
    }

    public static final ManualWeeks NONE = new ManualWeeks(List.of(), Map.of());

    /** @param even the goal as typed but phased evenly (for the weeks and the prefill) */
    static ManualWeeks of(GoalForm form, Goal even, PreviewPhasing phasing, ReadKpiCatalog catalog, Locale locale) {
        Optional<Period> period = even.period();
        if (period.isEmpty()) {
            return NONE;
        }
        GoalWizardMessages messages = Bundles.of(GoalWizardMessages.class, locale);
        List<Period> weeks = period.get().split(Grain.WEEK);
        List<Kpi> kpis = new ArrayList<>();
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        for (GoalKpi goalKpi : even.kpis()) {
            String code = goalKpi.kpi().value();
            Optional<KpiDefinition> kpi = catalog.find(code);
            if (goalKpi.target().isEmpty() || kpi.isEmpty() || values.containsKey(code)) {
                continue;
            }
            PhasingResult split = phasing.preview(even, goalKpi);
            Optional<PhasedTarget> evenly = split instanceof PhasingResult.Phased phased ? Optional.of(phased.target())
                    : Optional.empty();
            boolean percent = kpi.get().unit() == Unit.PERCENT;
            List<String> prefill = evenly.map(target -> prefill(target, percent, locale)).orElse(List.of());
            Map<String, String> typed = form.parts().getOrDefault(code, Map.of());
            Map<String, String> shown = new TreeMap<>();
            List<Week> inputs = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < weeks.size(); i++) {
                Period week = weeks.get(i);
                String start = week.start().toString();
                String value = typed.containsKey(start) ? typed.get(start) : i < prefill.size() ? prefill.get(i) : "";
                shown.put(start, value);
                sum = sum.add(number(value).orElse(BigDecimal.ZERO));
                String label = messages.manual_week(Integer.toString(week.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                        Formats.days(week.start(), week.lastDay(), locale));
                inputs.add(new Week("part-" + code + "-" + start, GoalForm.PART + code + "." + start, label, value));
            }
            values.put(code, shown);
            String summary = switch (split) {
                case PhasingResult.NotPhased notPhased -> messages.manual_no_split(notPhased.reason().in(locale));
                case PhasingResult.Phased phased -> summary(phased.target(), percent, sum, messages, locale);
            };
            kpis.add(new Kpi(code, kpi.get().name(locale), inputs, summary));
        }
        return new ManualWeeks(kpis, values);
    }

    private static String summary(PhasedTarget even, boolean percent, BigDecimal sum, GoalWizardMessages messages,
                                  Locale locale) {
        if (!even.cumulative()) {
            return messages.manual_levels(percent ? Formats.percent(even.total(), locale) : Formats.number(even.total(), 4, locale));
        }
        BigDecimal difference = sum.subtract(even.total());
        if (difference.signum() == 0) {
            return messages.manual_balanced(Formats.number(sum, 2, locale));
        }
        return messages.manual_sum(Formats.number(sum, 2, locale), Formats.number(even.total(), 2, locale),
                (difference.signum() > 0 ? "+" : "") + Formats.number(difference, 2, locale));
    }

    /**
     * The even split as the inputs show it: a total rounded to cents with the rest in the last week, or the level (a
     * percentage in per cent, as the target is typed).
     */
    private static List<String> prefill(PhasedTarget even, boolean percent, Locale locale) {
        List<String> values = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < even.parts().size(); i++) {
            BigDecimal value = even.parts().get(i).value();
            if (even.cumulative()) {
                value = i == even.parts().size() - 1 ? even.total().subtract(given) : value.setScale(2, RoundingMode.HALF_UP);
                given = given.add(value);
            }
            String plain = (percent ? value.movePointRight(2) : value).stripTrailingZeros().toPlainString();
            values.add(plain.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator()));
        }
        return values;
    }

    /** A figure as typed, read by {@link DecimalInput} so that {@code 1e999999999} is refused, never expanded in a sum. */
    private static Optional<BigDecimal> number(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        return DecimalInput.parse(GoalForm.decimal(typed)) instanceof DecimalInput.Parsed parsed
                ? Optional.of(parsed.value()) : Optional.empty();
    }
}

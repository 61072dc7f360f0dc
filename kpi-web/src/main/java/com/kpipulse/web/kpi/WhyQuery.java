package com.kpipulse.web.kpi;

import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.period.PeriodCode;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.text.Bundles;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The parameters of "why a KPI deviates" ({@code period}, {@code compareTo}, {@code channel}), read strictly. */
final class WhyQuery {

    private WhyQuery() {
    }

    /** A week, month or quarter by its stable code ({@code 2026-W05}, {@code 2026-01}, {@code 2026-Q1}). */
    static Period period(String text) {
        return PeriodCode.parse(text == null ? null : text.strip()).orElseThrow(() -> InvalidInput.of("period",
                "NOT_A_PERIOD", Bundles.both(KpiDetailMessages.class,
                        texts -> texts.why_not_a_period(InputProblem.excerpt(text == null ? "" : text)))));
    }

    /** PLAN, PREVIOUS or LAST_YEAR (any case); PREVIOUS when absent. */
    static ReferenceKind reference(String text) {
        if (text == null || text.isBlank()) {
            return ReferenceKind.PREVIOUS;
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "PLAN" -> ReferenceKind.PLAN;
            case "PREVIOUS" -> ReferenceKind.PREVIOUS;
            case "LAST_YEAR" -> ReferenceKind.LAST_YEAR;
            default -> throw InvalidInput.of("compareTo", "NOT_A_REFERENCE", Bundles.both(KpiDetailMessages.class,
                    texts -> texts.why_not_a_reference(InputProblem.excerpt(text))));
        };
    }

    /** Channels of the catalog; none: all. */
    static Set<String> channels(List<String> texts) {
        Set<String> chosen = new LinkedHashSet<>();
        if (texts != null) {
            texts.forEach(text -> Parameters.channel(text).ifPresent(chosen::add));
        }
        return chosen;
    }
}

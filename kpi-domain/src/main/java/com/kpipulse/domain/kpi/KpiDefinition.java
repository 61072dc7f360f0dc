package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.Expression;
import com.kpipulse.domain.kpi.formula.FormulaParser;
import com.kpipulse.domain.measure.Unit;

import java.util.Locale;
import java.util.Objects;

/**
 * A KPI: what it is called, how it is computed (formula text and its parsed expression), its unit,
 * which direction is good, its level and group, and the one-line explanation the UI shows.
 * Whether the formula only names things that exist is checked by {@link KpiCatalog}, which knows them.
 */
public record KpiDefinition(KpiCode code, String nameRu, String nameEn, String formula, Unit unit,
                            Direction direction, Level level, KpiGroup group,
                            String explanationRu, String explanationEn, Expression expression) {

    public KpiDefinition {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(expression, "expression");
        requireText(nameRu, "nameRu", code);
        requireText(nameEn, "nameEn", code);
        requireText(formula, "formula", code);
        explanationRu = Objects.requireNonNullElse(explanationRu, "");
        explanationEn = Objects.requireNonNullElse(explanationEn, "");
        if (!FormulaParser.parseOrThrow(formula).equals(expression)) {
            throw new IllegalArgumentException("KPI " + code + ": the expression is not the parsed formula '" + formula + "'");
        }
    }

    /** Parses the formula; throws when it does not parse (use {@link KpiCatalog#withCustom} for user input). */
    public KpiDefinition(KpiCode code, String nameRu, String nameEn, String formula, Unit unit,
                         Direction direction, Level level, KpiGroup group,
                         String explanationRu, String explanationEn) {
        this(code, nameRu, nameEn, formula, unit, direction, level, group, explanationRu, explanationEn,
                FormulaParser.parseOrThrow(formula));
    }

    /** Russian by default, English when the locale's language is "en". */
    public String name(Locale locale) {
        return english(locale) ? nameEn : nameRu;
    }

    public String explanation(Locale locale) {
        return english(locale) ? explanationEn : explanationRu;
    }

    public boolean lowerIsBetter() {
        return direction == Direction.LOWER_IS_BETTER;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    private static void requireText(String text, String field, KpiCode code) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("KPI " + code + " needs " + field);
        }
    }
}

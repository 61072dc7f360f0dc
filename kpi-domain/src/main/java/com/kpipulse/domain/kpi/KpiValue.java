package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a KPI for a period and selection: a number (full precision; round only to show it),
 * or no value with the reason. Percentages are fractions (0.25 = 25 %), NPS is in points.
 */
public sealed interface KpiValue {

    record Known(BigDecimal value, Unit unit, Optional<Currency> currency) implements KpiValue {
        public Known {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(currency, "currency");
        }

        public Optional<Money> money() {
            return currency.map(code -> new Money(value, code));
        }
    }

    record None(NoValueReason reason, Message explanation) implements KpiValue {
        public None {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }

        public String reasonRu() {
            return explanation.russian();
        }

        public String reasonEn() {
            return explanation.english();
        }

        public String reason(Locale locale) {
            return explanation.in(locale);
        }
    }

    static KpiValue known(BigDecimal value, Unit unit) {
        return new Known(value, unit, Optional.empty());
    }

    default Optional<BigDecimal> number() {
        return this instanceof Known known ? Optional.of(known.value()) : Optional.empty();
    }

    default boolean isKnown() {
        return this instanceof Known;
    }
}

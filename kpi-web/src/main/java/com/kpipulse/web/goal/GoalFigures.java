package com.kpipulse.web.goal;

import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** A goal KPI's figures as the goal pages write them. */
final class GoalFigures {

    private GoalFigures() {
    }

    /** A figure in the KPI's unit; a total of a count (customers, orders) as a whole number. */
    static String figure(BigDecimal value, KpiDefinition kpi, Optional<Currency> currency, boolean total,
                         Locale locale) {
        if (kpi.unit() == Unit.COUNT && total) {
            return Formats.number(value, 0, locale);
        }
        return Formats.number(value, kpi.unit(), currency, locale);
    }

    /** The currency the actual value is in, if it is money that has one. */
    static Optional<Currency> currencyOf(KpiValue actual) {
        return actual instanceof KpiValue.Known known ? known.currency() : Optional.empty();
    }
}

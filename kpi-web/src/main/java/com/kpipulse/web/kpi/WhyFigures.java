package com.kpipulse.web.kpi;

import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * How the «Почему» block writes a KPI's figures: a value in the KPI's unit ({@code 4,0 %}, {@code 42 000,00 ₽}); a
 * change — the deviation, a driver's or a channel's part — signed, and for a KPI kept in percent in percentage points
 * ({@code −1,0 п.п.} / {@code −1.0 pp}), since a part of a conversion's fall is a difference of two rates, not a
 * share of anything. Counts (orders, visits) are whole, as in the evidence: a plan of 12.43 orders reads «12».
 */
record WhyFigures(Unit unit, Optional<Currency> currency, Locale locale) {

    /** A value of the KPI in its unit; a count whole, as the evidence beside it says it. */
    String value(BigDecimal value) {
        return unit == Unit.COUNT ? Figures.count(value, locale) : Formats.number(value, unit, currency, locale);
    }

    /** A change of the KPI or a part of it: {@code +1,2 п.п.} for a percentage KPI, {@code −6 000,00 ₽} for revenue. */
    String change(BigDecimal change) {
        if (unit == Unit.PERCENT) {
            return Formats.signedPoints(change, locale);
        }
        return (change.signum() > 0 ? "+" : "") + value(change);
    }
}

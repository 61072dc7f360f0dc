package com.kpipulse.web.scorecard;

import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The change against the previous period: in percentage points for rates, relative otherwise; {@code verdict} says
 * whether it is good news given the KPI's direction (for "lower is better" a fall is better). A change that shows as
 * zero once rounded to the one decimal the page gives ({@code 0,0 п.п.}) is no change, never "−0,0 (хуже)".
 *
 * @param arrow ▲, ▼ or ▶ (decoration; the word in {@code verdict} carries the meaning)
 * @param verdict better, worse or same
 */
public record Trend(BigDecimal change, boolean points, String arrow, String verdict) {

    static Optional<Trend> of(KpiDefinition kpi, KpiValue actual, KpiValue previous) {
        if (!(actual instanceof KpiValue.Known now) || !(previous instanceof KpiValue.Known before)) {
            return Optional.empty();
        }
        boolean points = kpi.unit() == Unit.PERCENT;
        BigDecimal difference = now.value().subtract(before.value());
        if (!points && before.value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal change = points ? difference : difference.divide(before.value().abs(), MathContext.DECIMAL64);
        int sign = Figures.showsAsNoChange(change) ? 0 : change.signum();
        String arrow = sign > 0 ? "▲" : sign < 0 ? "▼" : "▶";
        String verdict = sign == 0 ? "same" : (sign > 0) != kpi.lowerIsBetter() ? "better" : "worse";
        return Optional.of(new Trend(change, points, arrow, verdict));
    }
}

package com.kpipulse.web.evaluation;

import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Coverage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shape of a KPI or measure over time. Ratios are fractions (0.25 = 25 %); a period without a value has
 * {@code value: null} and a {@code reason}. Rounding happens here, at presentation, to 6 decimal places. A period the
 * data do not cover to its end (still running, or not all delivered by the sources) is {@code provisional}: its value
 * is over the first {@code daysCovered} of its {@code days} (up to {@code coveredTo}), and a growth KPI compares them
 * with the same days of the period before.
 */
public record ValueSeriesJson(String code, String grain, String unit, List<PeriodJson> values, ValueJson total) {

    private static final int SCALE = 6;

    public record PeriodJson(LocalDate periodStart, String label, BigDecimal value, String currency, String reason,
                             String reasonRu, boolean provisional, long daysCovered, long days, LocalDate coveredTo) {
    }

    public record ValueJson(BigDecimal value, String currency, String reason, String reasonRu, boolean provisional,
                            long daysCovered, long days, LocalDate coveredTo) {
    }

    public static ValueSeriesJson from(ValueSeries series) {
        List<PeriodJson> values = series.values().stream().map(period -> {
            ValueJson value = value(period.value(), period.coverage());
            return new PeriodJson(period.period().start(), period.period().code(), value.value(),
                    value.currency(), value.reason(), value.reasonRu(), value.provisional(), value.daysCovered(),
                    value.days(), value.coveredTo());
        }).toList();
        return new ValueSeriesJson(series.code(), series.grain().name(), series.unit().name(), values,
                value(series.total(), series.totalCoverage()));
    }

    private static ValueJson value(KpiValue value, Coverage coverage) {
        LocalDate coveredTo = coverage.lastDayCovered().orElse(null);
        return switch (value) {
            case KpiValue.Known known -> new ValueJson(round(known.value()),
                    known.money().map(money -> money.currency().getCurrencyCode()).orElse(null), null, null,
                    coverage.provisional(), coverage.daysCovered(), coverage.days(), coveredTo);
            case KpiValue.None none -> new ValueJson(null, null, none.reasonEn(), none.reasonRu(),
                    coverage.provisional(), coverage.daysCovered(), coverage.days(), coveredTo);
        };
    }

    private static BigDecimal round(BigDecimal value) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}

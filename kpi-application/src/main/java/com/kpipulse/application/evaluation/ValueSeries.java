package com.kpipulse.application.evaluation;

import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.util.List;
import java.util.Objects;

/**
 * A KPI or measure period by period, and over the whole span.
 *
 * @param total         the value over the whole span: for ratios the ratio of the sums, never an average of the
 *                      periods
 * @param totalCoverage the days of the span {@code total} covers
 */
public record ValueSeries(String code, Grain grain, Unit unit, List<PeriodValue> values, KpiValue total,
                          Coverage totalCoverage) {

    public ValueSeries {
        values = List.copyOf(values);
        Objects.requireNonNull(totalCoverage, "totalCoverage");
    }

    /**
     * One period's value (or the reason it has none), as far as the data cover the period: to date while it is
     * provisional.
     */
    public record PeriodValue(Period period, KpiValue value, Coverage coverage) {
        public PeriodValue {
            Objects.requireNonNull(coverage, "coverage");
        }
    }
}

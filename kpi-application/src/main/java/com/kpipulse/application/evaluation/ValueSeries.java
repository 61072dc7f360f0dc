package com.kpipulse.application.evaluation;

import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.util.List;

/**
 * A KPI or measure period by period, and over the whole span.
 *
 * @param total the value over the whole span: for ratios the ratio of the sums, never an average of the periods
 */
public record ValueSeries(String code, Grain grain, Unit unit, List<PeriodValue> values, KpiValue total) {

    public ValueSeries {
        values = List.copyOf(values);
    }

    /** One period's value (or the reason it has none). */
    public record PeriodValue(Period period, KpiValue value) {
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.domain.kpi.KpiValue;

import java.util.Locale;

/** One base measure of the formula. */
public record MeasureRow(String code, String name, KpiValue value) {

    static MeasureRow from(KpiExplanation.MeasureValue measure, Locale locale) {
        return new MeasureRow(measure.code(), measure.name(locale), measure.value());
    }
}

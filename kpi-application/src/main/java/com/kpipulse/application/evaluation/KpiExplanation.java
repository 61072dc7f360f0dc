package com.kpipulse.application.evaluation;

import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Period;

import java.util.List;

/**
 * Everything behind one KPI figure: its history, its value per channel, the base-measure values the formula used,
 * the notes people wrote, and where the values came from.
 *
 * @param history    the KPI over the periods up to and including {@code period}, each as far as the data cover it
 * @param byChannel  the KPI per channel in {@code period} and the same days of the one before
 * @param measures   each base measure of the formula in {@code period}, to date when it is provisional
 */
public record KpiExplanation(KpiDefinition kpi, Period period, ValueSeries history, List<ChannelValue> byChannel,
                             List<MeasureValue> measures, List<Annotation> annotations, List<SourceSummary> sources) {

    /** How far the KPI's data cover {@code period}: it is provisional until they cover its last day. */
    public Coverage coverage() {
        return history.values().getLast().coverage();
    }

    /** The KPI in one channel, now and over the same days of the period before. */
    public record ChannelValue(String channel, KpiValue value, KpiValue previous) {
    }

    /** A base measure's value in the period, with its names. */
    public record MeasureValue(String code, String nameRu, String nameEn, KpiValue value) {

        /** The name in the reader's language. */
        public String name(java.util.Locale locale) {
            return com.kpipulse.domain.LocalizedText.of(nameRu, nameEn).in(locale);
        }
    }
}

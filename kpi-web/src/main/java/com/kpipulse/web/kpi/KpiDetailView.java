package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.KpiExplanation;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the KPI page shows, ready for the template; {@code periodLabel} as it follows "за" / "for".
 *
 * @param provisional the period's note while its data do not cover it to the end; "" for a complete one
 * @param chartProvisional the chart draws a provisional period (hollow point, dashed segment)
 */
public record KpiDetailView(String code, String name, String explanation, String formula, String periodLabel,
                            KpiValue value, String provisional, JudgementView judgement, LineChart.Chart chart,
                            boolean chartProvisional, Optional<PacingView> pacing,
                            List<ChannelRow> channels, List<MeasureRow> measures, List<Annotation> notes,
                            List<SourceSummary> sources, String grain, String previousDay, String nextDay,
                            String today, String error) {

    /**
     * @param code      the KPI's code as the address names it
     * @param track     the KPI's targets and pace along the explanation's history
     * @param forecast  the paced goal's forecast of the KPI, drawn on the pace chart when it fits
     * @param judgement the shown period against the goals
     * @param error     why a note was not added; null when none
     */
    static KpiDetailView from(String code, KpiExplanation explanation, TargetTrack track,
                              Optional<DeadlineForecast.Expected> forecast, PeriodJudgement judgement, Grain grain,
                              String error, Locale locale) {
        KpiDefinition kpi = explanation.kpi();
        KpiDetailMessages messages = Bundles.of(KpiDetailMessages.class, locale);
        Period period = explanation.period();
        List<ValueSeries.PeriodValue> history = explanation.history().values();
        List<String> labels = history.stream().map(value -> value.period().label(locale)).toList();
        Map<Integer, String> provisional = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            int index = i;
            history.get(i).coverage().note().ifPresent(note -> provisional.put(index, note.in(locale)));
        }
        Optional<Currency> currency = explanation.history().total() instanceof KpiValue.Known known
                ? known.currency() : Optional.empty();
        LineChart.Chart chart = LineChart.of("kpi-chart", messages.chart_label(kpi.name(locale)), labels, List.of(
                new LineChart.Line(LineChart.Style.ACTUAL, messages.legend_actual(), messages.look_solid(),
                        history.stream().map(value -> value.value().number().orElse(null)).toList(), provisional),
                new LineChart.Line(LineChart.Style.TARGET, messages.legend_target(), messages.look_dashed(),
                        track.steps().stream().map(step -> step.target().orElse(null)).toList())),
                value -> Formats.number(value, kpi.unit(), currency, locale));
        KpiValue current = history.get(history.size() - 1).value();
        return new KpiDetailView(code, kpi.name(locale), kpi.explanation(locale), kpi.formula(),
                period.labelAsObject(locale), current,
                explanation.coverage().note().map(note -> note.in(locale)).orElse(""),
                JudgementView.from(kpi, judgement, currency, locale), chart, !provisional.isEmpty(),
                PacingView.from(track, kpi, labels, provisional, forecast, currency, locale),
                explanation.byChannel().stream().map(channel -> ChannelRow.from(channel, locale)).toList(),
                explanation.measures().stream().map(measure -> MeasureRow.from(measure, locale)).toList(),
                explanation.annotations(), explanation.sources(), grain.name(), period.previous().start().toString(),
                period.next().start().toString(), period.start().toString(), error);
    }
}

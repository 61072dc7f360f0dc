package com.kpipulse.web.review;

import com.kpipulse.application.review.ReadSixTwelve;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.kpi.LineChart;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A KPI's 6-12 on a review's item: the six weeks and the twelve months as two line charts, the actual solid with a
 * dot per period (a provisional period hollow), the same periods a year before dotted, the plan dashed where a goal
 * sets one. The figures are written in the KPI's unit and the reader's language.
 *
 * @param legendId the id of the legend both charts share
 */
public record SixTwelveView(LineChart.Chart weeks, LineChart.Chart months, String legendId) {

    /** @param id unique on the page (the item's element id); the charts' ids are derived from it */
    static SixTwelveView of(String id, String kpi, ReadSixTwelve.SixTwelve chart, Locale locale) {
        ReviewMessages texts = Bundles.of(ReviewMessages.class, locale);
        Optional<Currency> currency = chart.weeks().points().stream().map(ReadSixTwelve.Point::actual)
                .filter(KpiValue.Known.class::isInstance).map(KpiValue.Known.class::cast)
                .map(KpiValue.Known::currency).flatMap(Optional::stream).findFirst();
        return new SixTwelveView(
                chart(id + "-weeks", texts.six_twelve_weeks(kpi), chart.weeks(), chart, currency, texts, locale),
                chart(id + "-months", texts.six_twelve_months(kpi), chart.months(), chart, currency, texts, locale),
                id + "-six-twelve-legend");
    }

    private static LineChart.Chart chart(String id, String title, ReadSixTwelve.Panel panel,
                                         ReadSixTwelve.SixTwelve chart, Optional<Currency> currency,
                                         ReviewMessages texts, Locale locale) {
        List<ReadSixTwelve.Point> points = panel.points();
        Map<Integer, String> provisional = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            int index = i;
            points.get(i).coverage().note().ifPresent(note -> provisional.put(index, note.in(locale)));
        }
        return LineChart.of(id, title, points.stream().map(point -> point.period().label(locale)).toList(), List.of(
                        new LineChart.Line(LineChart.Style.ACTUAL, texts.six_twelve_actual(),
                                texts.six_twelve_look_actual(),
                                points.stream().map(point -> point.actual().number().orElse(null)).toList(), provisional),
                        new LineChart.Line(LineChart.Style.LAST_YEAR, texts.six_twelve_last_year(),
                                texts.six_twelve_look_last_year(), points.stream().map(point -> point.lastYear()
                                .flatMap(KpiValue::number).orElse(null)).toList()),
                        new LineChart.Line(LineChart.Style.TARGET, texts.six_twelve_target(),
                                texts.six_twelve_look_target(),
                                points.stream().map(point -> point.target().orElse(null)).toList())),
                (BigDecimal value) -> Formats.number(value, chart.kpi().unit(), currency, locale));
    }
}

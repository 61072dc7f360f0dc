package com.kpipulse.web.kpi;

import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The pace towards the goal the KPI belongs to: the goal, its target and span, where it stood at the end of the
 * last period shown, the chart of the due amount against the actual since the goal's start, and where the total is
 * heading at the deadline when it can be forecast.
 *
 * @param forecast the forecast in words, the same sentence as the goal page's, with the expected total and its 80 %
 *                 interval; "" when none is drawn
 */
public record PacingView(String goalTitle, boolean cumulative, KpiValue goalTarget, LocalDate start,
                         LocalDate deadline, String spread, Optional<PaceNow> last, LineChart.Chart chart,
                         String forecast) {

    /**
     * The pace chart: the actual added up (or the rate) since the goal's start against what was due by then, each
     * point on the day its pace was taken; empty when no goal is paced. With a forecast of the goal's total whose last
     * known day falls in the last period shown and whose deadline is still ahead, the chart runs on to the deadline's
     * period and draws it from the last known day: the 80 % band and the expected line, ending at the deadline.
     *
     * @param labels      the history's period labels, one per step of the track
     * @param provisional the history's notes on periods the data do not cover to the end, by step index
     * @param forecast    the paced goal's forecast of this KPI (as the goal page and its API give it), if any
     * @param currency    targets are plain figures; money ones are in the currency the KPI's values are in
     */
    static Optional<PacingView> from(TargetTrack track, KpiDefinition kpi, List<String> labels,
                                     Map<Integer, String> provisional, Optional<DeadlineForecast.Expected> forecast,
                                     Optional<Currency> currency, Locale locale) {
        if (track.pacedGoal().isEmpty()) {
            return Optional.empty();
        }
        KpiDetailMessages messages = Bundles.of(KpiDetailMessages.class, locale);
        Function<BigDecimal, String> total = value -> Formats.roughly(value, kpi.unit(), currency, locale);
        TargetTrack.PacedGoal paced = track.pacedGoal().get();
        Goal goal = paced.goal();
        LocalDate deadline = goal.period().orElseThrow().lastDay();
        List<TargetTrack.Step> steps = track.steps();
        int from = track.firstPaced();
        List<TargetTrack.Step> shown = steps.subList(from, steps.size());
        Map<Integer, String> provisionalPace = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            if (provisional.containsKey(from + i) && shown.get(i).paceTakenEarly(deadline)) {
                provisionalPace.put(i, provisional.get(from + i));
            }
        }
        List<String> chartLabels = new ArrayList<>(labels.subList(from, labels.size()));
        List<Double> positions = new ArrayList<>();
        Optional<DeadlineForecast.Expected> drawn = Optional.empty();
        Optional<LineChart.Band> band = Optional.empty();
        if (!shown.isEmpty()) {
            PeriodAxis axis = new PeriodAxis(shown.stream().map(TargetTrack.Step::period).toList());
            shown.forEach(step -> positions.add(step.pace().map(pace -> axis.position(pace.asOf())).orElse(null)));
            drawn = forecast.filter(expected -> paced.cumulative() && expected.daysLeft() > 0
                    && axis.periods().getLast().contains(lastKnown(expected)));
            if (drawn.isPresent()) {
                DeadlineForecast.Expected expected = drawn.get();
                PeriodAxis ahead = axis.through(expected.deadline());
                ahead.periods().subList(shown.size(), ahead.periods().size())
                        .forEach(period -> chartLabels.add(period.label(locale)));
                band = Optional.of(new LineChart.Band(messages.legend_forecast(), messages.look_forecast(),
                        ahead.position(lastKnown(expected)), expected.soFar(), ahead.position(expected.deadline()),
                        expected.expected(), expected.low(), expected.high(),
                        messages.pacing_forecast_band(Formats.date(expected.deadline(), locale),
                                total.apply(expected.expected()), total.apply(expected.low()),
                                total.apply(expected.high()))));
            }
        }
        LineChart.Chart chart = LineChart.of("kpi-pacing", messages.pacing_title(goal.title()), chartLabels, positions,
                List.of(new LineChart.Line(LineChart.Style.SINCE_START, paced.cumulative()
                                ? messages.legend_since_start_total() : messages.legend_since_start_rate(),
                                messages.look_solid(), shown.stream().map(step -> step.pace()
                                        .flatMap(p -> p.actualSinceStart().number()).orElse(null)).toList(),
                                provisionalPace),
                        new LineChart.Line(LineChart.Style.DUE, paced.cumulative() ? messages.legend_due_total()
                                : messages.legend_due_rate(), messages.look_dotted(), shown.stream()
                                .map(step -> step.pace().map(TargetTrack.Pace::due).orElse(null)).toList())),
                band, value -> Formats.number(value, kpi.unit(), currency, locale));
        PhasingMethod method = goal.kpis().stream().filter(goalKpi -> goalKpi.kpi().equals(kpi.code()))
                .map(goalKpi -> goalKpi.phasing().method()).findFirst().orElse(PhasingMethod.EVEN);
        String spread = switch (method) {
            case EVEN -> messages.spread_even();
            case SEASONAL -> messages.spread_seasonal();
            case MANUAL -> messages.spread_manual();
        };
        Optional<PaceNow> last = track.lastPace().map(now -> PaceNow.from(now, kpi, currency, locale));
        String said = drawn.map(expected -> messages.pacing_forecast(expected.summary().in(locale),
                total.apply(expected.expected()), total.apply(expected.low()), total.apply(expected.high())))
                .orElse("");
        return Optional.of(new PacingView(goal.title(), paced.cumulative(),
                new KpiValue.Known(paced.goalTarget(), kpi.unit(), currency), goal.start(), deadline, spread, last,
                chart, said));
    }

    /** The last day the forecast knows: the one before the goal's days still to come. */
    private static LocalDate lastKnown(DeadlineForecast.Expected expected) {
        return expected.deadline().minusDays(expected.daysLeft());
    }
}

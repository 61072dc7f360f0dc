package com.kpipulse.web.kpi;

import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pace towards the goal the KPI belongs to: the goal, its target and span, where it stood at the end of the
 * last period shown, and the chart of the due amount against the actual since the goal's start.
 */
public record PacingView(String goalTitle, boolean cumulative, KpiValue goalTarget, LocalDate start,
                         LocalDate deadline, String spread, Optional<PaceNow> last, LineChart.Chart chart) {

    /**
     * The pace chart: the actual added up (or the rate) since the goal's start against what was due by then; empty
     * when no goal is paced.
     *
     * @param labels      the history's period labels, one per step of the track
     * @param provisional the history's notes on periods the data do not cover to the end, by step index
     * @param currency    targets are plain figures; money ones are in the currency the KPI's values are in
     */
    static Optional<PacingView> from(TargetTrack track, KpiDefinition kpi, List<String> labels,
                                     Map<Integer, String> provisional, Optional<Currency> currency, Locale locale) {
        if (track.pacedGoal().isEmpty()) {
            return Optional.empty();
        }
        KpiDetailMessages messages = Bundles.of(KpiDetailMessages.class, locale);
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
        LineChart.Chart chart = LineChart.of("kpi-pacing", messages.pacing_title(goal.title()),
                labels.subList(from, labels.size()), List.of(
                new LineChart.Line(LineChart.Style.SINCE_START, paced.cumulative() ? messages.legend_since_start_total()
                        : messages.legend_since_start_rate(), messages.look_solid(), shown.stream()
                        .map(step -> step.pace().flatMap(p -> p.actualSinceStart().number()).orElse(null)).toList(),
                        provisionalPace),
                new LineChart.Line(LineChart.Style.DUE, paced.cumulative() ? messages.legend_due_total()
                        : messages.legend_due_rate(), messages.look_dotted(), shown.stream()
                        .map(step -> step.pace().map(TargetTrack.Pace::due).orElse(null)).toList())),
                value -> Formats.number(value, kpi.unit(), currency, locale));
        PhasingMethod method = goal.kpis().stream().filter(goalKpi -> goalKpi.kpi().equals(kpi.code()))
                .map(goalKpi -> goalKpi.phasing().method()).findFirst().orElse(PhasingMethod.EVEN);
        String spread = switch (method) {
            case EVEN -> messages.spread_even();
            case SEASONAL -> messages.spread_seasonal();
            case MANUAL -> messages.spread_manual();
        };
        Optional<PaceNow> last = track.lastPace().map(now -> PaceNow.from(now, kpi, currency, locale));
        return Optional.of(new PacingView(goal.title(), paced.cumulative(),
                new KpiValue.Known(paced.goalTarget(), kpi.unit(), currency), goal.start(), deadline, spread, last,
                chart));
    }
}

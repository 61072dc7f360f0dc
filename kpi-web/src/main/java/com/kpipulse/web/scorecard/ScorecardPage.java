package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.layout.Formats;
import com.kpipulse.web.layout.Names;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Everything a scorecard page shows, built from the application's {@link Scorecard} in the reader's language. */
public record ScorecardPage(String title, String href, String grain, String day, String periodLabel,
                            LocalDate periodStart, LocalDate periodEnd, String previousHref, String nextHref,
                            String sparklineFrom, List<Option> grains, List<Option> channels,
                            List<ScorecardRowView> rows, boolean showsGoals, List<GoalLineView> goals,
                            Optional<ChannelTable> channelTable, Optional<Funnel> funnel, List<Freshness> freshness,
                            boolean targetsApply) {

    /** A choice in the filter form. */
    public record Option(String value, String label, boolean selected) {
    }

    /** @param lastDayText "22.11" in the current year, "31.12.2022" before it, so an old source stands out */
    public record Freshness(String source, LocalDate lastDay, String lastDayText) {
    }

    public record ChannelTable(List<String> kpiNames, List<ChannelRow> rows) {
    }

    public record ChannelRow(String code, String name, List<KpiValue> values) {
    }

    public record Funnel(List<Stage> stages, Optional<Weakest> weakest) {
    }

    public record Stage(String name, KpiValue count, Optional<KpiValue> conversion, boolean weakest) {
    }

    public record Weakest(String from, String to, KpiValue conversion) {
    }

    static ScorecardPage from(Scorecard scorecard, String title, String href, LocalDate today,
                              Locale locale, ScorecardMessages messages) {
        Period period = scorecard.period();
        Grain grain = scorecard.grain();
        String channelQuery = scorecard.channels().stream().sorted()
                .map(channel -> "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
        List<Option> grains = List.of(
                new Option(Grain.WEEK.name(), messages.grain_week(), grain == Grain.WEEK),
                new Option(Grain.MONTH.name(), messages.grain_month(), grain == Grain.MONTH),
                new Option(Grain.QUARTER.name(), messages.grain_quarter(), grain == Grain.QUARTER));
        List<Option> channels = ShowScorecard.CHANNELS.stream()
                .map(code -> new Option(code, Names.channel(code, locale), scorecard.channels().contains(code)))
                .toList();
        Period first = period;
        for (int i = 1; i < ShowScorecard.HISTORY; i++) {
            first = first.previous();
        }
        return new ScorecardPage(title, href, grain.name(), period.start().toString(), period.label(locale),
                period.start(), period.lastDay(),
                link(href, grain, period.previous(), channelQuery), link(href, grain, period.next(), channelQuery),
                first.label(locale), grains, channels,
                scorecard.rows().stream().map(row -> ScorecardRowView.from(row, locale, messages)).toList(),
                scorecard.showsGoals(), scorecard.goals().stream().map(line -> GoalLineView.from(line, locale)).toList(),
                scorecard.channelTable().map(table -> channelTable(table, locale)),
                scorecard.funnel().map(funnel -> funnel(funnel, locale)),
                scorecard.freshness().stream()
                        .map(fresh -> new Freshness(Names.source(fresh.sourceSystem(), locale), fresh.lastDay(),
                                fresh.lastDay().getYear() == today.getYear() ? Formats.dayMonth(fresh.lastDay(), locale)
                                        : Formats.date(fresh.lastDay(), locale))).toList(),
                scorecard.targetsApply());
    }

    private static String link(String href, Grain grain, Period period, String channelQuery) {
        return href + "?grain=" + grain.name() + "&day=" + period.start() + channelQuery;
    }

    private static ChannelTable channelTable(Scorecard.ChannelTable table, Locale locale) {
        return new ChannelTable(table.kpis().stream().map(kpi -> kpi.name(locale)).toList(),
                table.rows().stream().map(row -> new ChannelRow(row.channel(), Names.channel(row.channel(), locale),
                        row.values())).toList());
    }

    private static Funnel funnel(Scorecard.Funnel funnel, Locale locale) {
        List<Scorecard.Stage> stages = funnel.stages();
        int weakest = funnel.weakestStage().orElse(-1);
        var views = new ArrayList<Stage>();
        for (int i = 0; i < stages.size(); i++) {
            Scorecard.Stage stage = stages.get(i);
            views.add(new Stage(stage.measure().name(locale), stage.count(), stage.conversion(), i == weakest));
        }
        Optional<Weakest> named = funnel.weakestStage().map(i -> new Weakest(
                stages.get(i - 1).measure().name(locale), stages.get(i).measure().name(locale),
                stages.get(i).conversion().orElseThrow()));
        return new Funnel(views, named);
    }
}

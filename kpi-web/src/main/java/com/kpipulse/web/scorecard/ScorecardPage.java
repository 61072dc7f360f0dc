package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.text.Names;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything a scorecard page shows, built from the application's {@link Scorecard} in the reader's language.
 *
 * @param periodLabel the period for the heading: a week with its days and year ({@code неделя 49, 30 ноября – 6 декабря
 *                    2026}), other periods by name ({@code декабрь 2026}) with their days beside it
 * @param sparklineFrom the first period of the sparklines, {@code sparklineTo} the last, by their labels
 * @param asOf        the last day judged: the last day the page's freshest KPI covers (over, and delivered)
 * @param provisional the period's note while its data do not cover it to the end («неполный период: данные по
 *                    03.12, 3 из 31 дня»); "" for a complete one
 * @param runningHref the running period of the grain, one click away; "" when it is the one shown
 * @param runningLabel the link's text, which says it is incomplete
 * @param filtered    true when the channel filter keeps some channels only
 * @param showsFunnels the marketer's page: funnels are shown, or said to have no data
 * @param weakest     the sentence about the funnels' weakest link; "" without funnels
 * @param channelQuery the channel filter as query parameters ({@code &channel=vk_ads…}), for the rows' causes
 */
public record ScorecardPage(String title, String href, String grain, String day, String periodLabel,
                            LocalDate periodStart, LocalDate periodEnd, LocalDate asOf, String provisional,
                            String runningHref, String runningLabel, String previousHref,
                            String nextHref, String sparklineFrom, String sparklineTo, List<Option> grains, String channelsLabel,
                            List<Option> channels, boolean filtered, List<ScorecardRowView> rows, boolean showsGoals,
                            List<GoalLineView> goals, Optional<ChannelTableView> channelTable,
                            Optional<ChannelTableView> socialTable, boolean showsFunnels, List<FunnelView> funnels,
                            String weakest,
                            List<Freshness> freshness, String channelQuery) {

    /** A choice in the filter form. */
    public record Option(String value, String label, boolean selected) {
    }

    /** @param lastDayText "22.11" in the current year, "31.12.2022" before it, so an old source stands out */
    public record Freshness(String source, LocalDate lastDay, String lastDayText) {
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
        // the role's choices, and a channel asked for by address that is not among them, so the filter shows it
        List<String> offered = new ArrayList<>(scorecard.channelChoices());
        scorecard.channels().stream().sorted().filter(channel -> !offered.contains(channel)).forEach(offered::add);
        List<Option> channels = offered.stream()
                .map(code -> new Option(code, Names.channel(code, locale), scorecard.channels().contains(code)))
                .toList();
        Period first = period;
        for (int i = 1; i < ShowScorecard.HISTORY; i++) {
            first = first.previous();
        }
        boolean filtered = !scorecard.channels().isEmpty();
        Coverage coverage = scorecard.coverage();
        LocalDate asOf = coverage.lastDayCovered().orElseGet(() ->
                scorecard.lastDay().isBefore(period.lastDay()) ? scorecard.lastDay() : period.lastDay());
        // a KPI counted for other periods links to the one holding the last day judged (or the period's first)
        LocalDate linked = asOf.isBefore(period.start()) ? period.start() : asOf;
        Period running = Period.of(grain, today);
        return new ScorecardPage(title, href, grain.name(), period.start().toString(), period.label(locale),
                period.start(), period.lastDay(), asOf, coverage.note().map(note -> note.in(locale)).orElse(""),
                running.equals(period) ? "" : link(href, grain, running, channelQuery),
                messages.running_link(running.label(locale)),
                link(href, grain, period.previous(), channelQuery), link(href, grain, period.next(), channelQuery),
                first.label(locale), period.label(locale), grains,
                scorecard.role() == Role.SMM_SPECIALIST ? messages.social_channels_label() : messages.channels_label(),
                channels, filtered,
                scorecard.rows().stream().map(row -> ScorecardRowView.from(row, period, coverage, locale, messages,
                        other -> link(href, other, Period.of(other, linked), channelQuery))).toList(),
                scorecard.showsGoals(), scorecard.goals().stream().map(line -> GoalLineView.from(line, locale)).toList(),
                scorecard.channelTable().map(table -> ChannelTableView.from(table, filtered, locale, messages)),
                scorecard.socialTable().map(table -> ChannelTableView.from(table, filtered, locale, messages)),
                scorecard.role() == Role.MARKETER, FunnelView.from(scorecard, locale, messages),
                FunnelView.weakest(scorecard, locale, messages).text(),
                scorecard.freshness().stream()
                        .map(fresh -> new Freshness(Names.source(fresh.sourceSystem(), locale), fresh.lastDay(),
                                fresh.lastDay().getYear() == today.getYear() ? Formats.dayMonth(fresh.lastDay(), locale)
                                        : Formats.date(fresh.lastDay(), locale))).toList(), channelQuery);
    }

    private static String link(String href, Grain grain, Period period, String channelQuery) {
        return href + "?grain=" + grain.name() + "&day=" + period.start() + channelQuery;
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Names;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the «Почему» block shows, ready for the template; {@code reason} is set instead of the figures when there is no
 * diagnosis. Changes are written by {@link WhyFigures}: in percentage points for a percentage KPI.
 *
 * @param query       the block's grain and day, for the links
 * @param provisional what is said of a provisional period; "" for a complete one
 * @param sameDays    which days were compared with which, when only some days of the period were; "" otherwise
 * @param otherPeriod the last complete period when this one is provisional, or the running one when this is the last
 *                    complete one
 * @param deviation   the deviation with the two values it lies between; "" without a diagnosis
 */
public record WhyView(String code, String kpiName, String heading, String query, List<ReferenceLink> references,
                      String provisional, String sameDays, Optional<PeriodLink> otherPeriod, String reason,
                      String cause, String deviation, List<String> evidence, String chart, List<DriverRow> drivers,
                      List<ChannelRow> channels) {

    /** A link to the same block against another reference. */
    public record ReferenceLink(String kind, String label, boolean current) {
    }

    /** A link to the same block on another period: its grain and day, and what it says. */
    public record PeriodLink(String query, String label) {
    }

    /** One driver: its values in its own unit and its part in the KPI's unit. */
    public record DriverRow(String name, String before, String now, String contribution) {
    }

    /** One channel's part, with the parts of its own rate and of its weight. */
    public record ChannelRow(String channel, String name, String before, String now, String contribution, String rate,
                             String mix, boolean explains) {
    }

    /**
     * @param query       the block's own grain and day ({@link #query})
     * @param otherPeriod where the block on another period is, if anywhere
     */
    static WhyView from(KpiDefinition kpi, AnalyzedDeviation analyzed, Grain grain, String query,
                        Optional<PeriodLink> otherPeriod, Locale locale) {
        return from(kpi, Set.of(), analyzed, grain, query, otherPeriod, locale);
    }

    /** @param chosen the channels the block is narrowed to, named after the KPI in its question; none: all */
    static WhyView from(KpiDefinition kpi, Set<String> chosen, AnalyzedDeviation analyzed, Grain grain, String query,
                        Optional<PeriodLink> otherPeriod, Locale locale) {
        KpiDetailMessages texts = Bundles.of(KpiDetailMessages.class, locale);
        WhyFigures figures = new WhyFigures(kpi.unit(), analyzed.currency(), locale);
        List<ReferenceLink> references = List.of(
                new ReferenceLink("PREVIOUS", texts.why_previous(), analyzed.against() == ReferenceKind.PREVIOUS),
                new ReferenceLink("PLAN", texts.why_plan(), analyzed.against() == ReferenceKind.PLAN),
                new ReferenceLink("LAST_YEAR", texts.why_last_year(), analyzed.against() == ReferenceKind.LAST_YEAR));
        String asked = chosen.isEmpty() ? kpi.name(locale) : kpi.name(locale) + " · "
                + chosen.stream().sorted().map(channel -> Names.channel(channel, locale)).collect(Collectors.joining(", "));
        String heading = heading(asked, analyzed.against(), analyzed.period().labelAsObject(locale), texts);
        String provisional = analyzed.provisional()
                ? texts.why_provisional(analyzed.daysCovered(), analyzed.period().days()) : "";
        String sameDays = sameDays(analyzed, grain, texts, locale);
        String code = kpi.code().value();
        return switch (analyzed.answer()) {
            case NoDiagnosis none -> new WhyView(code, kpi.name(locale), heading, query, references, provisional,
                    sameDays, otherPeriod, none.reason().in(locale), "", "", List.of(), "", List.of(), List.of());
            case Diagnosis diagnosis -> {
                List<WaterfallChart.Bar> bars = new ArrayList<>();
                bars.add(new WaterfallChart.Bar(texts.why_reference_bar(), diagnosis.reference(), true));
                diagnosis.drivers().forEach(driver -> bars.add(new WaterfallChart.Bar(driver.name().in(locale),
                        driver.contribution(), false)));
                bars.add(new WaterfallChart.Bar(texts.why_actual_bar(), diagnosis.actual(), true));
                String chart = WaterfallChart.svg("why-chart", texts.why_chart_label(kpi.name(locale)),
                        texts.why_chart_desc(figures.value(diagnosis.reference()), figures.value(diagnosis.actual())),
                        bars, figures::value, figures::change);
                List<DriverRow> drivers = diagnosis.drivers().stream()
                        .map(driver -> driverRow(driver, analyzed, figures, locale)).toList();
                List<ChannelRow> channels = diagnosis.channels().stream().map(slice -> new ChannelRow(slice.slice(),
                        slice.name().in(locale), slice.reference().map(figures::value).orElse("—"),
                        slice.actual().map(figures::value).orElse("—"), figures.change(slice.contribution()),
                        figures.change(slice.rateEffect()), figures.change(slice.mixEffect()),
                        diagnosis.explainedBy().contains(slice.slice()))).toList();
                String deviation = texts.why_deviation(figures.change(diagnosis.deviation()),
                        figures.value(diagnosis.reference()), figures.value(diagnosis.actual()));
                yield new WhyView(code, kpi.name(locale), heading, query, references, provisional, sameDays,
                        otherPeriod, "", cause(diagnosis.cause(), texts), deviation,
                        diagnosis.evidence().stream().map(m -> m.in(locale)).toList(), chart, drivers, channels);
            }
        };
    }

    /**
     * The block's question as a sentence: «Почему показатель «Выручка» отклонился от плана за неделю 48 (23–29 ноября
     * 2026)» / "Why Revenue moved against the plan in week 48 (23–29 Nov 2026)". «Показатель» carries the verb, so it
     * agrees whatever the KPI's name is.
     */
    private static String heading(String kpi, ReferenceKind against, String period, KpiDetailMessages texts) {
        return switch (against) {
            case PLAN -> texts.why_heading_plan(kpi, period);
            case PREVIOUS -> texts.why_heading_previous(kpi, period);
            case LAST_YEAR -> texts.why_heading_last_year(kpi, period);
        };
    }

    /** The address query of the block on a period: {@code grain=WEEK&day=2026-03-23}. */
    static String query(Grain grain, Period period) {
        return "grain=" + grain.name() + "&day=" + period.start();
    }

    /** The grain and day, and the chosen channels ({@code &channel=vk_ads…}). */
    static String query(Grain grain, Period period, Set<String> channels) {
        return query(grain, period) + channels.stream().sorted()
                .map(channel -> "&channel=" + URLEncoder.encode(channel, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    /** «Учтены дни 23.03.2026–25.03.2026 — по сравнению с теми же днями прошлой недели: 16.03.2026–18.03.2026.» */
    private static String sameDays(AnalyzedDeviation analyzed, Grain grain, KpiDetailMessages texts, Locale locale) {
        if (!analyzed.comparedToDate() || analyzed.comparedWith().isEmpty()) {
            return "";
        }
        String reference = analyzed.against() == ReferenceKind.LAST_YEAR ? texts.why_same_days_of_last_year()
                : switch (grain) {
                    case MONTH -> texts.why_same_days_of_month();
                    case QUARTER -> texts.why_same_days_of_quarter();
                    default -> texts.why_same_days_of_week();
                };
        return texts.why_same_days(analyzed.compared().label(locale), reference,
                analyzed.comparedWith().get().label(locale));
    }

    private static DriverRow driverRow(DriverContribution driver, AnalyzedDeviation analyzed, WhyFigures figures,
                                       Locale locale) {
        WhyFigures own = new WhyFigures(driver.unit(), analyzed.currency(), locale);
        return new DriverRow(driver.name().in(locale), own.value(driver.reference()), own.value(driver.actual()),
                figures.change(driver.contribution()));
    }

    private static String cause(Cause cause, KpiDetailMessages texts) {
        return switch (cause) {
            case DATA -> texts.why_cause_data();
            case SEASON -> texts.why_cause_season();
            case BUDGET -> texts.why_cause_budget();
            case STRATEGY -> texts.why_cause_strategy();
            case CHANNEL -> texts.why_cause_channel();
            case NONE -> texts.why_cause_none();
            case UNEXPLAINED -> texts.why_cause_unexplained();
        };
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The KPI detail's «Почему» / "Why" block: the shown period against the previous period (or the plan, or last year),
 * the drivers' parts as a waterfall with the same figures in a table, the channels' parts, the cause and its
 * evidence. The detail page loads it with htmx; without scripts its link opens it as a page of its own.
 */
@Path("/kpis/{code}/why")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class WhyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance why(WhyView view);

        static native TemplateInstance why$block(WhyView view);
    }

    /** A link to the same block against another reference. */
    public record ReferenceLink(String kind, String label, boolean current) {
    }

    /** One driver: its values in its own unit and its part in the KPI's unit. */
    public record DriverRow(String name, String before, String now, String contribution) {
    }

    /** One channel's part, with the parts of its own rate and of its weight. */
    public record ChannelRow(String channel, String name, String before, String now, String contribution, String rate,
                             String mix, boolean explains) {
    }

    /**
     * What the block shows; {@code reason} is set instead of the figures when there is no diagnosis.
     *
     * @param query the page's grain and day, for the links
     */
    public record WhyView(String code, String kpiName, String heading, String query, List<ReferenceLink> references,
                          String provisional, String reason, String cause, List<String> evidence, String chart,
                          List<DriverRow> drivers, List<ChannelRow> channels) {
    }

    @Inject
    AnalyzeDeviation analysis;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    CurrentReader reader;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance why(@PathParam("code") String code, @QueryParam("grain") String grain,
                                @QueryParam("day") String day, @QueryParam("compareTo") String compareTo,
                                @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        LocalDate shownDay = Parameters.day("day", day).orElseGet(() -> LocalDate.now(clock).minusDays(1));
        ReferenceKind against = WhyQuery.reference(compareTo);
        KpiDefinition kpi = catalog.find(code).orElseThrow(() -> new NotFoundException("KPI " + code));
        Period period = Period.of(shownGrain, shownDay);
        AnalyzedDeviation analyzed = AccessAnswers.orRefuse(
                analysis.analyze(reader.get(), code, period, against, Set.of()), "KPI " + code);
        WhyView view = view(kpi, analyzed, "grain=" + shownGrain.name() + "&day=" + period.start());
        return ui.page(Htmx.asked(htmx) ? Templates.why$block(view) : Templates.why(view));
    }

    private WhyView view(KpiDefinition kpi, AnalyzedDeviation analyzed, String query) {
        Locale locale = ui.locale();
        KpiDetailMessages texts = Bundles.of(KpiDetailMessages.class, locale);
        Function<BigDecimal, String> inKpiUnit = value -> Formats.number(value, kpi.unit(), analyzed.currency(), locale);
        List<ReferenceLink> references = List.of(
                new ReferenceLink("PREVIOUS", texts.why_previous(), analyzed.against() == ReferenceKind.PREVIOUS),
                new ReferenceLink("PLAN", texts.why_plan(), analyzed.against() == ReferenceKind.PLAN),
                new ReferenceLink("LAST_YEAR", texts.why_last_year(), analyzed.against() == ReferenceKind.LAST_YEAR));
        String against = Message.of(analyzed.against()).in(locale);
        String heading = texts.why_heading(kpi.name(locale), against, analyzed.period().labelAsObject(locale));
        String provisional = analyzed.provisional()
                ? texts.why_provisional(analyzed.daysCovered(), analyzed.period().days()) : "";
        String code = kpi.code().value();
        return switch (analyzed.answer()) {
            case NoDiagnosis none -> new WhyView(code, kpi.name(locale), heading, query, references, provisional,
                    none.reason().in(locale), "", List.of(), "", List.of(), List.of());
            case Diagnosis diagnosis -> {
                List<WaterfallChart.Bar> bars = new ArrayList<>();
                bars.add(new WaterfallChart.Bar(texts.why_reference_bar(), diagnosis.reference(), true));
                diagnosis.drivers().forEach(driver -> bars.add(new WaterfallChart.Bar(driver.name().in(locale),
                        driver.contribution(), false)));
                bars.add(new WaterfallChart.Bar(texts.why_actual_bar(), diagnosis.actual(), true));
                String chart = WaterfallChart.svg("why-chart", texts.why_chart_label(kpi.name(locale)),
                        texts.why_chart_desc(inKpiUnit.apply(diagnosis.reference()), inKpiUnit.apply(diagnosis.actual())),
                        bars, inKpiUnit);
                List<DriverRow> drivers = diagnosis.drivers().stream().map(driver -> driverRow(driver, analyzed,
                        inKpiUnit, locale)).toList();
                List<ChannelRow> channels = diagnosis.channels().stream().map(slice -> new ChannelRow(slice.slice(),
                        slice.name().in(locale), slice.reference().map(inKpiUnit).orElse("—"),
                        slice.actual().map(inKpiUnit).orElse("—"), signed(slice.contribution(), inKpiUnit),
                        signed(slice.rateEffect(), inKpiUnit), signed(slice.mixEffect(), inKpiUnit),
                        diagnosis.explainedBy().contains(slice.slice()))).toList();
                yield new WhyView(code, kpi.name(locale), heading, query, references, provisional, "",
                        cause(diagnosis.cause(), texts), diagnosis.evidence().stream().map(m -> m.in(locale)).toList(),
                        chart, drivers, channels);
            }
        };
    }

    private static DriverRow driverRow(DriverContribution driver, AnalyzedDeviation analyzed,
                                       Function<BigDecimal, String> inKpiUnit, Locale locale) {
        Function<BigDecimal, String> own = value -> Formats.number(value, driver.unit(), analyzed.currency(), locale);
        return new DriverRow(driver.name().in(locale), own.apply(driver.reference()), own.apply(driver.actual()),
                signed(driver.contribution(), inKpiUnit));
    }

    private static String signed(BigDecimal value, Function<BigDecimal, String> format) {
        return (value.signum() > 0 ? "+" : "") + format.apply(value);
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

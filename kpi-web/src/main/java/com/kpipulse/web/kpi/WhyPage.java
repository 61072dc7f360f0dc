package com.kpipulse.web.kpi;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.analysis.AnalyzedDeviation;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The KPI detail's «Почему» / "Why" block: the shown period against the previous period (or the plan, or last year),
 * the drivers' parts as a waterfall with the same figures in a table, the channels' parts, the cause and its
 * evidence. The detail page loads it with htmx; without scripts its link opens it as a page of its own. Without a day
 * it opens on the last period that is over; a running period is one click away, provisional, and compared with the
 * same days of the period before or of last year. Below the evidence, the proposals the period's cycle made about the
 * KPI, loaded with htmx ({@code /proposals?period=…&kpi=…}), each accepted or rejected in place.
 */
@Path("/kpis/{code}/why")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class WhyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance why(WhyView view, String actionHref, String proposalsHref);

        static native TemplateInstance why$block(WhyView view, String actionHref, String proposalsHref);
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
                                @QueryParam("channel") List<String> channel,
                                @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        Set<String> channels = WhyQuery.channels(channel);
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        LocalDate lastWholeDay = DataCoverage.lastCompleteDay(clock);
        Period lastOver = Period.endingBy(shownGrain, lastWholeDay);
        Period period = Parameters.day("day", day).map(shown -> Period.of(shownGrain, shown)).orElse(lastOver);
        ReferenceKind against = WhyQuery.reference(compareTo);
        KpiDefinition kpi = catalog.find(code).orElseThrow(() -> new NotFoundException("KPI " + code));
        AnalyzedDeviation analyzed = AccessAnswers.orRefuse(
                analysis.analyze(reader.get(), code, period, against, channels), "KPI " + code);
        WhyView view = WhyView.from(kpi, channels, analyzed, shownGrain, WhyView.query(shownGrain, period, channels),
                otherPeriod(period, lastOver, lastWholeDay, shownGrain, analyzed.provisional(), channels),
                ui.locale());
        String actionHref = ActionRights.mayPropose(reader.get()) ? "/actions/new?kpi=" + kpi.code().value() + "&"
                + WhyView.query(shownGrain, period, channels.size() == 1 ? channels : Set.of()) : "";
        String proposalsHref = proposalsHref(kpi, period, channels);
        return ui.page(Htmx.asked(htmx) ? Templates.why$block(view, actionHref, proposalsHref)
                : Templates.why(view, actionHref, proposalsHref));
    }

    /**
     * Where the KPI's proposals of the period's cycle load from (a week or a month has a cycle; "" for a quarter): in
     * total, or in the one channel chosen.
     */
    private static String proposalsHref(KpiDefinition kpi, Period period, Set<String> channels) {
        if (period.grain().filter(grain -> grain == Grain.WEEK || grain == Grain.MONTH).isEmpty()) {
            return "";
        }
        return "/proposals?period=" + period.code() + "&kpi=" + kpi.code().value()
                + (channels.size() == 1 ? "&channel=" + channels.iterator().next() : "");
    }

    /**
     * From a provisional period, the last one that is over; from that one, the one running after it (once a day of it
     * is over); nothing from any other.
     */
    private Optional<WhyView.PeriodLink> otherPeriod(Period period, Period lastOver, LocalDate lastWholeDay,
                                                     Grain grain, boolean provisional, Set<String> channels) {
        KpiDetailMessages texts = Bundles.of(KpiDetailMessages.class, ui.locale());
        if (provisional && lastOver.start().isBefore(period.start())) {
            return Optional.of(new WhyView.PeriodLink(WhyView.query(grain, lastOver, channels),
                    texts.why_last_over(lastOver.label(ui.locale()))));
        }
        Period running = lastOver.next();
        if (period.equals(lastOver) && running.contains(lastWholeDay)) {
            return Optional.of(new WhyView.PeriodLink(WhyView.query(grain, running, channels),
                    texts.why_running(running.label(ui.locale()))));
        }
        return Optional.empty();
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.cycle.ExplainDeviations;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.analysis.CauseView;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A scorecard row's cause in a few words, loaded by htmx beside an off-track or at-risk status: the same cause a
 * cycle names (plan first, else the period before; {@link ExplainDeviations}), with a link to the KPI's «Почему»
 * block for the period.
 */
@Path("/kpis/{code}/why/cause")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class CauseFragment {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance cause(Optional<CauseView> cause, String whyHref, String kpiName);
    }

    @Inject
    ExplainDeviations explain;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    CurrentReader reader;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance cause(@PathParam("code") String code, @QueryParam("grain") String grain,
                                  @QueryParam("day") String day, @QueryParam("channel") List<String> channel) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        LocalDate shownDay = Parameters.day("day", day).orElseGet(() -> LocalDate.now(clock).minusDays(1));
        Set<String> channels = WhyQuery.channels(channel);
        Period period = Period.of(shownGrain, shownDay);
        Optional<CycleCause> cause = AccessAnswers.orRefuse(explain.causeOf(reader.get(), code, period, channels),
                "KPI " + code);
        Locale locale = ui.locale();
        String whyHref = "/kpis/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/why?grain=" + shownGrain.name()
                + "&day=" + period.start() + cause.map(found -> "&compareTo=" + found.against().name()).orElse("");
        String name = catalog.find(code).map(kpi -> kpi.name(locale)).orElse(code);
        return ui.page(Templates.cause(cause.map(found -> CauseView.of(found, locale)), whyHref, name));
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The KPI detail page: the figure, its history against the target and the pace towards its goal, the channels behind
 * it (and, one channel at a time, its campaigns), the base-measure values the formula used, notes, and where the
 * values came from. The notes form posts to {@link KpiNotesPage}.
 */
@Path("/kpis/{code}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance detail(KpiDetailView view, Optional<CampaignsView> campaigns);

        static native TemplateInstance detail$notes(KpiDetailView view);

        static native TemplateInstance detail$campaigns(Optional<CampaignsView> campaigns);
    }

    @Inject
    KpiDetails details;

    @Inject
    ExplainByCampaign byCampaign;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    /**
     * The page; with {@code channel} it also lists that channel's campaigns. An htmx request for a channel gets only
     * the campaign fragment, so the channel table's links expand it in place and still work as plain links.
     */
    @GET
    public TemplateInstance detail(@PathParam("code") String code, @QueryParam("grain") String grain,
                                   @QueryParam("day") String day, @QueryParam("channel") String channel,
                                   @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        LocalDate shownDay = Parameters.day("day", day).orElseGet(details::lastWholeDay);
        Optional<String> shownChannel = Parameters.channel(channel);
        if (Htmx.asked(htmx) && shownChannel.isPresent()) {
            return ui.page(Templates.detail$campaigns(campaigns(code, shownGrain, shownDay, shownChannel)));
        }
        KpiDetailView view = details.view(code, shownGrain, shownDay, null);
        return ui.page(Templates.detail(view, campaigns(code, shownGrain, shownDay, shownChannel)));
    }

    /** The campaigns of one channel of the catalog; nothing when no channel is asked for. */
    private Optional<CampaignsView> campaigns(String code, Grain grain, LocalDate day, Optional<String> channel) {
        if (channel.isEmpty()) {
            return Optional.empty();
        }
        ExplainByCampaign.Breakdown breakdown = AccessAnswers.orRefuse(
                byCampaign.explain(reader.get(), code, grain, day, channel.get()), "KPI " + code);
        return Optional.of(CampaignsView.from(breakdown, channel.get(), grain, day, ui.locale()));
    }
}

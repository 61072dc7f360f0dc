package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.layout.Roles;
import com.kpipulse.web.layout.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** One scorecard page per role. Admins may open every one; everybody may open the read-only overview. */
@Path("/scorecards")
@Produces(MediaType.TEXT_HTML)
public class ScorecardResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(String title, List<KpiRowView> kpis);
    }

    @Inject
    RoleScorecards scorecards;

    @Inject
    Ui ui;

    @GET
    @Path("head")
    @RolesAllowed({Roles.MARKETING_HEAD, Roles.ADMIN})
    public TemplateInstance head() {
        return scorecardOf(Role.MARKETING_HEAD);
    }

    @GET
    @Path("marketer")
    @RolesAllowed({Roles.MARKETER, Roles.ADMIN})
    public TemplateInstance marketer() {
        return scorecardOf(Role.MARKETER);
    }

    @GET
    @Path("smm")
    @RolesAllowed({Roles.SMM_SPECIALIST, Roles.ADMIN})
    public TemplateInstance smm() {
        return scorecardOf(Role.SMM_SPECIALIST);
    }

    @GET
    @Path("viewer")
    @RolesAllowed({Roles.VIEWER, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.ADMIN})
    public TemplateInstance viewer() {
        return scorecardOf(Role.VIEWER);
    }

    private TemplateInstance scorecardOf(Role role) {
        List<KpiRowView> rows = scorecards.kpisOf(role).stream().map(kpi -> KpiRowView.from(kpi, ui.locale())).toList();
        return ui.page(Templates.scorecard(role.name(ui.locale()), rows));
    }
}

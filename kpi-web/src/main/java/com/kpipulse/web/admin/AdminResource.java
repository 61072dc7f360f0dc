package com.kpipulse.web.admin;

import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * Setup for admins: goals (new, and the stored ones to edit), the KPI catalog, channel mapping, scorecard composition
 * (grows with later issues).
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(int catalogSize, List<GoalLink> goals);
    }

    /** A stored goal, linked to the wizard that edits it. */
    public record GoalLink(String id, String title) {
    }

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    ManageGoals goals;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance admin() {
        List<GoalLink> links = goals.visibleTo(identity.getRoles()).stream()
                .map(goal -> new GoalLink(goal.id().value().toString(), goal.title())).toList();
        return ui.page(Templates.admin(catalog.all().size(), links));
    }
}

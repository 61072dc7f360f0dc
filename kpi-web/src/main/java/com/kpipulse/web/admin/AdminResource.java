package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.KpiCatalogQuery;
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

/** Setup for admins: goals, the KPI catalog, channel mapping, scorecard composition (grows with later issues). */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(int catalogSize);
    }

    @Inject
    KpiCatalogQuery catalog;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance admin() {
        return ui.page(Templates.admin(catalog.all().size()));
    }
}

package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.Optional;

/**
 * The catalog page's deletion, confirmed: a custom KPI is deleted at the version the question was asked with;
 * refused with the reasons (422) while another KPI uses it, and with 409 when it changed since.
 */
@Path("/admin/kpis/delete")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CustomKpiDeletion {

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    CatalogPageContent content;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /** Deletes a custom KPI at the version the question was asked with; refused while another KPI uses it. */
    @POST
    public Response delete(@RestForm String code, @RestForm String version) {
        ExpectedVersion expected = Versions.fromForm(version);
        String asked = Parameters.line("code", code == null ? "" : code.strip(), TextInput.CODE);
        Optional<Versioned<CustomKpiDraft>> stored = customKpis.find(asked);
        if (stored.isEmpty()) {
            return Response.seeOther(URI.create("/admin/kpis")).build();
        }
        return switch (customKpis.remove(asked, expected, identity.getPrincipal().getName())) {
            case DefineCustomKpis.Outcome.Saved saved ->
                    Response.seeOther(URI.create("/admin/kpis?removed=" + asked)).build();
            case DefineCustomKpis.Outcome.Rejected rejected -> Response.status(422).entity(content.page(
                    CustomKpiForm.empty(), KpiErrors.none(), null, RemovalView.of(asked, stored.get().value(),
                            version == null ? "" : version, rejected.problems().stream()
                                    .map(problem -> problem.problem().message(ui.locale())).toList(), ui.locale())))
                    .build();
            case DefineCustomKpis.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(content.page(
                    CustomKpiForm.empty(), KpiErrors.staleForm(), null, null)).build();
        };
    }
}

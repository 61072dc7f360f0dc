package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The catalog form's live formula check: the problems of a formula as typed, each with its position. */
@Path("/admin/kpis/check")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CatalogFormulaCheck {

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    Ui ui;

    /** The catalog page's check fragment: nothing before a formula is typed, its problems or that it is fine. */
    @GET
    public TemplateInstance check(@QueryParam("formula") String formula) {
        boolean checked = formula != null && !formula.isBlank();
        List<String> problems = checked ? catalog.checkFormula(formula).stream()
                .map(problem -> KpiErrors.atPosition(problem.position(), ui.locale()) + problem.message(ui.locale()))
                .toList() : List.of();
        return ui.page(CatalogPage.Templates.catalog$check(problems, checked));
    }
}

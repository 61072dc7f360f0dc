package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The KPI catalog with custom formulas: the KPIs, and the form a KPI is added or changed with (the codes a formula
 * may name listed beside it), or the question whether to delete one. The form is saved by {@link CustomKpiSaving},
 * the deletion confirmed to {@link CustomKpiDeletion}, the formula checked live by {@link CatalogFormulaCheck}.
 */
@Path("/admin/kpis")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CatalogPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<CatalogRowView> kpis, CustomKpiForm form, KpiErrors errors,
                                               List<Choice> units, List<CodeView> measures, Notice notice,
                                               RemovalView removal, List<String> problems, boolean checked);

        static native TemplateInstance catalog$check(List<String> problems, boolean checked);
    }

    /** A choice of a select: the value sent and what the reader sees. */
    public record Choice(String value, String label) {
    }

    /** A code the formula may name, with its name. */
    public record CodeView(String code, String name) {
    }

    /** What the page says above the form after a change: which kind, about which KPI. */
    public record Notice(String kind, String code) {
    }

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    CatalogPageContent content;

    @Inject
    Ui ui;

    /**
     * The catalog with the KPI form: empty for a new KPI, or filled with the custom KPI {@code edit} and its version;
     * with {@code remove}, the question whether to delete that custom KPI.
     */
    @GET
    public TemplateInstance catalog(@QueryParam("added") String added, @QueryParam("saved") String saved,
                                    @QueryParam("removed") String removed, @QueryParam("edit") String edit,
                                    @QueryParam("remove") String remove) {
        CustomKpiForm form = edit == null || edit.isBlank() ? CustomKpiForm.empty()
                : customKpis.find(Parameters.line("edit", edit.strip(), TextInput.CODE)).map(CustomKpiForm::from)
                .orElseGet(CustomKpiForm::empty);
        RemovalView removal = remove == null || remove.isBlank() ? null
                : customKpis.find(Parameters.line("remove", remove.strip(), TextInput.CODE))
                .map(kpi -> RemovalView.of(kpi.value().code(), kpi.value(), Long.toString(kpi.version()), List.of(),
                        ui.locale()))
                .orElse(null);
        Notice notice = added != null ? new Notice("added", added) : saved != null ? new Notice("saved", saved)
                : removed != null ? new Notice("removed", removed) : null;
        return content.page(form, KpiErrors.none(), notice, removal);
    }
}

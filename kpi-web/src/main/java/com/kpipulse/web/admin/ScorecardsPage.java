package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Each role's scorecard as a form: a row per KPI picked from the catalog by its name, rows added, removed and moved;
 * saved at the version the page showed, each problem next to its row in the reader's language.
 */
@Path("/admin/scorecards")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class ScorecardsPage {

    private static final List<String> FIELDS = List.of("kpis");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecards(List<CompositionView> compositions, List<KpiOption> kpis,
                                                  String saved, String stale);
    }

    /** A KPI in the pick list: its code and its name in the reader's language. */
    public record KpiOption(String code, String name) {
        static KpiOption from(KpiDefinition kpi, Locale locale) {
            return new KpiOption(kpi.code().value(), kpi.name(locale));
        }
    }

    /** One row: the KPI picked (a code the catalog may not know, as typed) and what is wrong with it. */
    public record KpiRowView(int index, String code, boolean known, List<String> errors) {
    }

    /** A role's form: its rows, the version it was read at, and what is wrong with it as a whole. */
    public record CompositionView(String role, String title, List<KpiRowView> rows, String version,
                                  List<String> errors) {

        static CompositionView from(Role role, List<String> codes, String version, List<String> known,
                                    FieldErrors errors, Locale locale) {
            List<KpiRowView> rows = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i) == null ? "" : codes.get(i);
                rows.add(new KpiRowView(i, code, code.isEmpty() || known.contains(code), errors.at(i, "kpis")));
            }
            return new CompositionView(role.claim(), role.name(locale), rows, version, errors.general());
        }
    }

    @Inject
    RoleScorecards scorecards;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance scorecards(@QueryParam("saved") String saved) {
        String savedRole = saved == null ? null : Role.fromClaim(saved).map(role -> role.name(ui.locale())).orElse(null);
        return page(null, null, FieldErrors.none(), savedRole, null);
    }

    /**
     * Recomposes one role's scorecard ({@code action} empty or {@code save}) at the version its form was rendered
     * with, or changes its rows ({@code add}, {@code remove:N}, {@code up:N}, {@code down:N}) and shows them again
     * unsaved. When another admin recomposed it since, the page comes back with 409 and that role's KPIs as typed.
     */
    @POST
    public Response compose(@RestForm String role, @RestForm List<String> kpis, @RestForm String version,
                            @RestForm String action) {
        Role chosen = Role.fromClaim(role).orElseThrow(() -> {
            String shown = InputProblem.excerpt(role);
            return InvalidInput.of("role", "NO_SUCH_ROLE", Bundles.both(AdminMessages.class, texts -> texts.refused_role(shown)));
        });
        List<String> codes = kpis == null ? List.of() : kpis.stream().map(code -> code == null ? "" : code.strip())
                .filter(code -> !code.isEmpty()).toList();
        RowAction asked = RowAction.of(action, codes.size());
        if (!(asked instanceof RowAction.Save)) {
            return Response.ok(page(chosen, new Typed(asked.applyTo(codes, () -> ""), version), FieldErrors.none(),
                    null, null)).build();
        }
        return switch (scorecards.compose(chosen, codes, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case RoleScorecards.Outcome.Saved saved ->
                    Response.seeOther(URI.create("/admin/scorecards?saved=" + chosen.claim())).build();
            case RoleScorecards.Outcome.Rejected rejected -> Response.status(422).entity(page(chosen,
                    new Typed(codes, version), FieldErrors.ofRows(rejected.problems(), ui.locale(), FIELDS), null,
                    null)).build();
            case RoleScorecards.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(page(chosen,
                    new Typed(codes, version), FieldErrors.none(), null, chosen.name(ui.locale()))).build();
        };
    }

    /** What was typed for one role's form. */
    private record Typed(List<String> codes, String version) {
    }

    /** Every role's form as stored, except {@code typedRole}'s, shown as typed with its problems. */
    private TemplateInstance page(Role typedRole, Typed typed, FieldErrors errors, String saved, String stale) {
        Locale locale = ui.locale();
        List<KpiOption> options = catalog.all().stream().map(kpi -> KpiOption.from(kpi, locale)).toList();
        List<String> known = options.stream().map(KpiOption::code).toList();
        List<CompositionView> compositions = Arrays.stream(Role.values()).map(role -> {
            if (role == typedRole) {
                return CompositionView.from(role, typed.codes(), typed.version() == null ? "" : typed.version(), known,
                        errors, locale);
            }
            Versioned<List<String>> stored = scorecards.composition(role);
            return CompositionView.from(role, stored.value(), Long.toString(stored.version()), known,
                    FieldErrors.none(), locale);
        }).toList();
        return ui.page(Templates.scorecards(compositions, options, saved, stale));
    }
}

package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.Unit;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog page's KPI form: adds a custom KPI, or changes one at the version the form was filled at. A unit or a
 * direction the form does not offer, and every problem of the definition, is said next to its field with 422; a
 * change somebody else made in the meantime is not overwritten: the form comes back as typed with 409.
 */
@Path("/admin/kpis")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class CustomKpiSaving {

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    CatalogPageContent content;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /**
     * Adds a KPI, or (with the version the form was filled at) changes a custom one: a change somebody else made in
     * the meantime is not overwritten; the form comes back as typed with 409 and says so.
     */
    @POST
    public Response define(@RestForm String code, @RestForm String nameRu, @RestForm String nameEn,
                           @RestForm String formula, @RestForm String unit, @RestForm String direction,
                           @RestForm String explanationRu, @RestForm String explanationEn, @RestForm String version) {
        CustomKpiForm form = CustomKpiForm.typed(code, nameRu, nameEn, formula, unit, direction, explanationRu,
                explanationEn, version);
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Unit chosenUnit = choice(Unit.class, unit, "unit", choices);
        Direction chosenDirection = choice(Direction.class, direction, "direction", choices);
        if (!choices.isEmpty()) {
            return answer(422, form, new KpiErrors(choices, List.of(), false));
        }
        // the page shows neither level nor group: a change keeps those of the stored definition
        Optional<CustomKpiDraft> kept = form.editing() ? customKpis.find(trim(code)).map(Versioned::value) : Optional.empty();
        CustomKpiDraft draft = new CustomKpiDraft(trim(code), trim(nameRu), trim(nameEn), trim(formula), chosenUnit,
                chosenDirection, kept.map(CustomKpiDraft::level).orElse(Level.OPERATIONAL),
                kept.map(CustomKpiDraft::group).orElse(KpiGroup.MARKETING), trim(explanationRu), trim(explanationEn));
        return switch (customKpis.define(draft, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case DefineCustomKpis.Outcome.Saved saved -> Response.seeOther(URI.create("/admin/kpis?"
                    + (form.editing() ? "saved=" : "added=") + draft.code())).build();
            case DefineCustomKpis.Outcome.Rejected rejected ->
                    answer(422, form, KpiErrors.of(rejected.problems(), draft.code(), ui.locale()));
            case DefineCustomKpis.Outcome.Stale stale -> answer(409, form, KpiErrors.staleForm());
        };
    }

    private Response answer(int status, CustomKpiForm form, KpiErrors errors) {
        return Response.status(status).entity(content.page(form, errors, null, null)).build();
    }

    /** The constant the form's select sent; an empty or unknown one is a problem of its field. */
    private <E extends Enum<E>> E choice(Class<E> type, String sent, String field, Map<String, List<String>> problems) {
        SetupProblem problem;
        if (sent == null || sent.isBlank()) {
            problem = SetupProblem.of(SetupProblem.WHOLE, field, SetupProblem.Kind.REQUIRED);
        } else {
            Optional<E> found = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(sent.strip()))
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            problem = SetupProblem.of(SetupProblem.WHOLE, field, SetupProblem.Kind.NOT_A_CHOICE,
                    InputProblem.excerpt(sent));
        }
        problems.computeIfAbsent(field, key -> new ArrayList<>()).add(SetupTexts.of(problem, ui.locale()));
        return null;
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }
}

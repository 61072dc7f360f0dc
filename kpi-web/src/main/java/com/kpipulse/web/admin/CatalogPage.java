package com.kpipulse.web.admin;

import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.KpiProblem;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.access.Parameters;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI catalog with custom formulas: a KPI is added, changed (at the version the form was filled at) and deleted
 * (after a confirmation; refused with the reason while another KPI uses it). The formula is checked live, with the
 * position of each problem, and the codes it may name are listed beside it. The form has both explanations, and a
 * unit or a direction the form does not offer is refused next to its field.
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

    /** A catalog line in the reader's language. */
    public record CatalogRowView(String code, String name, String formula, String unit, String direction,
                                 boolean custom) {
        static CatalogRowView from(KpiDefinition kpi, boolean custom, AdminMessages texts, Locale locale) {
            return new CatalogRowView(kpi.code().value(), kpi.name(locale), kpi.formula(), unitName(kpi.unit(), texts),
                    kpi.direction() == Direction.HIGHER_IS_BETTER ? "↑ " + texts.higher_better() : "↓ " + texts.lower_better(),
                    custom);
        }
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

    /** The KPI whose deletion is asked for, with its version, or the reasons it was not deleted. */
    public record RemovalView(String code, String name, String version, List<String> refused) {
    }

    /**
     * The KPI form as typed: a new KPI while {@code version} is empty, else a change of the custom KPI at that
     * version (the version the admin saw, kept as it was when the save is stale).
     */
    public record CustomKpiForm(String code, String nameRu, String nameEn, String formula, String unit,
                                String direction, String explanationRu, String explanationEn, String version) {
        static CustomKpiForm empty() {
            return new CustomKpiForm("", "", "", "", "", "HIGHER_IS_BETTER", "", "", "");
        }

        static CustomKpiForm from(Versioned<CustomKpiDraft> kpi) {
            CustomKpiDraft draft = kpi.value();
            return new CustomKpiForm(draft.code(), draft.nameRu(), draft.nameEn(), draft.formula(), draft.unit().name(),
                    draft.direction().name(), text(draft.explanationRu()), text(draft.explanationEn()),
                    Long.toString(kpi.version()));
        }

        public boolean editing() {
            return version != null && !version.isBlank();
        }
    }

    /** The problems of the form by field, and those about the definition as a whole (or another KPI). */
    public record KpiErrors(Map<String, List<String>> byField, List<String> general, boolean stale) {
        static KpiErrors none() {
            return new KpiErrors(Map.of(), List.of(), false);
        }

        public List<String> at(String field) {
            return byField.getOrDefault(field, List.of());
        }

        public boolean any() {
            return !byField.isEmpty() || !general.isEmpty();
        }
    }

    private static final List<String> FIELDS = List.of("code", "nameRu", "nameEn", "formula", "unit", "direction",
            "explanationRu", "explanationEn");

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    SecurityIdentity identity;

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
                .map(kpi -> new RemovalView(kpi.value().code(), name(kpi.value()), Long.toString(kpi.version()),
                        List.of())).orElse(null);
        Notice notice = added != null ? new Notice("added", added) : saved != null ? new Notice("saved", saved)
                : removed != null ? new Notice("removed", removed) : null;
        return page(form, KpiErrors.none(), notice, removal);
    }

    @GET
    @Path("check")
    public TemplateInstance check(@QueryParam("formula") String formula) {
        boolean checked = formula != null && !formula.isBlank();
        List<String> problems = checked ? catalog.checkFormula(formula).stream()
                .map(problem -> position(problem.position()) + problem.message(ui.locale())).toList() : List.of();
        return ui.page(Templates.catalog$check(problems, checked));
    }

    /**
     * Adds a KPI, or (with the version the form was filled at) changes a custom one: a change somebody else made in
     * the meantime is not overwritten; the form comes back as typed with 409 and says so.
     */
    @POST
    public Response define(@RestForm String code, @RestForm String nameRu, @RestForm String nameEn,
                           @RestForm String formula, @RestForm String unit, @RestForm String direction,
                           @RestForm String explanationRu, @RestForm String explanationEn, @RestForm String version) {
        CustomKpiForm form = new CustomKpiForm(text(code), text(nameRu), text(nameEn), text(formula), text(unit),
                text(direction), text(explanationRu), text(explanationEn), text(version));
        Map<String, List<String>> choices = new LinkedHashMap<>();
        Unit chosenUnit = choice(Unit.class, unit, "unit", choices);
        Direction chosenDirection = choice(Direction.class, direction, "direction", choices);
        if (!choices.isEmpty()) {
            return Response.status(422).entity(page(form, new KpiErrors(choices, List.of(), false), null, null)).build();
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
                    Response.status(422).entity(page(form, errors(rejected.problems(), draft.code()), null, null)).build();
            case DefineCustomKpis.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(page(form,
                    new KpiErrors(Map.of(), List.of(), true), null, null)).build();
        };
    }

    /** Deletes a custom KPI at the version the question was asked with; refused while another KPI uses it. */
    @POST
    @Path("delete")
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
            case DefineCustomKpis.Outcome.Rejected rejected -> Response.status(422).entity(page(CustomKpiForm.empty(),
                    KpiErrors.none(), null, new RemovalView(asked, name(stored.get().value()), text(version),
                            rejected.problems().stream().map(problem -> problem.problem().message(ui.locale())).toList())))
                    .build();
            case DefineCustomKpis.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(page(
                    CustomKpiForm.empty(), new KpiErrors(Map.of(), List.of(), true), null, null)).build();
        };
    }

    private TemplateInstance page(CustomKpiForm form, KpiErrors errors, Notice notice, RemovalView removal) {
        Locale locale = ui.locale();
        AdminMessages texts = SetupTexts.messages(locale);
        List<CatalogRowView> rows = catalog.all().stream()
                .map(kpi -> CatalogRowView.from(kpi, catalog.isCustom(kpi), texts, locale)).toList();
        List<Choice> units = Arrays.stream(Unit.values()).map(unit -> new Choice(unit.name(), unitName(unit, texts)))
                .toList();
        List<CodeView> measures = MeasureCatalog.standard().all().stream()
                .map(measure -> new CodeView(measure.code().value(), measure.name(locale))).toList();
        return ui.page(Templates.catalog(rows, form, errors, units, measures, notice, removal, List.of(), false));
    }

    /** Each problem next to the field it is about; a problem of another KPI (one that uses this) above the form. */
    private KpiErrors errors(List<KpiProblem> problems, String code) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        Locale locale = ui.locale();
        for (KpiProblem problem : problems) {
            String field = fieldOf(problem);
            if (field != null && problem.kpiCode().equals(code == null ? "" : code)) {
                byField.computeIfAbsent(field, key -> new ArrayList<>())
                        .add(position(problem.problem().position()) + problem.problem().message(locale));
            } else {
                general.add(problem.message(locale));
            }
        }
        return new KpiErrors(byField, general, false);
    }

    private static String fieldOf(KpiProblem problem) {
        if (problem.field() != null) {
            return FIELDS.contains(problem.field()) ? problem.field() : null;
        }
        return switch (problem.problem().kind()) {
            case INVALID_CODE, REDEFINES_CATALOG_KPI, DUPLICATE_CODE -> "code";
            case MISSING_NAME, IN_USE, INVALID_TEXT -> null;
            default -> "formula";
        };
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
                    com.kpipulse.domain.input.InputProblem.excerpt(sent));
        }
        problems.computeIfAbsent(field, key -> new ArrayList<>()).add(SetupTexts.of(problem, ui.locale()));
        return null;
    }

    private String name(CustomKpiDraft draft) {
        return com.kpipulse.domain.LocalizedText.of(draft.nameRu(), draft.nameEn()).in(ui.locale());
    }

    static String unitName(Unit unit, AdminMessages texts) {
        return switch (unit) {
            case MONEY -> texts.unit_money();
            case PERCENT -> texts.unit_percent();
            case COUNT -> texts.unit_count();
            case SECONDS -> texts.unit_seconds();
            case MINUTES -> texts.unit_minutes();
            case POINTS -> texts.unit_points();
        };
    }

    private String position(int position) {
        return position > 0 ? SetupTexts.messages(ui.locale()).at_position(position) + ": " : "";
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}

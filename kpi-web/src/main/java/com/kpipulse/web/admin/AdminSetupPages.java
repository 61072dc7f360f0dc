package com.kpipulse.web.admin;

import com.kpipulse.application.importing.EditChannelMapping;
import com.kpipulse.application.importing.EnterValues;
import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.application.kpi.KpiCatalogQuery;
import com.kpipulse.application.scorecard.RoleScorecards;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.layout.Roles;
import com.kpipulse.web.layout.Ui;
import com.kpipulse.web.layout.Versions;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Admin setup pages over the same use cases as the API: the KPI catalog with custom formulas (checked live, with
 * the position of each problem), values typed in by hand for measures no system exports, the channel mapping and
 * the composition of each role's scorecard.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AdminSetupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(List<CatalogRow> kpis, CustomKpiForm form, List<String> problems,
                                               boolean checked, List<String> units, String added, String saved,
                                               boolean stale);

        static native TemplateInstance catalog$check(List<String> problems, boolean checked);

        static native TemplateInstance values(List<MeasureOption> measures, String savedMeasure, String savedDay,
                                              List<String> problems);

        static native TemplateInstance channels(String rules, String version, boolean saved, List<String> problems,
                                                boolean stale);

        static native TemplateInstance scorecards(List<Composition> compositions, String saved, List<String> problems,
                                                  String stale);
    }

    /** A catalog line in the reader's language. */
    public record CatalogRow(String code, String name, String formula, String unit, String direction, boolean custom) {
    }

    /**
     * The KPI form as typed: a new KPI while {@code version} is empty, else a change of the custom KPI at that
     * version (the version the admin saw, kept as it was when the save is stale).
     */
    public record CustomKpiForm(String code, String nameRu, String nameEn, String formula, String unit,
                                String direction, String explanation, String version) {
        static CustomKpiForm empty() {
            return new CustomKpiForm("", "", "", "", "PERCENT", "HIGHER_IS_BETTER", "", "");
        }

        static CustomKpiForm of(Versioned<CustomKpiDraft> kpi) {
            CustomKpiDraft draft = kpi.value();
            return new CustomKpiForm(draft.code(), draft.nameRu(), draft.nameEn(), draft.formula(), draft.unit().name(),
                    draft.direction().name(), draft.explanationRu(), Long.toString(kpi.version()));
        }

        public boolean editing() {
            return version != null && !version.isBlank();
        }
    }

    /** A role's scorecard as a comma-separated list of KPI codes, with the version it was read at. */
    public record Composition(String role, String title, String codes, long version) {
    }

    /** A base measure in the manual-entry list. */
    public record MeasureOption(String code, String name, boolean money) {
    }

    @Inject
    KpiCatalogQuery catalog;

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    EnterValues enterValues;

    @Inject
    EditChannelMapping channelMapping;

    @Inject
    RoleScorecards scorecards;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /** The catalog with the KPI form: empty for a new KPI, or filled with the custom KPI {@code edit} and its version. */
    @GET
    @Path("kpis")
    public TemplateInstance catalog(@QueryParam("added") String added, @QueryParam("saved") String saved,
                                    @QueryParam("edit") String edit) {
        CustomKpiForm form = edit == null || edit.isBlank() ? CustomKpiForm.empty()
                : customKpis.find(Parameters.line("edit", edit.strip(), TextInput.CODE)).map(CustomKpiForm::of)
                .orElseGet(CustomKpiForm::empty);
        return ui.page(Templates.catalog(rows(), form, List.of(), false, units(), added, saved, false));
    }

    @GET
    @Path("kpis/check")
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
    @Path("kpis")
    public Response define(@RestForm String code, @RestForm String nameRu, @RestForm String nameEn,
                           @RestForm String formula, @RestForm String unit, @RestForm String direction,
                           @RestForm String explanation, @RestForm String version) {
        CustomKpiForm form = new CustomKpiForm(code, nameRu, nameEn, formula, unit, direction, explanation, version);
        // the page shows neither level nor group and one explanation (the Russian one): a change keeps the others
        Optional<CustomKpiDraft> kept = form.editing() ? customKpis.find(trim(code)).map(Versioned::value) : Optional.empty();
        Unit chosenUnit = enumOf(Unit.class, unit, Unit.COUNT);
        Direction chosenDirection = enumOf(Direction.class, direction, Direction.HIGHER_IS_BETTER);
        if (chosenUnit == null || chosenDirection == null) {
            String field = chosenUnit == null ? unit : direction;
            String problem = "«" + InputProblem.excerpt(field) + "»: " + (english()
                    ? "choose one of the list" : "выберите значение из списка");
            return Response.status(422).entity(ui.page(Templates.catalog(rows(), form, List.of(problem), true, units(),
                    null, null, false))).build();
        }
        CustomKpiDraft draft = new CustomKpiDraft(trim(code), trim(nameRu), trim(nameEn), trim(formula),
                chosenUnit, chosenDirection,
                kept.map(CustomKpiDraft::level).orElse(Level.OPERATIONAL),
                kept.map(CustomKpiDraft::group).orElse(KpiGroup.MARKETING), trim(explanation),
                kept.map(CustomKpiDraft::explanationEn).orElse(trim(explanation)));
        return switch (customKpis.define(draft, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case DefineCustomKpis.Outcome.Saved saved -> Response.seeOther(URI.create("/admin/kpis?"
                    + (form.editing() ? "saved=" : "added=") + draft.code())).build();
            case DefineCustomKpis.Outcome.Rejected rejected -> Response.status(422).entity(ui.page(Templates.catalog(rows(),
                    form, rejected.problems().stream().map(problem -> position(problem.problem().position())
                            + problem.message(ui.locale())).toList(), true, units(), null, null, false))).build();
            case DefineCustomKpis.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(ui.page(
                    Templates.catalog(rows(), form, List.of(), false, units(), null, null, true))).build();
        };
    }

    @GET
    @Path("values")
    public TemplateInstance values() {
        return ui.page(Templates.values(measures(), null, null, List.of()));
    }

    @POST
    @Path("values")
    public Response enter(@RestForm String measure, @RestForm String periodStart, @RestForm String grain,
                          @RestForm String channel, @RestForm String value, @RestForm String currency) {
        LocalDate start;
        BigDecimal amount;
        switch (DateWindow.parseIso(periodStart)) {
            case DateWindow.Parsed parsed -> start = parsed.day();
            case DateWindow.Refused refused -> {
                return rejected(List.of(refused.problem().message(ui.locale())));
            }
        }
        // people type 1 234,5 here: spaces group thousands and a comma may be the decimal mark
        String typed = value == null || value.length() > DecimalInput.MAX_CHARACTERS * 4 ? value
                : value.replace(" ", "").replace("\u00A0", "").replace(',', '.');
        switch (DecimalInput.parse(typed)) {
            case DecimalInput.Parsed parsed -> amount = parsed.value();
            case DecimalInput.Refused refused -> {
                return rejected(List.of(refused.problem().message(ui.locale())));
            }
        }
        for (String[] field : new String[][]{{measure, "measure"}, {grain, "grain"}, {channel, "channel"},
                {currency, "currency"}}) {
            java.util.Optional<InputProblem> problem = TextInput.line(field[0], TextInput.CODE);
            if (problem.isPresent()) {
                return rejected(List.of(field[1] + ": " + problem.get().message(ui.locale())));
            }
        }
        Grain chosenGrain = grain == null || grain.isBlank() ? Grain.MONTH
                : java.util.Arrays.stream(Grain.values()).filter(g -> g.name().equalsIgnoreCase(grain.strip()))
                        .findFirst().orElse(null);
        if (chosenGrain == null) {
            return rejected(List.of("«" + InputProblem.excerpt(grain) + "»: " + (english()
                    ? "expected DAY, WEEK or MONTH" : "ожидается DAY, WEEK или MONTH")));
        }
        ObservationRow row = new ObservationRow(0, trim(measure), start, chosenGrain,
                blankToNull(channel), null, null, amount, blankToNull(currency) == null ? null : currency.strip().toUpperCase(Locale.ROOT));
        return switch (enterValues.enter("manual", List.of(row), identity.getPrincipal().getName())) {
            case EnterValues.Outcome.Stored stored -> Response.ok(ui.page(Templates.values(measures(),
                    trim(measure), start.toString(), List.of()))).build();
            case EnterValues.Outcome.Rejected rejected -> rejected(rejected.problems().stream()
                    .map(EnterValues.Problem::message).toList());
        };
    }

    @GET
    @Path("channels")
    public TemplateInstance channels() {
        Versioned<ChannelMapping> mapping = channelMapping.versioned();
        return ui.page(Templates.channels(rulesText(mapping.value()), Long.toString(mapping.version()), false, List.of(),
                false));
    }

    /**
     * One rule a line, {@code source pattern = channel}; the whole mapping is replaced, or nothing is. The form carries
     * the mapping's version: when another admin replaced the mapping since, the rules come back as typed with 409.
     */
    @POST
    @Path("channels")
    public Response replaceChannels(@RestForm String rules, @RestForm String version) {
        List<EditChannelMapping.RuleLine> lines = (rules == null ? "" : rules).lines()
                .filter(line -> !line.isBlank())
                .map(line -> {
                    int equals = line.lastIndexOf('=');
                    return equals < 0 ? new EditChannelMapping.RuleLine(line.strip(), null)
                            : new EditChannelMapping.RuleLine(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                })
                .toList();
        return switch (channelMapping.replace(lines, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case EditChannelMapping.Outcome.Saved saved -> Response.ok(ui.page(Templates.channels(
                    rulesText(saved.mapping()), Long.toString(saved.version()), true, List.of(), false))).build();
            case EditChannelMapping.Outcome.Rejected rejected -> Response.status(422).entity(ui.page(
                    Templates.channels(rules, version, false, rejected.reasons(), false))).build();
            case EditChannelMapping.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(ui.page(
                    Templates.channels(rules, version, false, List.of(), true))).build();
        };
    }

    @GET
    @Path("scorecards")
    public TemplateInstance scorecards() {
        return ui.page(Templates.scorecards(compositions(), null, List.of(), null));
    }

    /**
     * Recomposes one role's scorecard at the version its form was rendered with; when another admin recomposed it
     * since, the page comes back with 409 and that role's codes as typed.
     */
    @POST
    @Path("scorecards")
    public Response compose(@RestForm String role, @RestForm String kpis, @RestForm String version) {
        Role chosen = Role.fromClaim(role).orElse(null);
        if (chosen == null) {
            return Response.status(422).entity(ui.page(Templates.scorecards(compositions(), null,
                    List.of("«" + InputProblem.excerpt(role) + "»: " + (english() ? "no such role" : "нет такой роли")),
                    null))).build();
        }
        List<String> codes = java.util.Arrays.stream((kpis == null ? "" : kpis).split("[,\\s]+"))
                .filter(code -> !code.isBlank()).toList();
        return switch (scorecards.compose(chosen, codes, Versions.fromForm(version), identity.getPrincipal().getName())) {
            case RoleScorecards.Outcome.Saved saved ->
                    Response.ok(ui.page(Templates.scorecards(compositions(), chosen.name(ui.locale()), List.of(), null))).build();
            case RoleScorecards.Outcome.Rejected rejected ->
                    Response.status(422).entity(ui.page(Templates.scorecards(compositions(), null, rejected.reasons(), null))).build();
            case RoleScorecards.Outcome.Stale stale -> Response.status(Response.Status.CONFLICT).entity(ui.page(
                    Templates.scorecards(asTyped(chosen, kpis, version), null, List.of(), chosen.name(ui.locale()))))
                    .build();
        };
    }

    private static String rulesText(ChannelMapping mapping) {
        return mapping.rules().stream()
                .sorted(java.util.Comparator.comparing(ChannelRule::sourcePattern))
                .map(rule -> rule.sourcePattern() + " = " + rule.channel())
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private List<Composition> compositions() {
        return java.util.Arrays.stream(Role.values()).map(role -> {
            Versioned<List<String>> composition = scorecards.composition(role);
            return new Composition(role.claim(), role.name(ui.locale()), String.join(", ", composition.value()),
                    composition.version());
        }).toList();
    }

    /** The compositions as stored, but the one the admin saved as they typed it, with the version they saw. */
    private List<Composition> asTyped(Role role, String kpis, String version) {
        long seen = Versions.fromForm(version) instanceof ExpectedVersion.Exactly exactly ? exactly.version() : 0;
        return compositions().stream().map(composition -> composition.role().equals(role.claim())
                ? new Composition(composition.role(), composition.title(), kpis == null ? "" : kpis, seen)
                : composition).toList();
    }

    private Response rejected(List<String> problems) {
        return Response.status(422).entity(ui.page(Templates.values(measures(), null, null, problems))).build();
    }

    private static List<String> units() {
        return java.util.Arrays.stream(Unit.values()).map(Enum::name).toList();
    }

    private List<CatalogRow> rows() {
        Locale locale = ui.locale();
        return catalog.all().stream().map(kpi -> new CatalogRow(kpi.code().value(), kpi.name(locale), kpi.formula(),
                kpi.unit().name(), kpi.direction() == Direction.HIGHER_IS_BETTER ? "↑" : "↓", catalog.isCustom(kpi))).toList();
    }

    private List<MeasureOption> measures() {
        Locale locale = ui.locale();
        return MeasureCatalog.standard().all().stream()
                .map(measure -> new MeasureOption(measure.code().value(), measure.name(locale), measure.isMoney())).toList();
    }

    private String position(int position) {
        return position > 0 ? (english() ? "position " : "позиция ") + position + ": " : "";
    }

    private boolean english() {
        return "en".equals(ui.lang());
    }

    /** The constant named by {@code text}, {@code fallback} when nothing was chosen, null when it names none. */
    private static <E extends Enum<E>> E enumOf(Class<E> type, String text, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return java.util.Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name()
                .equalsIgnoreCase(text.strip())).findFirst().orElse(null);
    }

    private static String trim(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

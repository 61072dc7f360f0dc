package com.kpipulse.web.kpi;

import com.kpipulse.application.kpi.DefineCustomKpis;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.KpiProblem;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Versions;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/kpis}: the KPI catalog and custom KPIs. A KPI's values are {@link KpiValuesApi}'s, why it deviated
 * {@link KpiAnalysisApi}'s, the notes on its values {@link KpiNotesApi}'s.
 */
@Path("/api/v1/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "kpis")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiApi {

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    DefineCustomKpis customKpis;

    @Inject
    SecurityIdentity identity;

    /**
     * A custom KPI as an admin sends it; unit, direction, level and group by their names. {@code version}: the
     * version the change is made to (as read; {@code 0} for "only if nobody defined this code yet"), like If-Match.
     */
    public record CustomKpiJson(String code, String nameRu, String nameEn, String formula, String unit,
                                String direction, String level, String group, String explanationRu,
                                String explanationEn, Long version) {

        public CustomKpiJson(String code, String nameRu, String nameEn, String formula, String unit, String direction,
                             String level, String group, String explanationRu, String explanationEn) {
            this(code, nameRu, nameEn, formula, unit, direction, level, group, explanationRu, explanationEn, null);
        }
    }

    /**
     * Something wrong with a definition: which KPI, where in the formula (1-based, 0 = the whole), which field when
     * it is about one ({@code nameRu}, {@code formula} …; null for the formula's meaning or the whole), and why.
     */
    public record ProblemJson(String kpi, int position, String kind, String messageRu, String messageEn, String field) {

        public ProblemJson(String kpi, int position, String kind, String messageRu, String messageEn) {
            this(kpi, position, kind, messageRu, messageEn, null);
        }

        /** A problem with the request as a whole or one field of it (position 0), said by a bundle in both languages. */
        static ProblemJson of(String kpi, String kind, String field, LocalizedText reason) {
            return new ProblemJson(kpi, 0, kind, reason.ru(), reason.en(), field);
        }

        static ProblemJson from(String kpi, FormulaProblem problem) {
            return new ProblemJson(kpi, problem.position(), problem.kind().name(),
                    problem.message(Locale.forLanguageTag("ru")), problem.message(Locale.ENGLISH));
        }

        static ProblemJson from(KpiProblem problem) {
            return new ProblemJson(problem.kpiCode(), problem.problem().position(), problem.problem().kind().name(),
                    problem.problem().message(Locale.forLanguageTag("ru")), problem.problem().message(Locale.ENGLISH),
                    problem.field());
        }
    }

    /** A catalog entry as the API shows it; a custom KPI with its version (null for standard KPIs). */
    public record KpiJson(String code, String nameRu, String nameEn, String formula, String unit, String direction,
                          String level, String group, String explanationRu, String explanationEn, Long version) {

        static KpiJson from(KpiDefinition kpi, Long version) {
            return new KpiJson(kpi.code().value(), kpi.nameRu(), kpi.nameEn(), kpi.formula(), kpi.unit().name(),
                    kpi.direction().name(), kpi.level().name(), kpi.group().name(), kpi.explanationRu(),
                    kpi.explanationEn(), version);
        }
    }

    @GET
    @Operation(summary = "Every KPI: code, names, formula over base measures, unit, direction, level; custom ones with their version")
    public List<KpiJson> all() {
        Map<String, Long> versions = customKpis.versions();
        return catalog.all().stream().map(kpi -> KpiJson.from(kpi, versions.get(kpi.code().value()))).toList();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One KPI; a custom KPI's ETag is its version, for If-Match on a change")
    public Response one(@PathParam("code") String code) {
        KpiDefinition kpi = catalog.find(code).orElseThrow(() -> new NotFoundException("No KPI «" + code + "»"));
        Optional<Long> version = catalog.isCustom(kpi) ? customKpis.find(code).map(Versioned::version) : Optional.empty();
        Response.ResponseBuilder answer = Response.ok(KpiJson.from(kpi, version.orElse(null)));
        return version.map(found -> answer.tag(Versions.etag(found))).orElse(answer).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Define a custom KPI with the formula language: 201, or 422 with every problem and its position")
    public Response define(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CustomKpiJson json) {
        return store(json, Versions.expected(ifMatch, json == null ? null : json.version()));
    }

    /**
     * With {@code If-Match} (or {@code version} in the body) only that version is replaced: 412 when the KPI changed
     * since. Without, the last writer wins.
     */
    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a custom KPI (standard KPIs cannot be redefined); 412 when If-Match is no longer its version")
    public Response redefine(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             CustomKpiJson json) {
        ExpectedVersion expected = Versions.expected(ifMatch, json == null ? null : json.version());
        if (json == null || !code.equals(json.code())) {
            return problems(List.of(ProblemJson.of(InputProblem.excerpt(code), "CODE", null,
                    Bundles.both(AppMessages.class, AppMessages::api_code_mismatch))));
        }
        return store(json, expected);
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a custom KPI, unless another KPI still uses it; 412 when If-Match is no longer its version")
    public Response remove(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ExpectedVersion expected = Versions.expected(ifMatch, null);
        if (catalog.find(code).isEmpty()) {
            throw new NotFoundException("No KPI «" + code + "»");
        }
        return switch (customKpis.remove(code, expected, identity.getPrincipal().getName())) {
            case DefineCustomKpis.Outcome.Saved saved -> Response.noContent().build();
            case DefineCustomKpis.Outcome.Rejected rejected ->
                    problems(rejected.problems().stream().map(ProblemJson::from).toList());
            case DefineCustomKpis.Outcome.Stale stale -> Versions.stale(Versions.Subject.KPI, stale.currentVersion());
        };
    }

    @GET
    @Path("formula-check")
    @Operation(summary = "What is wrong with a formula as typed (empty list when fine), for live validation")
    public List<ProblemJson> checkFormula(@QueryParam("formula") String formula) {
        return catalog.checkFormula(formula).stream().map(problem -> ProblemJson.from("", problem)).toList();
    }

    private Response store(CustomKpiJson json, ExpectedVersion expected) {
        List<ProblemJson> unreadable = new ArrayList<>();
        CustomKpiDraft draft = draft(json, unreadable);
        if (!unreadable.isEmpty()) {
            return problems(unreadable);
        }
        return switch (customKpis.define(draft, expected, identity.getPrincipal().getName())) {
            case DefineCustomKpis.Outcome.Saved saved -> Response.status(201).tag(Versions.etag(saved.version()))
                    .entity(KpiJson.from(saved.catalog().find(draft.code().strip()).orElseThrow(), saved.version())).build();
            case DefineCustomKpis.Outcome.Rejected rejected ->
                    problems(rejected.problems().stream().map(ProblemJson::from).toList());
            case DefineCustomKpis.Outcome.Stale stale -> Versions.stale(Versions.Subject.KPI, stale.currentVersion());
        };
    }

    private static CustomKpiDraft draft(CustomKpiJson json, List<ProblemJson> problems) {
        if (json == null) {
            problems.add(ProblemJson.of("", "BODY", null, Bundles.both(AppMessages.class, AppMessages::api_kpi_body_required)));
            return null;
        }
        String code = json.code() == null ? "" : InputProblem.excerpt(json.code());
        Unit unit = parse(Unit.class, json.unit(), "unit", code, problems);
        Direction direction = parse(Direction.class, json.direction(), "direction", code, problems);
        Level level = parse(Level.class, json.level() == null ? "OPERATIONAL" : json.level(), "level", code, problems);
        KpiGroup group = parse(KpiGroup.class, json.group() == null ? "MARKETING" : json.group(), "group", code, problems);
        return new CustomKpiDraft(json.code(), json.nameRu(), json.nameEn(), json.formula(), unit, direction, level, group,
                json.explanationRu(), json.explanationEn());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, String code, List<ProblemJson> problems) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            String expected = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            String shown = InputProblem.excerpt(text);
            problems.add(ProblemJson.of(code, field.toUpperCase(Locale.ROOT), field,
                    Bundles.both(AppMessages.class, texts -> texts.api_not_one_of(shown, field, expected))));
            return null;
        }
    }

    private static Response problems(List<ProblemJson> problems) {
        return Response.status(422).entity(Map.of("problems", problems)).build();
    }
}

package com.kpipulse.web.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code /api/v1/goals}: SMART goals with their KPIs and targets. Reads for every role (as far as visible), writes for admins. */
@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "goals")
public class GoalApi {

    /**
     * A goal with its SMART findings (warnings and notes when stored, the errors too when refused); {@code errors}
     * repeats the refusing findings that belong to one field, such as a KPI's weekly parts, under that field's name.
     */
    public record GoalWithFindings(GoalJson goal, List<GoalJson.FindingJson> findings, List<GoalJson.FieldError> errors) {
    }

    /**
     * Archiving a goal or bringing it back: {@code {"archived": true}} (or false), with the version read in
     * {@code version} or {@code If-Match}.
     */
    public record ArchiveJson(Boolean archived, Long version) {
    }

    /**
     * A goal KPI's forecast to the deadline: with {@code forecast} true the totals (so far, expected, the 80 % interval),
     * with a target their shares of it and the chance of meeting it, the days left; else only why not. {@code said}:
     * the sentence's stable code and both languages.
     */
    public record ForecastJson(String kpi, String nameRu, String nameEn, boolean forecast, BigDecimal soFar,
                               BigDecimal expected, BigDecimal low, BigDecimal high, Double shareExpected,
                               Double shareLow, Double shareHigh, Double probability, LocalDate deadline,
                               Integer daysLeft, SaidJson said) {

        static ForecastJson of(ForecastGoal.KpiForecast forecast) {
            String code = forecast.goalKpi().kpi().value();
            Optional<KpiDefinition> kpi = switch (forecast) {
                case ForecastGoal.KpiForecast.Forecast known -> Optional.of(known.kpi());
                case ForecastGoal.KpiForecast.NotForecast none -> none.kpi();
            };
            SaidJson said = new SaidJson(GoalForecasts.code(forecast),
                    GoalForecasts.said(forecast, Locale.forLanguageTag("ru")), GoalForecasts.said(forecast, Locale.ENGLISH));
            String nameRu = kpi.map(KpiDefinition::nameRu).orElse(code);
            String nameEn = kpi.map(KpiDefinition::nameEn).orElse(code);
            if (forecast instanceof ForecastGoal.KpiForecast.Forecast known
                    && known.forecast() instanceof DeadlineForecast.Expected expected) {
                var share = expected.share();
                return new ForecastJson(code, nameRu, nameEn, true, expected.soFar(), expected.expected(), expected.low(),
                        expected.high(), share.map(DeadlineForecast.ShareOfPlan::expected).orElse(null),
                        share.map(DeadlineForecast.ShareOfPlan::low).orElse(null),
                        share.map(DeadlineForecast.ShareOfPlan::high).orElse(null), expected.probability().orElse(null),
                        expected.deadline(), expected.daysLeft(), said);
            }
            return new ForecastJson(code, nameRu, nameEn, false, null, null, null, null, null, null, null, null, null,
                    null, said);
        }
    }

    /** A sentence: its stable code and both languages. */
    public record SaidJson(String code, String ru, String en) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    ForecastGoal forecasts;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The goals the caller's roles may see, each with its version; archived ones too, marked archived")
    public List<GoalJson> list() {
        return goals.listed(identity.getRoles()).stream().map(GoalJson::from).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "A goal; its ETag is its version, for If-Match on a change")
    public Response find(@PathParam("id") String id) {
        Versioned<Goal> goal = goals.find(GoalParameters.goalId(id), identity.getRoles())
                .orElseThrow(() -> new NotFoundException("No goal " + id));
        return Response.ok(GoalJson.from(goal)).tag(Versions.etag(goal.version())).build();
    }

    @GET
    @Path("{id}/forecast")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "Where each KPI of the goal that is a sum over days is heading at the deadline: expected "
            + "total, 80 % interval, share of the target and chance of meeting it; the others say why not")
    public List<ForecastJson> forecast(@PathParam("id") String id) {
        return switch (forecasts.of(reader.get(), GoalParameters.goalId(id))) {
            case Access.Granted<List<ForecastGoal.KpiForecast>> granted ->
                    granted.value().stream().map(ForecastJson::of).toList();
            // as for the goal itself: a goal the caller may not see is not there for them
            case Access.Unknown<List<ForecastGoal.KpiForecast>> unknown -> throw new NotFoundException("No goal " + id);
            case Access.Denied<List<ForecastGoal.KpiForecast>> denied -> throw new NotFoundException("No goal " + id);
        };
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a goal: 201 with SMART findings, or 422 with the errors (nothing stored)")
    public Response create(GoalJson json) {
        return readThen(json, new GoalId(UUID.randomUUID()), goal -> respond(goals.create(goal, actor()), 201));
    }

    /**
     * With {@code If-Match} (or {@code version} in the body) the change is made only to that version: 412 when the
     * goal changed since, nothing stored. Without, the last writer wins.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a goal: 200 with SMART findings, 422 with the errors, 404 when unknown,"
            + " 412 when If-Match (or the body's version) is no longer the goal's version")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, GoalJson json) {
        GoalId goalId = GoalParameters.goalId(id);
        ExpectedVersion expected = Versions.expected(ifMatch, json == null ? null : json.version());
        return readThen(json, goalId, true, goal -> respond(goals.update(goal, expected, actor()), 200));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a goal: 204, 404 when unknown, 412 when If-Match is no longer its version")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return switch (goals.delete(GoalParameters.goalId(id), Versions.expected(ifMatch, null), actor())) {
            case VersionedWrite.Written written -> Response.noContent().build();
            case VersionedWrite.Stale stale -> Versions.stale(Versions.Subject.GOAL, stale.currentVersion());
            case VersionedWrite.Missing missing -> throw new NotFoundException("No goal " + id);
        };
    }

    /**
     * Archives a goal (it leaves the scorecards and the KPI pages, and stays listed and readable) or brings it back.
     * Audited; a goal already in that state is answered as it is.
     */
    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Archive a goal or bring it back ({\"archived\":true|false}): 200 with the goal, 404 when unknown,"
            + " 412 when If-Match (or the body's version) is no longer its version, 422 without archived")
    public Response archive(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ArchiveJson json) {
        GoalId goalId = GoalParameters.goalId(id);
        if (json == null || json.archived() == null) {
            return Response.status(422).entity(Map.of("errors", List.of(GoalJson.FieldError.of("archived",
                    "ARCHIVED_REQUIRED", GoalWizardMessages::problem_archived_required)))).build();
        }
        ExpectedVersion expected = Versions.expected(ifMatch, json.version());
        return switch (goals.archive(goalId, json.archived(), expected, actor())) {
            case GoalOutcome.Saved saved -> Response.ok(GoalJson.from(saved.goal(), saved.version()))
                    .tag(Versions.etag(saved.version())).build();
            case GoalOutcome.Stale stale -> Versions.stale(Versions.Subject.GOAL, stale.currentVersion());
            case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
            case GoalOutcome.Rejected rejected -> Response.status(422)
                    .entity(new GoalWithFindings(GoalJson.from(rejected.goal(), null), findings(rejected.findings()),
                            List.of())).build();
        };
    }

    private Response readThen(GoalJson json, GoalId id, java.util.function.Function<Goal, Response> action) {
        return readThen(json, id, false, action);
    }

    private Response readThen(GoalJson json, GoalId id, boolean changing,
                              java.util.function.Function<Goal, Response> action) {
        if (json == null) {
            return Response.status(422).entity(Map.of("errors", List.of(GoalJson.FieldError.of("body", "BODY_REQUIRED",
                    GoalWizardMessages::problem_body_required)))).build();
        }
        List<GoalJson.FieldError> errors = new ArrayList<>();
        Optional<Goal> goal = json.toDomain(id, changing, errors);
        return goal.map(action).orElseGet(() -> Response.status(422).entity(Map.of("errors", errors)).build());
    }

    private static Response respond(GoalOutcome outcome, int created) {
        return switch (outcome) {
            case GoalOutcome.Saved saved -> Response.status(created).tag(Versions.etag(saved.version()))
                    .entity(new GoalWithFindings(GoalJson.from(saved.goal(), saved.version()), findings(saved.findings()),
                            List.of())).build();
            case GoalOutcome.Rejected rejected -> Response.status(422)
                    .entity(new GoalWithFindings(GoalJson.from(rejected.goal(), null), findings(rejected.findings()),
                            fieldErrors(rejected.goal(), rejected.findings()))).build();
            case GoalOutcome.NotFound notFound -> throw new NotFoundException("No such goal");
            case GoalOutcome.Stale stale -> Versions.stale(Versions.Subject.GOAL, stale.currentVersion());
        };
    }

    private static List<GoalJson.FindingJson> findings(List<SmartFinding> findings) {
        return findings.stream().map(GoalJson.FindingJson::from).toList();
    }

    /** Errors about a KPI's phasing, named like the unreadable fields: {@code kpis[0].parts}, {@code kpis[0].phasing}. */
    static List<GoalJson.FieldError> fieldErrors(Goal goal, List<SmartFinding> findings) {
        List<GoalJson.FieldError> errors = new ArrayList<>();
        for (SmartFinding finding : findings) {
            String field = switch (finding.kind()) {
                case PHASING_WEEKS_NOT_COVERED, PHASING_SUM_MISMATCH -> "parts";
                case PHASING_NEEDS_A_FIGURE -> "phasing";
                default -> null;
            };
            if (field == null || finding.severity() != Severity.ERROR || finding.kpi().isEmpty()) {
                continue;
            }
            for (int i = 0; i < goal.kpis().size(); i++) {
                if (goal.kpis().get(i).kpi().equals(finding.kpi().get())) {
                    errors.add(GoalJson.FieldError.of("kpis[" + i + "]." + field, finding.kind().name(),
                            LocalizedText.of(finding.reason(Locale.forLanguageTag("ru")), finding.reason(Locale.ENGLISH))));
                }
            }
        }
        return errors;
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}

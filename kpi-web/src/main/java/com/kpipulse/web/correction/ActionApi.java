package com.kpipulse.web.correction;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionChange;
import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.application.correction.ActionOutcome;
import com.kpipulse.application.correction.ActionProblem;
import com.kpipulse.application.correction.ActionQuery;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.correction.MeasureActionEffect;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/v1/actions}: corrective actions (seed 001: correct). Every role reads the actions it may read; admins,
 * the marketing head and marketers propose them for anybody and change every one, the SMM specialist proposes and
 * changes her own ({@link com.kpipulse.application.access.ActionRights}). Unfit input is a 422 with each field and
 * its reason in both languages, nothing stored; a change made against an older version is a 409.
 */
@Path("/api/v1/actions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "actions")
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class ActionApi {

    /** One field's problem: its stable code and the reason in both languages. */
    public record ProblemJson(String field, String code, String message, String messageRu, String messageEn) {
        static ProblemJson of(ActionProblem problem) {
            return new ProblemJson(problem.field(), problem.reason().code(), problem.reason().english(),
                    problem.reason().russian(), problem.reason().english());
        }
    }

    @Inject
    ManageActions manage;

    @Inject
    ReadActions read;

    @Inject
    MeasureActionEffect effects;

    @Inject
    ActionNames names;

    @Inject
    CurrentReader reader;

    @GET
    @Operation(summary = "The actions the caller may read, the earliest due date first; mine=true only the caller's, "
            + "overdue=true only those still open after their due date, goal=<id> only a goal's, status=<STATUS> "
            + "(repeatable) only those in the statuses; a done action whose KPI the caller may read carries its effect "
            + "(verdict, estimate, low, high) once its window after the due date is over")
    public List<ActionJson> list(@QueryParam("mine") String mine, @QueryParam("overdue") String overdue,
                                 @QueryParam("goal") String goal, @QueryParam("status") List<String> status) {
        ActionQuery query = new ActionQuery(ActionParameters.flag("mine", mine), ActionParameters.flag("overdue", overdue),
                ActionParameters.goal(goal), ActionParameters.statuses(status));
        Reader who = reader.get();
        List<Versioned<CorrectiveAction>> listed = read.list(who, query);
        Map<ActionId, ActionEffect> worked = effects.ofDone(who, listed);
        return listed.stream().map(action -> ActionJson.of(action, read.today(), names, who.claims(),
                Optional.ofNullable(worked.get(action.value().id())))).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An action with its comments; its ETag is its version")
    public Response find(@PathParam("id") String id) {
        Versioned<CorrectiveAction> action = AccessAnswers.orRefuse(read.find(reader.get(), ActionParameters.id(id)),
                "action " + ActionParameters.shown(id));
        return Response.ok(json(action)).tag(Versions.etag(action.version())).build();
    }

    @GET
    @Path("{id}/effect")
    @Operation(summary = "Whether the action worked: once its window after its due date is over (effectWindowDays, two "
            + "weeks unless set), its effect on its KPI "
            + "against the channels it did not touch (DID) or the KPI's own course (ITS), with a 95 % interval and "
            + "the verdict WORKED, NO_EFFECT, WORSE or INCONCLUSIVE; before that NOT_YET, with too few weeks of data "
            + "TOO_LITTLE_DATA, for an action without a KPI NO_KPI, each with its reason")
    public ActionEffectJson effect(@PathParam("id") String id) {
        return ActionEffectJson.of(ActionParameters.id(id).toString(), AccessAnswers.orRefuse(
                effects.of(reader.get(), ActionParameters.id(id)), "action " + ActionParameters.shown(id)), names);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Propose an action: 201 with it, 422 with each unfit field (unknown owner, due date in the "
            + "past, an effectWindowDays outside 7 to 90, …) and nothing stored, 403 when the caller may not give it to "
            + "that owner")
    public Response create(ActionRequestJson json) {
        if (json == null) {
            return bodyRequired();
        }
        return answer(manage.create(reader.get(), json.input()), 201);
    }

    /**
     * Changes an action in one go: the details sent (those left out stay), the status ({@code status}, with
     * {@code dropReason} when dropping) and a comment; at the {@code version} in the body or {@code If-Match}.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    @Operation(summary = "Change an action (details, status, a comment) at the version read: 200 with it, 422 with "
            + "each unfit field, 409 when it changed since that version, 404 when unknown, 403 when not the caller's")
    public Response change(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ActionRequestJson.ChangeJson json) {
        ActionId actionId = ActionParameters.id(id);
        if (json == null) {
            return bodyRequired();
        }
        var expected = Versions.expected(ifMatch, json.version());
        Optional<com.kpipulse.application.correction.ActionInput> details = Optional.empty();
        if (json.changesDetails()) {
            Versioned<CorrectiveAction> current = AccessAnswers.orRefuse(read.find(reader.get(), actionId),
                    "action " + ActionParameters.shown(id));
            details = Optional.of(json.over(current.value().details()));
        }
        ActionChange change = new ActionChange(details, Optional.ofNullable(json.status()), json.dropReason(),
                Optional.ofNullable(json.comment()));
        return answer(manage.change(reader.get(), actionId, expected, change), 200);
    }

    private Response answer(ActionOutcome outcome, int status) {
        return switch (outcome) {
            case ActionOutcome.Saved saved -> {
                Response.ResponseBuilder answer = Response.status(status).entity(json(saved.action()))
                        .tag(Versions.etag(saved.action().version()));
                yield status == 201 ? answer.location(URI.create("/api/v1/actions/" + saved.action().value().id()))
                        .build() : answer.build();
            }
            case ActionOutcome.Rejected rejected -> problems(rejected.problems());
            case ActionOutcome.NotFound notFound -> throw new NotFoundException("No such action");
            case ActionOutcome.Denied denied -> throw new ForbiddenException("action");
            case ActionOutcome.Stale stale -> stale(stale.currentVersion());
        };
    }

    /** One action, with whether it worked once it is done. */
    private ActionJson json(Versioned<CorrectiveAction> action) {
        Reader who = reader.get();
        return ActionJson.of(action, read.today(), names, who.claims(),
                Optional.ofNullable(effects.ofDone(who, List.of(action)).get(action.value().id())));
    }

    static Response problems(List<ActionProblem> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid");
        body.put("message", problems.stream().map(problem -> problem.field() + ": " + problem.reason().english())
                .collect(java.util.stream.Collectors.joining("; ")));
        body.put("errors", problems.stream().map(ProblemJson::of).toList());
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

    /** 409: somebody changed the action since it was read; with its version now, in both languages. */
    static Response stale(long currentVersion) {
        LocalizedText said = Bundles.both(ActionMessages.class, texts -> texts.stale(currentVersion));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "stale");
        body.put("message", said.en());
        body.put("messageRu", said.ru());
        body.put("messageEn", said.en());
        body.put("currentVersion", currentVersion);
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON).entity(body)
                .tag(Versions.etag(currentVersion)).build();
    }

    private static Response bodyRequired() {
        LocalizedText said = Bundles.both(ActionMessages.class, ActionMessages::body_required);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "invalid");
        body.put("message", said.en());
        body.put("errors", List.of(new ProblemJson("body", "BODY_REQUIRED", said.en(), said.ru(), said.en())));
        return Response.status(422).type(MediaType.APPLICATION_JSON).entity(body).build();
    }

}

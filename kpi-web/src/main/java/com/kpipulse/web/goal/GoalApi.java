package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.web.layout.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@code /api/v1/goals}: SMART goals with their KPIs and targets. Reads for every role (as far as visible), writes for admins. */
@Path("/api/v1/goals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "goals")
public class GoalApi {

    /** A stored goal with its SMART findings (warnings and notes). */
    public record GoalWithFindings(GoalJson goal, List<GoalJson.FindingJson> findings) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    SecurityIdentity identity;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    @Operation(summary = "The goals the caller's roles may see")
    public List<GoalJson> list() {
        return goals.visibleTo(identity.getRoles()).stream().map(GoalJson::from).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public GoalJson find(@PathParam("id") String id) {
        return goals.find(goalId(id), identity.getRoles()).map(GoalJson::from)
                .orElseThrow(() -> new NotFoundException("No goal " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a goal: 201 with SMART findings, or 422 with the errors (nothing stored)")
    public Response create(GoalJson json) {
        return readThen(json, new GoalId(UUID.randomUUID()), goal -> respond(goals.create(goal, actor()), 201));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a goal: 200 with SMART findings, 422 with the errors, 404 when unknown")
    public Response update(@PathParam("id") String id, GoalJson json) {
        return readThen(json, goalId(id), goal -> respond(goals.update(goal, actor()), 200));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id) {
        if (!goals.delete(goalId(id), actor())) {
            throw new NotFoundException("No goal " + id);
        }
        return Response.noContent().build();
    }

    private Response readThen(GoalJson json, GoalId id, java.util.function.Function<Goal, Response> action) {
        if (json == null) {
            return Response.status(422).entity(Map.of("errors", List.of(new GoalJson.FieldError("body", "send the goal as JSON")))).build();
        }
        List<GoalJson.FieldError> errors = new ArrayList<>();
        Optional<Goal> goal = json.toDomain(id, errors);
        return goal.map(action).orElseGet(() -> Response.status(422).entity(Map.of("errors", errors)).build());
    }

    private static Response respond(GoalOutcome outcome, int created) {
        return switch (outcome) {
            case GoalOutcome.Saved saved -> Response.status(created)
                    .entity(new GoalWithFindings(GoalJson.from(saved.goal()), findings(saved.findings()))).build();
            case GoalOutcome.Rejected rejected -> Response.status(422)
                    .entity(new GoalWithFindings(GoalJson.from(rejected.goal()), findings(rejected.findings()))).build();
            case GoalOutcome.NotFound notFound -> throw new NotFoundException("No such goal");
        };
    }

    private static List<GoalJson.FindingJson> findings(List<SmartFinding> findings) {
        return findings.stream().map(GoalJson.FindingJson::from).toList();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static GoalId goalId(String id) {
        try {
            return new GoalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No goal " + id);
        }
    }
}

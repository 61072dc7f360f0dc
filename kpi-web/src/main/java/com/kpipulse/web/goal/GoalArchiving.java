package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;

/**
 * The goal page's archive form: an admin archives a goal or brings it back at the version the page showed, audited;
 * a change that comes too late is a 409 with the page and a note.
 */
@Path("/goals/{id}/archive")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class GoalArchiving {

    @Inject
    ManageGoals goals;

    @Inject
    GoalDetails details;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /** Archives the goal ({@code archived=true}) or brings it back ({@code false}), at the version the page showed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") String id, @RestForm String version, @RestForm String archived) {
        GoalId goalId = GoalParameters.goalId(id);
        ExpectedVersion expected = Versions.fromForm(version);
        boolean archive = GoalParameters.flag("archived", archived);
        return switch (goals.archive(goalId, archive, expected, identity.getPrincipal().getName())) {
            case GoalOutcome.Saved saved -> Response.seeOther(URI.create("/goals/" + id + "?done="
                    + (archive ? "archived" : "unarchived"))).build();
            case GoalOutcome.Stale stale -> stale(goalId);
            case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
            case GoalOutcome.Rejected rejected -> stale(goalId);
        };
    }

    private Response stale(GoalId id) {
        return Response.status(409).entity(details.page(id, null, GoalPageTexts.messages(ui.locale()).stale())).build();
    }
}

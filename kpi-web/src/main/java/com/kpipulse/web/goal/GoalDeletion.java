package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.VersionedWrite;
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
 * The goal page's delete form: an admin deletes a goal at the version the page showed once the confirmation is
 * ticked, audited; without it the page comes back with 422, too late with 409, each with a note.
 */
@Path("/goals/{id}/delete")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class GoalDeletion {

    @Inject
    ManageGoals goals;

    @Inject
    GoalDetails details;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /** Deletes the goal at the version the page showed, once the admin ticked the confirmation. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") String id, @RestForm String version, @RestForm String confirm) {
        GoalId goalId = GoalParameters.goalId(id);
        ExpectedVersion expected = Versions.fromForm(version);
        GoalPageMessages messages = GoalPageTexts.messages(ui.locale());
        if (!GoalParameters.flag("confirm", confirm)) {
            return problem(goalId, 422, messages.delete_unconfirmed());
        }
        return switch (goals.delete(goalId, expected, identity.getPrincipal().getName())) {
            case VersionedWrite.Written written -> Response.seeOther(URI.create("/goals?done=deleted")).build();
            case VersionedWrite.Stale stale -> problem(goalId, 409, messages.stale());
            case VersionedWrite.Missing missing -> throw new NotFoundException("No goal " + id);
        };
    }

    private Response problem(GoalId id, int status, String problem) {
        return Response.status(status).entity(details.page(id, null, problem)).build();
    }
}

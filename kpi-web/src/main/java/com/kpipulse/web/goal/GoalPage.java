package com.kpipulse.web.goal;

import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * A goal's page ({@code /goals/<id>}): its KPIs, each with the target, what is due by now, the actual since the
 * start and the pace, linked to the KPI's page, and the forecasts to the deadline, read for the reader by
 * {@link GoalDetails}. Admins find the wizard, archive and delete there: {@link GoalArchiving} and
 * {@link GoalDeletion} answer those forms.
 */
@Path("/goals/{id}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class GoalPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance goal(GoalView goal, String done, String problem);
    }

    @Inject
    GoalDetails details;

    @Inject
    Ui ui;

    /** A goal and where it stands: 404 when there is no such goal, 403 when the reader's roles may not see it. */
    @GET
    public TemplateInstance goal(@PathParam("id") String id, @QueryParam("done") String done) {
        return details.page(GoalParameters.goalId(id), GoalPageTexts.notice(done, GoalPageTexts.messages(ui.locale())),
                null);
    }
}

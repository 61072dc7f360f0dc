package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalProgress;
import com.kpipulse.application.people.People;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/**
 * The goals people can find again ({@code /goals}, the archived ones under {@code ?archived=true}), each with its
 * state in words, owner, deadline and progress, as far as the reading rules let the reader see them and judged as
 * the scorecards judge ({@link GoalProgress}). A goal's own page is {@link GoalPage}'s.
 */
@Path("/goals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class GoalListPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<GoalRow> goals, boolean archived, String done);
    }

    @Inject
    GoalProgress progress;

    @Inject
    People people;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    /** The goals the reader may see: pursued ones, or with {@code archived=true} the archived ones. */
    @GET
    public TemplateInstance list(@QueryParam("archived") String archived, @QueryParam("done") String done) {
        boolean shelf = GoalParameters.flag("archived", archived);
        Locale locale = ui.locale();
        GoalPageMessages messages = GoalPageTexts.messages(locale);
        List<GoalRow> rows = progress.list(reader.get(), shelf ? GoalProgress.Shelf.ARCHIVED : GoalProgress.Shelf.PURSUED)
                .stream().map(standing -> GoalRow.from(standing, people.nameOf(standing.goal().value().owner()),
                        messages, locale)).toList();
        return ui.page(Templates.list(rows, shelf, GoalPageTexts.notice(done, messages)));
    }
}

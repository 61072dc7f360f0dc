package com.kpipulse.web.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.review.PresentReview;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The followers' view of an open review ({@code /reviews/{id}/follow}, everyone who follows reviews): the item the
 * presenter is on, changing by itself when she moves. The page listens to {@code /reviews/{id}/events} with htmx's
 * SSE extension; a «moved» event makes htmx fetch the new item from this same address (the fragment for an htmx
 * request, the page otherwise; a fetch still under way when the next move comes is replaced by the next one, so the
 * last move wins), rendered for the follower, who may not read every figure the presenter reads. A
 * follower adds notes on the item as on the agenda: each a record of its own, nobody's overwritten.
 */
@Path("/reviews/{id}/follow")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
public class ReviewFollowPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance follow(PresenterStage.StageView view);

        static native TemplateInstance follow$stage(PresenterStage.StageView view);
    }

    @Inject
    PresentReview present;

    @Inject
    PresenterStage stage;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance page(@PathParam("id") String id, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ReviewId review = ReviewParameters.id(id);
        Reader who = reader.get();
        PresentReview.Presented presented = AccessAnswers.orRefuse(present.follow(who, review), "review " + review);
        PresenterStage.StageView view = stage.of(who, presented, false, "", ui.locale());
        return ui.page(Htmx.asked(htmx) ? Templates.follow$stage(view) : Templates.follow(view));
    }
}

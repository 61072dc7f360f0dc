package com.kpipulse.web.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.review.MoveOutcome;
import com.kpipulse.application.review.PresentReview;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.text.Bundles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
 * The presenter view of an open review ({@code /reviews/{id}/present}, the head and admins): one item at a time in
 * big type for a projector, the section's time box with its running clock, «Назад» and «Далее» (→ and ← on the
 * keyboard, {@code D} for the item's decision, «На весь экран»: {@code js/presenter.js}). Each move is posted and
 * stored with the review, so whoever follows it on any replica sees the item change; htmx swaps the new item in
 * place, a plain form comes back to the page.
 */
@Path("/reviews/{id}/present")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD})
public class ReviewPresenterPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance present(PresenterStage.StageView view);

        static native TemplateInstance present$stage(PresenterStage.StageView view);
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
    public Response page(@PathParam("id") String id) {
        ReviewId review = ReviewParameters.id(id);
        Reader who = reader.get();
        PresentReview.Presented presented = AccessAnswers.orRefuse(present.where(who, review), "review " + review);
        if (!presented.presentation().review().open()) {
            return Response.seeOther(URI.create("/reviews/" + review + "/minutes")).build();
        }
        return Response.ok(ui.page(Templates.present(stage.of(who, presented, true, "", ui.locale())))).build();
    }

    /** Moves the presenter to {@code item} (an item's number); htmx gets the new item, a plain form the page. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") String id, @RestForm String item,
                         @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ReviewId review = ReviewParameters.id(id);
        Reader who = reader.get();
        ReviewMessages texts = Bundles.of(ReviewMessages.class, ui.locale());
        return switch (present.move(who, review, item)) {
            case MoveOutcome.Moved moved -> Htmx.asked(htmx) ? Response.ok(stageOf(who, review, "", true)).build()
                    : Response.seeOther(URI.create("/reviews/" + review + "/present")).build();
            case MoveOutcome.Rejected rejected -> Response.status(422).entity(stageOf(who, review,
                    PresenterStage.said(rejected.problems(), ui.locale()), Htmx.asked(htmx))).build();
            case MoveOutcome.Frozen frozen -> Response.status(409).entity(stageOf(who, review, texts.frozen(),
                    Htmx.asked(htmx))).build();
            case MoveOutcome.NotFound notFound -> throw new NotFoundException("review " + review);
            case MoveOutcome.Denied denied -> throw new ForbiddenException("review " + review);
        };
    }

    private TemplateInstance stageOf(Reader who, ReviewId review, String problem, boolean fragment) {
        PresentReview.Presented presented = AccessAnswers.orRefuse(present.where(who, review), "review " + review);
        PresenterStage.StageView view = stage.of(who, presented, true, problem, ui.locale());
        return ui.page(fragment ? Templates.present$stage(view) : Templates.present(view));
    }
}

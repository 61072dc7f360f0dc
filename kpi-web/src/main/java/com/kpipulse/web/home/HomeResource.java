package com.kpipulse.web.home;

import com.kpipulse.web.page.Ui;
import com.kpipulse.web.scorecard.ScorecardLink;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The signed-in user's start page: who they are and which scorecards they may open. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<ScorecardLinkView> scorecards);
    }

    /** A link to a scorecard, titled in the reader's language. */
    public record ScorecardLinkView(String href, String title) {
    }

    @Inject
    Ui ui;

    @GET
    public TemplateInstance home() {
        List<ScorecardLinkView> links = ScorecardLink.openableBy(ui.roles()).stream()
                .map(link -> new ScorecardLinkView(link.href(), link.title(ui.locale())))
                .toList();
        return ui.page(Templates.home(links));
    }
}

package com.kpipulse.web.kpi;

import com.kpipulse.application.analysis.AnnotateValues;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.security.Roles;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.time.LocalDate;

/**
 * The notes form of the KPI page: adds a note to a day's value and answers with the page's notes fragment (422 with
 * the reason when the note is rejected). The fragment is {@link KpiPage}'s, so the page and the form share one
 * template.
 */
@Path("/kpis/{code}/notes")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class KpiNotesPage {

    @Inject
    AnnotateValues annotations;

    @Inject
    KpiDetails details;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @POST
    public Response addNote(@PathParam("code") String code, @RestForm("day") String day, @RestForm("text") String text,
                            @RestForm("grain") String grain) {
        Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
        String error = switch (annotations.annotate(reader.get(), code, day, null, text)) {
            case AnnotateValues.Outcome.Added added -> null;
            case AnnotateValues.Outcome.Rejected rejected -> rejected.reason().in(ui.locale());
            case AnnotateValues.Outcome.Denied denied -> throw new ForbiddenException("KPI " + code);
        };
        LocalDate shownDay = DateWindow.parsePlanned(day) instanceof DateWindow.Parsed parsed ? parsed.day()
                : details.lastWholeDay();
        KpiDetailView view = details.view(code, shownGrain, shownDay, error);
        return Response.status(error == null ? 200 : 422).entity(ui.page(KpiPage.Templates.detail$notes(view)))
                .build();
    }
}

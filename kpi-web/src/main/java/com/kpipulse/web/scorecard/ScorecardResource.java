package com.kpipulse.web.scorecard;

import com.kpipulse.application.scorecard.ScorecardRequest;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.layout.Roles;
import com.kpipulse.web.layout.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One scorecard page per role. Admins may open every one; everybody may open the read-only overview. The period
 * switcher and the channel filter ask again with {@code HX-Request}, and get only the table fragment back.
 * Parameters that cannot be read fall back to the defaults (this month, all channels): a shared link never breaks.
 */
@Path("/scorecards")
@Produces(MediaType.TEXT_HTML)
public class ScorecardResource {

    static final String HTMX = "HX-Request";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(ScorecardPage page);

        static native TemplateInstance scorecard$table(ScorecardPage page);
    }

    @Inject
    ShowScorecard show;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @GET
    @Path("head")
    @RolesAllowed({Roles.MARKETING_HEAD, Roles.ADMIN})
    public TemplateInstance head(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                 @QueryParam("channel") List<String> channels, @HeaderParam(HTMX) String htmx) {
        return scorecardOf(ScorecardLink.HEAD, grain, day, channels, htmx);
    }

    @GET
    @Path("marketer")
    @RolesAllowed({Roles.MARKETER, Roles.ADMIN})
    public TemplateInstance marketer(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                     @QueryParam("channel") List<String> channels, @HeaderParam(HTMX) String htmx) {
        return scorecardOf(ScorecardLink.MARKETER, grain, day, channels, htmx);
    }

    @GET
    @Path("smm")
    @RolesAllowed({Roles.SMM_SPECIALIST, Roles.ADMIN})
    public TemplateInstance smm(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                @QueryParam("channel") List<String> channels, @HeaderParam(HTMX) String htmx) {
        return scorecardOf(ScorecardLink.SMM, grain, day, channels, htmx);
    }

    @GET
    @Path("viewer")
    @RolesAllowed({Roles.VIEWER, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.ADMIN})
    public TemplateInstance viewer(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                   @QueryParam("channel") List<String> channels, @HeaderParam(HTMX) String htmx) {
        return scorecardOf(ScorecardLink.VIEWER, grain, day, channels, htmx);
    }

    private TemplateInstance scorecardOf(ScorecardLink link, String grain, String day, List<String> channels,
                                         String htmx) {
        Locale locale = ui.locale();
        Role role = link.role();
        Set<String> viewerRoles = ui.roles().stream().map(Role::claim).collect(Collectors.toSet());
        var request = new ScorecardRequest(role, viewerRoles, grainOf(grain), dayOf(day), channelsOf(channels));
        ScorecardMessages messages = "en".equals(locale.getLanguage())
                ? MessageBundles.get(ScorecardMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(ScorecardMessages.class);
        ScorecardPage page = ScorecardPage.from(show.show(request), role.name(locale), link.href(),
                LocalDate.now(clock), locale, messages);
        boolean fragment = "true".equalsIgnoreCase(htmx);
        return ui.page(fragment ? Templates.scorecard$table(page) : Templates.scorecard(page));
    }

    private static Grain grainOf(String value) {
        if (value == null) {
            return Grain.MONTH;
        }
        return ScorecardRequest.GRAINS.stream().filter(grain -> grain.name().equalsIgnoreCase(value.strip()))
                .findFirst().orElse(Grain.MONTH);
    }

    private LocalDate dayOf(String value) {
        if (value != null && !value.isBlank()) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException unreadable) {
                // a hand-edited link: show today's period rather than an error
            }
        }
        return LocalDate.now(clock);
    }

    private static Set<String> channelsOf(List<String> values) {
        return values == null ? Set.of() : values.stream().filter(ShowScorecard.CHANNELS::contains)
                .collect(Collectors.toSet());
    }
}

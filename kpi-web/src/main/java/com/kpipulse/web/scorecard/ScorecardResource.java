package com.kpipulse.web.scorecard;

import com.kpipulse.web.page.Htmx;

import com.kpipulse.application.scorecard.RecentScorecards;
import com.kpipulse.application.scorecard.ScorecardRequest;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One scorecard page per role. Admins may open every one; everybody may open the read-only overview. The period
 * switcher and the channel filter ask again with {@code HX-Request}, and get only the table fragment back.
 * Absent parameters mean the defaults: the last week that is over ({@link ShowScorecard#lastComplete}; should its
 * sources lag, it says it is incomplete), all channels; the running period is one click away and says it is
 * incomplete. A value that cannot be used (a day outside the window, an unknown grain or channel) is answered with 400
 * and its reason, never silently replaced.
 */
@Path("/scorecards")
@Produces(MediaType.TEXT_HTML)
public class ScorecardResource {

    /** Where the table goes into the body, and the kept body into the page: plain text, escaping leaves them be. */
    static final String TABLE_MARK = "@@kpi-scorecard-table@@";
    static final String BODY_MARK = "@@kpi-scorecard-body@@";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scorecard(ScorecardPage page, String body);

        static native TemplateInstance body(ScorecardPage page, String table);

        static native TemplateInstance table(ScorecardPage page);
    }

    @Inject
    RecentScorecards show;

    @Inject
    ShowScorecard scorecards;

    @Inject
    Ui ui;

    @Inject
    Clock clock;

    @Inject
    KeptLayouts layouts;

    @Inject
    HttpServerRequest http;

    @GET
    @Path("head")
    @RolesAllowed({Roles.MARKETING_HEAD, Roles.ADMIN})
    public Response head(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                 @QueryParam("channel") List<String> channels, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        return scorecardOf(ScorecardLink.HEAD, grain, day, channels, htmx);
    }

    @GET
    @Path("marketer")
    @RolesAllowed({Roles.MARKETER, Roles.ADMIN})
    public Response marketer(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                     @QueryParam("channel") List<String> channels, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        return scorecardOf(ScorecardLink.MARKETER, grain, day, channels, htmx);
    }

    @GET
    @Path("smm")
    @RolesAllowed({Roles.SMM_SPECIALIST, Roles.ADMIN})
    public Response smm(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                @QueryParam("channel") List<String> channels, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        return scorecardOf(ScorecardLink.SMM, grain, day, channels, htmx);
    }

    @GET
    @Path("viewer")
    @RolesAllowed({Roles.VIEWER, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.ADMIN})
    public Response viewer(@QueryParam("grain") String grain, @QueryParam("day") String day,
                                   @QueryParam("channel") List<String> channels, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        return scorecardOf(ScorecardLink.VIEWER, grain, day, channels, htmx);
    }

    private Response scorecardOf(ScorecardLink link, String grain, String day, List<String> channels, String htmx) {
        Locale locale = ui.locale();
        Role role = link.role();
        Set<String> viewerRoles = ui.roles().stream().map(Role::claim).collect(Collectors.toSet());
        Grain shownGrain = grainOf(grain);
        LocalDate shownDay = Parameters.day("day", day).orElseGet(() -> scorecards.lastComplete(shownGrain).start());
        var request = new ScorecardRequest(role, viewerRoles, shownGrain, shownDay, channelsOf(channels));
        LocalDate today = LocalDate.now(clock);
        Rendered rendered = show.show(request, Rendered.class, List.of(locale, link, today), scorecard -> {
            ScorecardMessages messages = Bundles.of(ScorecardMessages.class, locale);
            ScorecardPage page = ScorecardPage.from(scorecard, role.name(locale), link.href(), today, locale, messages);
            String table = Templates.table(page).setLocale(locale).render();
            String body = Templates.body(page, TABLE_MARK).setLocale(locale).render().replace(TABLE_MARK, table);
            return new Rendered(page, table.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
        });
        if (Htmx.asked(htmx)) {
            return html(rendered.table());
        }
        String credentials = header(HttpHeaders.AUTHORIZATION) + '\n' + header(HttpHeaders.COOKIE);
        KeptLayouts.Around around = layouts.around(rendered, credentials, ui.path(), BODY_MARK,
                () -> ui.page(Templates.scorecard(rendered.page(), BODY_MARK)).render());
        byte[] before = around.before();
        byte[] after = around.after();
        byte[] page = Arrays.copyOf(before, before.length + rendered.body().length + after.length);
        System.arraycopy(rendered.body(), 0, page, before.length, rendered.body().length);
        System.arraycopy(after, 0, page, before.length + rendered.body().length, after.length);
        return html(page);
    }

    private String header(String name) {
        String value = http.getHeader(name);
        return value == null ? "" : value;
    }

    private static Response html(byte[] body) {
        return Response.ok(body, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * A scorecard made ready for one language: the page model, its table (what an htmx request swaps) and the whole
     * body of the page (filter form and table), rendered and encoded once and kept with the scorecard until the data
     * changes. Neither holds anything of the person looking at it; the layout around the body (name, language
     * switch, CSRF token) is rendered with {@link #BODY_MARK} where the body goes and kept per person and address
     * while the body is the same ({@link KeptLayouts}), so a page seen again is neither rendered nor encoded again.
     */
    private record Rendered(ScorecardPage page, byte[] table, byte[] body) {
    }

    private static Grain grainOf(String value) {
        return Parameters.grain(value, Grain.WEEK);
    }

    private static Set<String> channelsOf(List<String> values) {
        return values == null ? Set.of() : values.stream().map(Parameters::channel).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
    }
}

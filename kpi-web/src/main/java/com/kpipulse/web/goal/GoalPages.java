package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ForecastGoal;
import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.GoalProgress;
import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.people.People;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.scorecard.Role;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;
import com.kpipulse.web.security.Roles;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The goals people can find again: the list ({@code /goals}, the archived ones under {@code ?archived=true}) with
 * each goal's state in words, owner, deadline and progress, and a goal's page ({@code /goals/<id>}) with its KPIs,
 * each with the target, what is due by now, the actual since the start and the pace, linked to the KPI's page. Both
 * show what the reading rules let the reader see and judge as the scorecards judge ({@link GoalProgress}). Admins
 * edit a goal in the wizard, archive it or bring it back, and delete it: forms with the CSRF token and the version the
 * page showed, audited; a change that comes too late is a 409 with the page and a note.
 */
@Path("/goals")
@Produces(MediaType.TEXT_HTML)
public class GoalPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<GoalRow> goals, boolean archived, String done);

        static native TemplateInstance goal(GoalView goal, String done, String problem);
    }

    /** A status as an icon and a word, never by colour alone; {@code key} names the CSS class. */
    public record StateView(String key, String icon, String label) {
    }

    /** A goal in the list. */
    public record GoalRow(String id, String title, StateView state, String owner, String deadline, List<String> progress) {
    }

    /** A goal on its page, with what an admin may do with it. */
    public record GoalView(String id, String title, StateView state, String owner, String objective, String span,
                           String visibleTo, String asOf, boolean archived, long version, List<KpiRow> kpis,
                           List<ForecastLine> forecasts) {
    }

    /** A goal KPI's forecast to the deadline in the reader's language, or why there is none. */
    public record ForecastLine(String code, String kpi, String text) {
    }

    /**
     * A goal KPI on the goal's page; {@code linked} when the catalog has it (its page can be opened); {@code pace} is
     * null without a target or before the goal's start.
     */
    public record KpiRow(String code, String name, boolean linked, String target, String due, String actual,
                         String progress, StateView pace, String reason) {
    }

    @Inject
    GoalProgress progress;

    @Inject
    ForecastGoal forecasts;

    @Inject
    ManageGoals goals;

    @Inject
    People people;

    @Inject
    CurrentReader reader;

    @Inject
    SecurityIdentity identity;

    @Inject
    Ui ui;

    /** The goals the reader may see: pursued ones, or with {@code archived=true} the archived ones. */
    @GET
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance list(@QueryParam("archived") String archived, @QueryParam("done") String done) {
        boolean shelf = flag("archived", archived);
        Locale locale = ui.locale();
        GoalPageMessages messages = messages(locale);
        List<GoalRow> rows = progress.list(reader.get(), shelf ? GoalProgress.Shelf.ARCHIVED : GoalProgress.Shelf.PURSUED)
                .stream().map(standing -> row(standing, messages, locale)).toList();
        return ui.page(Templates.list(rows, shelf, notice(done, messages)));
    }

    /** A goal and where it stands: 404 when there is no such goal, 403 when the reader's roles may not see it. */
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
    public TemplateInstance goal(@PathParam("id") String id, @QueryParam("done") String done) {
        return ui.page(Templates.goal(view(goalId(id)), notice(done, messages(ui.locale())), null));
    }

    /** Archives the goal ({@code archived=true}) or brings it back ({@code false}), at the version the page showed. */
    @POST
    @Path("{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response archive(@PathParam("id") String id, @RestForm String version, @RestForm String archived) {
        GoalId goalId = goalId(id);
        ExpectedVersion expected = Versions.fromForm(version);
        boolean archive = flag("archived", archived);
        return switch (goals.archive(goalId, archive, expected, actor())) {
            case GoalOutcome.Saved saved -> Response.seeOther(URI.create("/goals/" + id + "?done="
                    + (archive ? "archived" : "unarchived"))).build();
            case GoalOutcome.Stale stale -> problem(goalId, 409, messages(ui.locale()).stale());
            case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
            case GoalOutcome.Rejected rejected -> problem(goalId, 409, messages(ui.locale()).stale());
        };
    }

    /** Deletes the goal at the version the page showed, once the admin ticked the confirmation. */
    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    public Response delete(@PathParam("id") String id, @RestForm String version, @RestForm String confirm) {
        GoalId goalId = goalId(id);
        ExpectedVersion expected = Versions.fromForm(version);
        if (!flag("confirm", confirm)) {
            return problem(goalId, 422, messages(ui.locale()).delete_unconfirmed());
        }
        return switch (goals.delete(goalId, expected, actor())) {
            case VersionedWrite.Written written -> Response.seeOther(URI.create("/goals?done=deleted")).build();
            case VersionedWrite.Stale stale -> problem(goalId, 409, messages(ui.locale()).stale());
            case VersionedWrite.Missing missing -> throw new NotFoundException("No goal " + id);
        };
    }

    private Response problem(GoalId id, int status, String problem) {
        return Response.status(status).entity(ui.page(Templates.goal(view(id), null, problem))).build();
    }

    private GoalView view(GoalId id) {
        GoalStanding standing = AccessAnswers.orRefuse(progress.of(reader.get(), id), "Goal " + id.value());
        Locale locale = ui.locale();
        GoalPageMessages messages = messages(locale);
        Goal goal = standing.goal().value();
        List<KpiRow> kpis = standing.kpis().stream().map(kpi -> kpiRow(kpi, messages, locale)).toList();
        String roles = goal.visibleToRoles().isEmpty() ? messages.everyone()
                : String.join(", ", java.util.Arrays.stream(Role.values())
                .filter(role -> goal.visibleToRoles().contains(role.claim())).map(role -> role.name(locale)).toList());
        return new GoalView(goal.id().value().toString(), goal.title(), state(standing.state(), messages),
                people.nameOf(goal.owner()), goal.objective().map(objective -> objective(objective, locale)).orElse(""),
                messages.span(Formats.date(goal.start(), locale), goal.deadline().map(day -> Formats.date(day, locale)).orElse("—")),
                roles, Formats.date(standing.asOf(), locale), goal.archived(), standing.goal().version(), kpis,
                forecastLines(id, locale));
    }

    private List<ForecastLine> forecastLines(GoalId id, Locale locale) {
        return AccessAnswers.orRefuse(forecasts.of(reader.get(), id), "Goal " + id.value()).stream()
                .map(forecast -> new ForecastLine(forecast.goalKpi().kpi().value(), kpiName(forecast, locale),
                        GoalForecasts.said(forecast, locale))).toList();
    }

    private static String kpiName(ForecastGoal.KpiForecast forecast, Locale locale) {
        return switch (forecast) {
            case ForecastGoal.KpiForecast.Forecast known -> known.kpi().name(locale);
            case ForecastGoal.KpiForecast.NotForecast none -> none.kpi().map(kpi -> kpi.name(locale))
                    .orElse(none.goalKpi().kpi().value());
        };
    }

    private KpiRow kpiRow(GoalStanding.KpiStanding standing, GoalPageMessages messages, Locale locale) {
        String code = standing.goalKpi().kpi().value();
        if (standing.kpi().isEmpty()) {
            return new KpiRow(code, code, false, messages.kpi_gone(), "—", "—", "—", null, "");
        }
        KpiDefinition kpi = standing.kpi().get();
        Optional<Currency> currency = standing.actual() instanceof KpiValue.Known known ? known.currency() : Optional.empty();
        String target = standing.goalKpi().target().isEmpty() ? messages.no_target()
                : standing.target().map(value -> figure(value, kpi, currency, standing.cumulative(), locale))
                .orElse(messages.target_unknown());
        String due = standing.due().map(value -> figure(value, kpi, currency, standing.cumulative(), locale)).orElse("—");
        String actual = standing.actual().number().map(value -> figure(value, kpi, currency, standing.cumulative(), locale))
                .orElse("—");
        String reached = standing.progress().map(value -> Formats.percent(value, locale)).orElse("—");
        StateView pace = standing.status().map(status -> status(status, messages)).orElse(null);
        return new KpiRow(code, kpi.name(locale), true, target, due, actual, reached, pace,
                standing.reason().map(reason -> reason.in(locale)).orElse(""));
    }

    private GoalRow row(GoalStanding standing, GoalPageMessages messages, Locale locale) {
        Goal goal = standing.goal().value();
        List<String> progress = new ArrayList<>();
        for (GoalStanding.KpiStanding kpi : standing.kpis()) {
            if (kpi.kpi().isEmpty() || kpi.target().isEmpty()) {
                continue;
            }
            KpiDefinition definition = kpi.kpi().get();
            String name = definition.name(locale);
            if (standing.state() == GoalStanding.State.NOT_STARTED) {
                progress.add(messages.starts(Formats.date(goal.start(), locale)));
                break;
            }
            Optional<Currency> currency = kpi.actual() instanceof KpiValue.Known known ? known.currency() : Optional.empty();
            if (kpi.cumulative()) {
                String reached = kpi.progress().map(value -> Formats.percent(value, locale)).orElse("—");
                BigDecimal total = kpi.target().get();
                String due = kpi.due().filter(value -> total.signum() > 0)
                        .map(value -> Formats.percent(value.divide(total, MathContext.DECIMAL64), locale)).orElse("—");
                progress.add(standing.state() == GoalStanding.State.ENDED ? messages.progress_total_ended(name, reached)
                        : messages.progress_total(name, reached, Formats.date(kpi.asOf(), locale), due));
            } else {
                progress.add(messages.progress_level(name, kpi.actual().number()
                                .map(value -> figure(value, definition, currency, false, locale)).orElse("—"),
                        figure(kpi.target().get(), definition, currency, false, locale)));
            }
        }
        return new GoalRow(goal.id().value().toString(), goal.title(), state(standing.state(), messages),
                people.nameOf(goal.owner()), goal.deadline().map(day -> Formats.date(day, locale)).orElse("—"), progress);
    }

    /** A figure in the KPI's unit; a total of a count (customers, orders) as a whole number. */
    private static String figure(BigDecimal value, KpiDefinition kpi, Optional<Currency> currency, boolean total,
                                 Locale locale) {
        if (kpi.unit() == Unit.COUNT && total) {
            return Formats.number(value, 0, locale);
        }
        return Formats.number(value, kpi.unit(), currency, locale);
    }

    private static StateView state(GoalStanding.State state, GoalPageMessages messages) {
        return switch (state) {
            case ON_TRACK -> new StateView("on-track", "✓", messages.state_on_track());
            case AT_RISK -> new StateView("at-risk", "!", messages.state_at_risk());
            case OFF_TRACK -> new StateView("off-track", "✕", messages.state_off_track());
            case NO_DATA -> new StateView("no-data", "—", messages.state_no_data());
            case NOT_STARTED -> new StateView("not-started", "○", messages.state_not_started());
            case ENDED -> new StateView("ended", "■", messages.state_ended());
            case ARCHIVED -> new StateView("archived", "▣", messages.state_archived());
        };
    }

    private static StateView status(Status status, GoalPageMessages messages) {
        return switch (status) {
            case ON_TRACK -> state(GoalStanding.State.ON_TRACK, messages);
            case AT_RISK -> state(GoalStanding.State.AT_RISK, messages);
            case OFF_TRACK -> state(GoalStanding.State.OFF_TRACK, messages);
            case NO_DATA -> state(GoalStanding.State.NO_DATA, messages);
        };
    }

    private static String objective(BusinessObjective objective, Locale locale) {
        GoalWizardMessages words = Bundles.of(GoalWizardMessages.class, locale);
        return switch (objective) {
            case SALES -> words.objective_sales();
            case TRAFFIC -> words.objective_traffic();
            case BRAND_AWARENESS -> words.objective_brand();
            case CUSTOMER_RELATIONS -> words.objective_customers();
        };
    }

    /** The note after an action the page was sent back to show; anything else shows none. */
    private static String notice(String done, GoalPageMessages messages) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> messages.done_created();
            case "archived" -> messages.done_archived();
            case "unarchived" -> messages.done_unarchived();
            case "deleted" -> messages.done_deleted();
            default -> null;
        };
    }

    /** A yes-or-no field: absent or {@code false} is no, {@code true} (or {@code on}, a ticked box) is yes. */
    private static boolean flag(String field, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("on")) {
            return true;
        }
        String shown = com.kpipulse.domain.input.InputProblem.excerpt(text);
        throw InvalidInput.of(field, "NOT_A_FLAG", Bundles.both(GoalPageMessages.class, texts -> texts.not_a_flag(shown)));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static GoalId goalId(String id) {
        try {
            return new GoalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No goal " + id);
        }
    }

    private static GoalPageMessages messages(Locale locale) {
        return Bundles.of(GoalPageMessages.class, locale);
    }
}

package com.kpipulse.web.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionChange;
import com.kpipulse.application.correction.ActionDraft;
import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.application.correction.ActionHistory;
import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.correction.ActionOutcome;
import com.kpipulse.application.correction.ActionProblem;
import com.kpipulse.application.correction.ActionQuery;
import com.kpipulse.application.correction.DraftFromAnalysis;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.correction.MeasureActionEffect;
import com.kpipulse.application.correction.ReadActions;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.access.CurrentReader;
import com.kpipulse.web.access.Parameters;
import com.kpipulse.web.analysis.CauseView;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The corrective actions on pages: the list ({@code /actions}, filtered by mine, overdue, goal and status, each row's
 * status changed in place with htmx, each done one with whether it worked or the day it is checked after), an action's page ({@code /actions/{id}}: what was decided, its comments and its
 * status history from the audit trail, and the form to change it), the form for a new one ({@code /actions/new},
 * pre-filled from a deviation's analysis when a KPI and a period are given) and the «Мои действия» block every
 * scorecard loads ({@code /actions/mine}). Who may do what is the application's to say
 * ({@link ActionRights}); pages only offer what it allows.
 */
@Path("/actions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST, Roles.VIEWER})
public class ActionPages {

    /** How far ahead a new action is due unless the person chooses otherwise. */
    static final int DEFAULT_DAYS = 14;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);

        static native TemplateInstance row(ActionRow row);

        static native TemplateInstance mine(List<ActionRow> rows);

        static native TemplateInstance form(ActionForm form);

        static native TemplateInstance detail(DetailView view, ActionForm form, ActionEffectContent.EffectView worked);
    }

    /** The list with its filters as chosen. */
    public record ListView(List<ActionRow> rows, boolean mine, boolean overdue, List<ActionForm.Choice> goals,
                           List<ActionForm.Choice> statuses, boolean mayPropose) {
    }

    /**
     * An action's page.
     *
     * @param goalHref "" when the action is for no goal the reader sees
     * @param kpiHref  "" when the action is for no KPI
     * @param effectWindow how long after its due date its effect is watched, to which day
     */
    public record DetailView(ActionRow row, String goal, String goalHref, String kpi, String kpiHref, String channels,
                             String hypothesis, String effect, String effectWindow, String created, String dropReason,
                             List<String> comments, List<String> history, String done, String problem,
                             boolean mayChange) {
    }

    @Inject
    ReadActions read;

    @Inject
    ManageActions manage;

    @Inject
    DraftFromAnalysis drafts;

    @Inject
    ManageGoals goals;

    @Inject
    MeasureActionEffect effects;

    @Inject
    ActionNames names;

    @Inject
    ActionFormContent content;

    @Inject
    CurrentReader reader;

    @Inject
    Ui ui;

    @GET
    public TemplateInstance list(@QueryParam("mine") String mine, @QueryParam("overdue") String overdue,
                                 @QueryParam("goal") String goal, @QueryParam("status") List<String> status) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        boolean onlyMine = ActionParameters.flag("mine", mine);
        boolean onlyOverdue = ActionParameters.flag("overdue", overdue);
        var chosenGoal = ActionParameters.goal(goal);
        var statuses = ActionParameters.statuses(status);
        List<Versioned<CorrectiveAction>> listed = read.list(who, new ActionQuery(onlyMine, onlyOverdue, chosenGoal,
                statuses));
        Map<ActionId, ActionEffect> worked = effects.ofDone(who, listed);
        List<ActionRow> rows = listed.stream().map(action -> ActionRow.from(action, who, read.today(), names, locale,
                "", Optional.ofNullable(worked.get(action.value().id())))).toList();
        List<ActionForm.Choice> goalChoices = goals.listed(who.claims()).stream()
                .map(kept -> new ActionForm.Choice(kept.value().id().value().toString(), kept.value().title(),
                        chosenGoal.equals(Optional.of(kept.value().id())))).toList();
        List<ActionForm.Choice> statusChoices = java.util.Arrays.stream(ActionStatus.values())
                .map(value -> new ActionForm.Choice(value.name(), value.label().in(locale), statuses.contains(value)))
                .toList();
        return ui.page(Templates.list(new ListView(rows, onlyMine, onlyOverdue, goalChoices, statusChoices,
                ActionRights.mayPropose(who))));
    }

    /** The «Мои действия» block of a scorecard: the reader's open actions, loaded after the page. */
    @GET
    @Path("mine")
    public Response mine(@HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        if (!Htmx.asked(htmx)) {
            return Response.seeOther(URI.create("/actions?mine=true")).build();
        }
        Reader who = reader.get();
        List<ActionRow> rows = read.openOf(who).stream().map(action -> ActionRow.from(action, who, read.today(), names,
                ui.locale(), "", Optional.empty())).toList();
        return Response.ok(ui.page(Templates.mine(rows))).build();
    }

    /** The form for a new action; with a KPI and a period, pre-filled from the deviation's analysis. */
    @GET
    @Path("new")
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public TemplateInstance form(@QueryParam("kpi") String kpi, @QueryParam("grain") String grain,
                                 @QueryParam("day") String day, @QueryParam("channel") String channel) {
        Reader who = reader.get();
        Optional<ActionDraft> draft = Optional.empty();
        if (kpi != null && !kpi.isBlank()) {
            Parameters.line("kpi", kpi, com.kpipulse.domain.input.TextInput.CODE);
            Grain shownGrain = Parameters.grain(grain, Grain.WEEK);
            Period period = Parameters.day("day", day).map(shown -> Period.of(shownGrain, shown))
                    .orElseGet(() -> Period.endingBy(shownGrain, read.today().minusDays(1)));
            draft = Optional.of(AccessAnswers.orRefuse(drafts.draft(who, kpi.strip(), period,
                    Parameters.channel(channel)), "KPI " + ActionParameters.shown(kpi)));
        }
        return ui.page(Templates.form(content.drafted(who, draft, ui.locale())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response create(@RestForm String title, @RestForm String goal, @RestForm String kpi,
                           @RestForm List<String> channels, @RestForm String owner, @RestForm String dueDate,
                           @RestForm String hypothesis, @RestForm String effectKpi, @RestForm String effectDirection,
                           @RestForm String effectSize, @RestForm String effectWindowDays) {
        Reader who = reader.get();
        ActionInput input = ActionFormContent.input(title, goal, kpi, channels, owner, dueDate, hypothesis, effectKpi,
                effectDirection, effectSize, effectWindowDays);
        return switch (manage.create(who, input)) {
            case ActionOutcome.Saved saved -> Response.seeOther(URI.create("/actions/" + saved.action().value().id()
                    + "?done=created")).build();
            case ActionOutcome.Rejected rejected -> Response.status(422).entity(ui.page(Templates.form(
                    content.typed(who, "", "", input, effectSize, rejected.problems(), ui.locale())))).build();
            case ActionOutcome.Denied denied -> throw new ForbiddenException("action for " + ActionParameters.shown(owner));
            case ActionOutcome.NotFound notFound -> throw new NotFoundException("action");
            case ActionOutcome.Stale stale -> throw new IllegalStateException("A new action cannot be stale");
        };
    }

    @GET
    @Path("{id}")
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        ActionId actionId = ActionParameters.id(id);
        ActionMessages texts = Bundles.of(ActionMessages.class, ui.locale());
        String said = "created".equals(done) ? texts.done_created() : "saved".equals(done) ? texts.done_saved() : "";
        return detailPage(actionId, said, "", Optional.empty());
    }

    /** The details changed on the action's page, at the version the form was read at. */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response edit(@PathParam("id") String id, @RestForm String version, @RestForm String title,
                         @RestForm String goal, @RestForm String kpi, @RestForm List<String> channels,
                         @RestForm String owner, @RestForm String dueDate, @RestForm String hypothesis,
                         @RestForm String effectKpi, @RestForm String effectDirection, @RestForm String effectSize,
                         @RestForm String effectWindowDays) {
        ActionId actionId = ActionParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        Reader who = reader.get();
        ActionInput input = ActionFormContent.input(title, goal, kpi, channels, owner, dueDate, hypothesis, effectKpi,
                effectDirection, effectSize, effectWindowDays);
        ActionMessages texts = Bundles.of(ActionMessages.class, ui.locale());
        return switch (manage.edit(who, actionId, expected, input)) {
            case ActionOutcome.Saved saved -> Response.seeOther(URI.create("/actions/" + id.strip() + "?done=saved"))
                    .build();
            case ActionOutcome.Rejected rejected -> Response.status(422).entity(detailPage(actionId, "",
                    texts.fix_fields(), Optional.of(content.typed(who, id.strip(), version, input, effectSize,
                            rejected.problems(), ui.locale())))).build();
            case ActionOutcome.Stale stale -> Response.status(409).entity(detailPage(actionId, "",
                    texts.stale(stale.currentVersion()), Optional.empty())).build();
            case ActionOutcome.Denied denied -> throw new ForbiddenException("action " + ActionParameters.shown(id));
            case ActionOutcome.NotFound notFound -> throw new NotFoundException("action " + ActionParameters.shown(id));
        };
    }

    /**
     * Moves the action to another status: htmx gets the action's row back (with the reason when refused), a plain
     * form the action's page.
     */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response status(@PathParam("id") String id, @RestForm String version, @RestForm String status,
                           @RestForm String dropReason, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        ActionId actionId = ActionParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        String reason = dropReason == null || dropReason.isBlank() ? null : dropReason;
        ActionOutcome outcome = manage.change(reader.get(), actionId, expected,
                ActionChange.status(status == null ? "" : status, reason));
        return answerOnPage(actionId, outcome, Htmx.asked(htmx));
    }

    @POST
    @Path("{id}/comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.ADMIN, Roles.MARKETING_HEAD, Roles.MARKETER, Roles.SMM_SPECIALIST})
    public Response comment(@PathParam("id") String id, @RestForm String version, @RestForm String text) {
        ActionId actionId = ActionParameters.id(id);
        ExpectedVersion expected = Versions.fromForm(version);
        return answerOnPage(actionId, manage.comment(reader.get(), actionId, expected, text == null ? "" : text), false);
    }

    private Response answerOnPage(ActionId id, ActionOutcome outcome, boolean htmx) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        return switch (outcome) {
            case ActionOutcome.Saved saved -> htmx
                    ? Response.ok(ui.page(Templates.row(row(saved.action(), who, locale, "")))).build()
                    : Response.seeOther(URI.create("/actions/" + id + "?done=saved")).build();
            case ActionOutcome.Rejected rejected -> {
                String reasons = String.join(" ", rejected.problems().stream()
                        .map(problem -> problem.reason().in(locale)).toList());
                yield htmx ? Response.status(422).entity(ui.page(Templates.row(current(id, who, locale, reasons))))
                        .build() : Response.status(422).entity(detailPage(id, "", reasons, Optional.empty())).build();
            }
            case ActionOutcome.Stale stale -> htmx
                    ? Response.status(409).entity(ui.page(Templates.row(current(id, who, locale,
                    texts.stale(stale.currentVersion()))))).build()
                    : Response.status(409).entity(detailPage(id, "", texts.stale(stale.currentVersion()),
                    Optional.empty())).build();
            case ActionOutcome.Denied denied -> throw new ForbiddenException("action " + id);
            case ActionOutcome.NotFound notFound -> throw new NotFoundException("action " + id);
        };
    }

    private ActionRow current(ActionId id, Reader who, Locale locale, String error) {
        return row(AccessAnswers.orRefuse(read.find(who, id), "action " + id), who, locale, error);
    }

    /** One action's row, with whether it worked once it is done. */
    private ActionRow row(Versioned<CorrectiveAction> action, Reader who, Locale locale, String error) {
        return ActionRow.from(action, who, read.today(), names, locale, error,
                Optional.ofNullable(effects.ofDone(who, List.of(action)).get(action.value().id())));
    }

    private TemplateInstance detailPage(ActionId id, String done, String problem, Optional<ActionForm> typed) {
        Reader who = reader.get();
        Locale locale = ui.locale();
        Versioned<CorrectiveAction> action = AccessAnswers.orRefuse(read.find(who, id), "action " + id);
        ActionHistory history = AccessAnswers.orRefuse(read.history(who, id), "action " + id);
        ActionEffect effect = AccessAnswers.orRefuse(effects.of(who, id), "action " + id);
        ActionRow row = ActionRow.from(action, who, read.today(), names, locale, "", Optional.of(effect));
        DetailView view = ActionDetailContent.view(action, history, row, who, names, done, problem, locale);
        ActionForm form = typed.orElseGet(() -> content.of(who, action, locale));
        return ui.page(Templates.detail(view, form, ActionEffectContent.view(effect, locale)));
    }

}

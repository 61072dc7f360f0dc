package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.KpiCatalogQuery;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.layout.Roles;
import com.kpipulse.web.layout.Ui;
import com.kpipulse.web.layout.Versions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin's goal wizard: objective → KPIs from the catalog → baseline and targets → phasing (even, seasonal, or by
 * hand with one input per week, prefilled with the even split) → owner, deadline and who sees it → review. SMART
 * findings (including the realism check against history and whether weeks typed by hand add up) update live as
 * fields change; a goal with an error is not stored. The same wizard edits a stored goal ({@code /admin/goals/<id>/edit})
 * with the goal's version in a hidden field, so two admins editing one goal cannot overwrite each other unawares.
 */
@Path("/admin/goals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class GoalWizardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wizard(GoalForm form, List<CatalogOption> catalog, Review review, String created,
                                              Edit edit);

        static native TemplateInstance wizard$review(GoalForm form, List<CatalogOption> catalog, Review review, String created);

        static native TemplateInstance wizard$manual(GoalForm form, List<CatalogOption> catalog, Review review, String created);

        static native TemplateInstance wizard$sums(GoalForm form, List<CatalogOption> catalog, Review review, String created);
    }

    /** The id of the weekly inputs' container; htmx names it in {@code HX-Trigger} when one of them changes. */
    static final String MANUAL = "manual-phasing";

    /** A KPI in the catalog search list: code plus names in both languages, so typing either finds it. */
    public record CatalogOption(String code, String label) {
    }

    /**
     * The live review: unreadable fields, SMART findings, the phasing preview of the first KPI with a target, and
     * the weekly inputs of each KPI phased by hand.
     */
    public record Review(List<GoalJson.FieldError> errors, List<FindingView> findings, String phasedKpi,
                         List<PeriodTarget> phasing, String phasingNote, List<ManualWeeks.Kpi> manual) {
        public boolean storable() {
            return errors.isEmpty() && findings.stream().noneMatch(finding -> finding.error());
        }
    }

    /**
     * The wizard editing a stored goal: its id (the form posts to {@code /admin/goals/<id>}), whether the last save
     * came too late (somebody else changed the goal after the form was filled), whether it was saved, and whether the
     * goal has settings the wizard cannot show (they would be replaced by the form's).
     */
    public record Edit(String id, boolean stale, boolean saved, boolean lossy) {
    }

    /** A finding with its severity as words (not colour alone). */
    public record FindingView(String severity, boolean error, String text) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    PreviewPhasing phasing;

    @Inject
    KpiCatalogQuery catalog;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    @Path("new")
    public TemplateInstance form(@QueryParam("created") String created) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        GoalForm form = GoalForm.empty(identity.getPrincipal().getName(), start.toString(),
                start.plusMonths(3).minusDays(1).toString());
        return ui.page(Templates.wizard(form, options(), null, created, null));
    }

    /** A stored goal in the wizard, with its version in a hidden field. */
    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
        Versioned<Goal> goal = goals.find(goalId(id), identity.getRoles())
                .orElseThrow(() -> new NotFoundException("No goal " + id));
        GoalForm form = GoalForm.of(goal.value(), goal.version());
        Edit edit = new Edit(id, false, saved != null, !form.represents(goal.value()));
        return ui.page(Templates.wizard(form, options(), review(form, goal.value().id()).review(), null, edit));
    }

    /**
     * Saves the edited goal at the version the form was filled at. When somebody else changed the goal in between,
     * nothing is stored: the form comes back as typed, with 409 and the reader's-language note to reload.
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> fields,
                           @HeaderParam("HX-Request") String htmx) {
        GoalId goalId = goalId(id);
        GoalForm form = GoalForm.from(fields);
        Checked checked = review(form, goalId);
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.update(checked.goal().get(), Versions.fromForm(form.version()),
                    identity.getPrincipal().getName());
            switch (outcome) {
                case GoalOutcome.Saved saved -> {
                    URI next = URI.create("/admin/goals/" + id + "/edit?saved=" + saved.version());
                    return htmx != null ? Response.ok().header("HX-Redirect", next.toString()).build()
                            : Response.seeOther(next).build();
                }
                case GoalOutcome.Stale stale -> {
                    return Response.status(Response.Status.CONFLICT).entity(ui.page(Templates.wizard(form, options(),
                            checked.review(), null, new Edit(id, true, false, false)))).build();
                }
                case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
                case GoalOutcome.Rejected rejected -> {
                    // the findings were errors after all (the history moved on since the review): shown below
                }
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(), null,
                new Edit(id, false, false, false)))).build();
    }

    /**
     * The live review, plus (swapped out of band) the weekly inputs: all of them, as the weeks or KPIs may have
     * changed; or, while the admin types into them, only the sums, so the inputs being typed in stay as they are.
     */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String check(MultivaluedMap<String, String> fields, @HeaderParam("HX-Trigger") String trigger) {
        GoalForm form = GoalForm.from(fields);
        Review review = review(form).review();
        List<CatalogOption> options = options();
        TemplateInstance manual = MANUAL.equals(trigger) ? Templates.wizard$sums(form, options, review, null)
                : Templates.wizard$manual(form, options, review, null);
        return ui.page(Templates.wizard$review(form, options, review, null)).render() + ui.page(manual).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields, @HeaderParam("HX-Request") String htmx) {
        GoalForm form = GoalForm.from(fields);
        Versions.fromForm(form.version()); // a new goal has no version yet: anything but nothing was not our form's
        Checked checked = review(form);
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.create(checked.goal().get(), identity.getPrincipal().getName());
            if (outcome instanceof GoalOutcome.Saved saved) {
                URI next = URI.create("/admin/goals/new?created=" + saved.goal().id().value());
                return htmx != null ? Response.ok().header("HX-Redirect", next.toString()).build()
                        : Response.seeOther(next).build();
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(), null, null))).build();
    }

    private record Checked(Optional<Goal> goal, Review review) {
    }

    /**
     * Reads and checks the form. Phased by hand, the goal is checked with what the weekly inputs show: the figures
     * typed, and the even split for weeks not typed yet (just switched to "by hand", or a later deadline).
     */
    private Checked review(GoalForm typed) {
        return review(typed, new GoalId(UUID.randomUUID()));
    }

    /** {@link #review(GoalForm)} of the goal with this id. */
    private Checked review(GoalForm typed, GoalId id) {
        Locale locale = ui.locale();
        GoalForm form = typed;
        List<ManualWeeks.Kpi> manual = List.of();
        if (typed.manual()) {
            Optional<Goal> even = typed.withPhasing("EVEN").toGoal(new ArrayList<>());
            if (even.isPresent()) {
                ManualWeeks weeks = ManualWeeks.of(typed, even.get(), phasing, catalog, locale);
                manual = weeks.kpis();
                form = typed.withParts(weeks.values());
            }
        }
        List<GoalJson.FieldError> errors = new ArrayList<>();
        Optional<Goal> goal = form.toGoal(id, errors);
        if (goal.isEmpty()) {
            return new Checked(goal, new Review(errors, List.of(), null, List.of(), null, manual));
        }
        List<FindingView> findings = goals.check(goal.get()).stream().map(finding -> view(finding, locale)).toList();
        Optional<GoalKpi> first = goal.get().kpis().stream().filter(kpi -> kpi.target().isPresent()).findFirst();
        if (first.isEmpty()) {
            return new Checked(goal, new Review(errors, findings, null, List.of(), null, manual));
        }
        String name = catalog.find(first.get().kpi().value()).map(kpi -> kpi.name(locale)).orElse(first.get().kpi().value());
        return switch (phasing.preview(goal.get(), first.get())) {
            case PhasingResult.Phased phased ->
                    new Checked(goal, new Review(errors, findings, name, phased.target().parts(), null, manual));
            case PhasingResult.NotPhased notPhased ->
                    new Checked(goal, new Review(errors, findings, name, List.of(), notPhased.reason().in(locale), manual));
        };
    }

    private static FindingView view(SmartFinding finding, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        String severity = switch (finding.severity()) {
            case ERROR -> english ? "✕ Error" : "✕ Ошибка";
            case WARNING -> english ? "! Warning" : "! Предупреждение";
            case INFO -> english ? "i Note" : "i Справка";
        };
        return new FindingView(severity, finding.severity() == Severity.ERROR, finding.reason(locale));
    }

    private static GoalId goalId(String id) {
        try {
            return new GoalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No goal " + id);
        }
    }

    private List<CatalogOption> options() {
        Locale locale = ui.locale();
        return catalog.all().stream().map(kpi -> option(kpi, locale)).toList();
    }

    private static CatalogOption option(KpiDefinition kpi, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? kpi.nameRu() : kpi.nameEn();
        return new CatalogOption(kpi.code().value(), kpi.name(locale) + " · " + other);
    }
}

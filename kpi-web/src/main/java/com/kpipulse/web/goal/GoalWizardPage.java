package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.goal.GoalOwners.Owners;
import com.kpipulse.web.goal.GoalWizardCheck.Checked;
import com.kpipulse.web.goal.GoalWizardCheck.Review;
import com.kpipulse.web.page.Htmx;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.page.Versions;
import com.kpipulse.web.security.Roles;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The admin's goal wizard: objective → KPIs from the catalog, found by their names → baseline and targets → phasing
 * (even, seasonal, or by hand with one input per week, prefilled with the even split) → owner (a person of the realm),
 * deadline and who sees it → review. SMART findings (including the realism check against history, whether weeks typed
 * by hand add up, and another goal on the same KPI and days) update live as fields change; a goal with an error is not
 * stored. A stored goal lands on its page. The same wizard edits a stored goal ({@code /admin/goals/<id>/edit}) with
 * the goal's version in a hidden field, so two admins editing one goal cannot overwrite each other unawares. Every
 * address a form posts to also answers a GET with the wizard, so reloading after a refused save never meets a
 * "method not allowed". The form is read and checked by {@link GoalWizardCheck}, owners offered by {@link GoalOwners}.
 */
@Path("/admin/goals")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class GoalWizardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance wizard(GoalForm form, List<CatalogOption> catalog, Review review, Edit edit,
                                              Owners owners);

        static native TemplateInstance wizard$review(GoalForm form, List<CatalogOption> catalog, Review review, Edit edit,
                                                     Owners owners);

        static native TemplateInstance wizard$manual(GoalForm form, List<CatalogOption> catalog, Review review, Edit edit,
                                                     Owners owners);

        static native TemplateInstance wizard$sums(GoalForm form, List<CatalogOption> catalog, Review review, Edit edit,
                                                   Owners owners);

        static native TemplateInstance wizard$baseline(GoalForm form, List<CatalogOption> catalog, Review review, Edit edit,
                                                       Owners owners);
    }

    /** The id of the weekly inputs' container; htmx names it in {@code HX-Trigger} when one of them changes. */
    static final String MANUAL = "manual-phasing";

    /** A KPI in the catalog list: its name in the reader's language, and both names and the code to search by. */
    public record CatalogOption(String value, String label) {
    }

    /**
     * The wizard editing a stored goal: its id (the form posts to {@code /admin/goals/<id>}), whether the last save
     * came too late (somebody else changed the goal after the form was filled), whether it was saved, and whether the
     * goal has settings the wizard cannot show (they would be replaced by the form's).
     */
    public record Edit(String id, boolean stale, boolean saved, boolean lossy) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    GoalWizardCheck check;

    @Inject
    GoalOwners owners;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    Ui ui;

    @GET
    @Path("new")
    public TemplateInstance form() {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.withDayOfMonth(1).plusMonths(1);
        GoalForm form = GoalForm.empty(identity.getPrincipal().getName(), start.toString(),
                start.plusMonths(3).minusDays(1).toString());
        return ui.page(Templates.wizard(form, options(), null, null, owners.choices(form.owner(), Optional.empty())));
    }

    /** Where a new goal's form posts: reloaded as a GET (after a refused save, say), the empty wizard. */
    @GET
    public TemplateInstance formAgain() {
        return form();
    }

    /** A stored goal in the wizard, with its version in a hidden field. */
    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id, @QueryParam("saved") String saved) {
        Versioned<Goal> goal = goals.find(GoalParameters.goalId(id), identity.getRoles())
                .orElseThrow(() -> new NotFoundException("No goal " + id));
        GoalForm form = check.form(goal);
        Edit edit = new Edit(id, false, saved != null, !check.shows(form, goal.value()));
        Optional<String> owner = Optional.of(goal.value().owner());
        return ui.page(Templates.wizard(form, options(), check.check(form, goal.value().id(), owner).review(), edit,
                owners.choices(form.owner(), owner)));
    }

    /** Where a stored goal's form posts: reloaded as a GET, the goal in the wizard as it is stored. */
    @GET
    @Path("{id}")
    public TemplateInstance editAgain(@PathParam("id") String id) {
        return edit(id, null);
    }

    /**
     * Saves the edited goal at the version the form was filled at. When somebody else changed the goal in between,
     * nothing is stored: the form comes back as typed, with 409 and the reader's-language note to reload.
     */
    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, MultivaluedMap<String, String> fields,
                           @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        GoalId goalId = GoalParameters.goalId(id);
        Optional<String> stored = goals.find(goalId, identity.getRoles()).map(goal -> goal.value().owner());
        GoalForm form = check.read(fields);
        Checked checked = check.check(form, goalId, stored);
        Owners choices = owners.choices(form.owner(), stored);
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.update(checked.goal().get(), Versions.fromForm(form.version()),
                    identity.getPrincipal().getName());
            switch (outcome) {
                case GoalOutcome.Saved saved -> {
                    return redirect(URI.create("/admin/goals/" + id + "/edit?saved=" + saved.version()), htmx);
                }
                case GoalOutcome.Stale stale -> {
                    return Response.status(Response.Status.CONFLICT).entity(ui.page(Templates.wizard(form, options(),
                            checked.review(), new Edit(id, true, false, false), choices))).build();
                }
                case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
                case GoalOutcome.Rejected rejected -> {
                    // the findings were errors after all (the history moved on since the review): shown below
                }
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(),
                new Edit(id, false, false, false), choices))).build();
    }

    /**
     * The live review, plus (swapped out of band) the baseline's problem beside it and the weekly inputs: all of
     * them, as the weeks or KPIs may have changed; or, while the admin types into them, only the sums, so the inputs
     * being typed in stay as they are.
     */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public String check(MultivaluedMap<String, String> fields, @HeaderParam("HX-Trigger") String trigger) {
        GoalForm form = check.read(fields);
        Review review = check.check(form, new GoalId(UUID.randomUUID()), Optional.empty()).review();
        List<CatalogOption> options = options();
        TemplateInstance manual = MANUAL.equals(trigger) ? Templates.wizard$sums(form, options, review, null, null)
                : Templates.wizard$manual(form, options, review, null, null);
        return ui.page(Templates.wizard$review(form, options, review, null, null)).render()
                + ui.page(Templates.wizard$baseline(form, options, review, null, null)).render()
                + ui.page(manual).render();
    }

    /** Stores a new goal and shows its page; a goal with an error comes back in the wizard, as typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields, @HeaderParam(Htmx.REQUEST_HEADER) String htmx) {
        GoalForm form = check.read(fields);
        Versions.fromForm(form.version()); // a new goal has no version yet: anything but nothing was not our form's
        Checked checked = check.check(form, new GoalId(UUID.randomUUID()), Optional.empty());
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.create(checked.goal().get(), identity.getPrincipal().getName());
            if (outcome instanceof GoalOutcome.Saved saved) {
                return redirect(URI.create("/goals/" + saved.goal().id().value() + "?done=created"), htmx);
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(), null,
                owners.choices(form.owner(), Optional.empty())))).build();
    }

    private static Response redirect(URI next, String htmx) {
        return Htmx.asked(htmx) ? Response.ok().header("HX-Redirect", next.toString()).build() : Response.seeOther(next).build();
    }

    private List<CatalogOption> options() {
        Locale locale = ui.locale();
        return catalog.all().stream().map(kpi -> option(kpi, locale)).toList();
    }

    private static CatalogOption option(KpiDefinition kpi, Locale locale) {
        return new CatalogOption(kpi.name(locale), KpiField.label(kpi));
    }
}

package com.kpipulse.web.goal;

import com.kpipulse.web.page.Htmx;

import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.people.People;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.web.text.Bundles;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin's goal wizard: objective → KPIs from the catalog, found by their names → baseline and targets → phasing
 * (even, seasonal, or by hand with one input per week, prefilled with the even split) → owner (a person of the realm),
 * deadline and who sees it → review. SMART findings (including the realism check against history, whether weeks typed
 * by hand add up, and another goal on the same KPI and days) update live as fields change; a goal with an error is not
 * stored. A stored goal lands on its page. The same wizard edits a stored goal ({@code /admin/goals/<id>/edit}) with
 * the goal's version in a hidden field, so two admins editing one goal cannot overwrite each other unawares. Every
 * address a form posts to also answers a GET with the wizard, so reloading after a refused save never meets a
 * "method not allowed".
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

    private static final Pattern KPI_FIELD = Pattern.compile("kpis\\[(\\d+)].*");

    /** A KPI in the catalog list: its name in the reader's language, and both names and the code to search by. */
    public record CatalogOption(String value, String label) {
    }

    /** A field that cannot be read: its label in words (not its code) and why. */
    public record ErrorView(String field, String label, String text) {
    }

    /**
     * The live review: unreadable fields, SMART findings, the phasing preview of the first KPI with a target, and
     * the weekly inputs of each KPI phased by hand.
     */
    public record Review(List<ErrorView> errors, List<FindingView> findings, String phasedKpi,
                         List<PeriodTarget> phasing, String phasingNote, List<ManualWeeks.Kpi> manual) {
        public boolean storable() {
            return errors.isEmpty() && findings.stream().noneMatch(finding -> finding.error());
        }

        /** Why the baseline cannot be read, shown beside it; null when it can. */
        public String baselineError() {
            return errors.stream().filter(error -> error.field().startsWith("baseline")).map(ErrorView::text)
                    .findFirst().orElse(null);
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

    /** The people a goal's owner is chosen from, and a note when the list is not the realm's. */
    public record Owners(List<OwnerChoice> choices, String note) {
    }

    /** A person to choose as the owner; {@code chosen} when the form names them. */
    public record OwnerChoice(String login, String label, boolean chosen) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    PreviewPhasing phasing;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    People people;

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
        return ui.page(Templates.wizard(form, options(), null, null, owners(form.owner(), Optional.empty())));
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
        Versioned<Goal> goal = goals.find(goalId(id), identity.getRoles())
                .orElseThrow(() -> new NotFoundException("No goal " + id));
        KpiField kpis = kpis();
        GoalForm form = GoalForm.of(goal.value(), goal.version(), kpis, ui.locale());
        Edit edit = new Edit(id, false, saved != null, !form.represents(goal.value(), kpis));
        return ui.page(Templates.wizard(form, options(), review(form, goal.value().id(), Optional.of(goal.value().owner()))
                .review(), edit, owners(form.owner(), Optional.of(goal.value().owner()))));
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
        GoalId goalId = goalId(id);
        Optional<String> stored = goals.find(goalId, identity.getRoles()).map(goal -> goal.value().owner());
        GoalForm form = GoalForm.from(fields, kpis(), ui.locale());
        Checked checked = review(form, goalId, stored);
        Owners owners = owners(form.owner(), stored);
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.update(checked.goal().get(), Versions.fromForm(form.version()),
                    identity.getPrincipal().getName());
            switch (outcome) {
                case GoalOutcome.Saved saved -> {
                    return redirect(URI.create("/admin/goals/" + id + "/edit?saved=" + saved.version()), htmx);
                }
                case GoalOutcome.Stale stale -> {
                    return Response.status(Response.Status.CONFLICT).entity(ui.page(Templates.wizard(form, options(),
                            checked.review(), new Edit(id, true, false, false), owners))).build();
                }
                case GoalOutcome.NotFound notFound -> throw new NotFoundException("No goal " + id);
                case GoalOutcome.Rejected rejected -> {
                    // the findings were errors after all (the history moved on since the review): shown below
                }
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(),
                new Edit(id, false, false, false), owners))).build();
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
        GoalForm form = GoalForm.from(fields, kpis(), ui.locale());
        Review review = review(form, new GoalId(UUID.randomUUID()), Optional.empty()).review();
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
        GoalForm form = GoalForm.from(fields, kpis(), ui.locale());
        Versions.fromForm(form.version()); // a new goal has no version yet: anything but nothing was not our form's
        Checked checked = review(form, new GoalId(UUID.randomUUID()), Optional.empty());
        if (checked.goal().isPresent() && checked.review().storable()) {
            GoalOutcome outcome = goals.create(checked.goal().get(), identity.getPrincipal().getName());
            if (outcome instanceof GoalOutcome.Saved saved) {
                return redirect(URI.create("/goals/" + saved.goal().id().value() + "?done=created"), htmx);
            }
        }
        return Response.status(422).entity(ui.page(Templates.wizard(form, options(), checked.review(), null,
                owners(form.owner(), Optional.empty())))).build();
    }

    private static Response redirect(URI next, String htmx) {
        return Htmx.asked(htmx) ? Response.ok().header("HX-Redirect", next.toString()).build() : Response.seeOther(next).build();
    }

    private record Checked(Optional<Goal> goal, Review review) {
    }

    /**
     * Reads and checks the form of the goal with this id. Phased by hand, the goal is checked with what the weekly
     * inputs show: the figures typed, and the even split for weeks not typed yet (just switched to "by hand", or a
     * later deadline). The owner must be a person of the realm, or the one the stored goal already names.
     */
    private Checked review(GoalForm typed, GoalId id, Optional<String> storedOwner) {
        Locale locale = ui.locale();
        KpiField kpis = kpis();
        GoalForm form = typed;
        List<ManualWeeks.Kpi> manual = List.of();
        if (typed.manual()) {
            Optional<Goal> even = typed.withPhasing("EVEN").toGoal(kpis, new ArrayList<>());
            if (even.isPresent()) {
                ManualWeeks weeks = ManualWeeks.of(typed, even.get(), phasing, catalog, locale);
                manual = weeks.kpis();
                form = typed.withParts(weeks.values());
            }
        }
        List<GoalJson.FieldError> errors = new ArrayList<>();
        ownerProblem(form.owner(), storedOwner).ifPresent(errors::add);
        Optional<Goal> goal = form.toGoal(id, kpis, errors);
        List<ErrorView> shown = errors.stream().map(error -> view(error, locale)).toList();
        if (goal.isEmpty() || !errors.isEmpty()) {
            return new Checked(Optional.empty(), new Review(shown, List.of(), null, List.of(), null, manual));
        }
        List<FindingView> findings = goals.check(goal.get()).stream().map(finding -> view(finding, locale)).toList();
        Optional<GoalKpi> first = goal.get().kpis().stream().filter(kpi -> kpi.target().isPresent()).findFirst();
        if (first.isEmpty()) {
            return new Checked(goal, new Review(shown, findings, null, List.of(), null, manual));
        }
        String name = catalog.find(first.get().kpi().value()).map(kpi -> kpi.name(locale)).orElse(first.get().kpi().value());
        return switch (phasing.preview(goal.get(), first.get())) {
            case PhasingResult.Phased phased ->
                    new Checked(goal, new Review(shown, findings, name, phased.target().parts(), null, manual));
            case PhasingResult.NotPhased notPhased ->
                    new Checked(goal, new Review(shown, findings, name, List.of(), notPhased.reason().in(locale), manual));
        };
    }

    /** An owner the form did not offer: not a person of the realm (when its people are known) nor the stored one. */
    private Optional<GoalJson.FieldError> ownerProblem(String owner, Optional<String> storedOwner) {
        if (owner == null || owner.isBlank() || storedOwner.filter(owner::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<List<Person>> everyone = people.everyone();
        if (everyone.isEmpty() || everyone.get().stream().anyMatch(person -> person.login().equals(owner))) {
            return Optional.empty();
        }
        String shown = InputProblem.excerpt(owner);
        return Optional.of(GoalJson.FieldError.of("owner", "UNKNOWN_OWNER", texts -> texts.owner_unknown(shown)));
    }

    private ErrorView view(GoalJson.FieldError error, Locale locale) {
        GoalWizardMessages messages = messages(locale);
        String field = error.field();
        Matcher kpi = KPI_FIELD.matcher(field);
        String label = kpi.matches() ? messages.kpi_n(Integer.parseInt(kpi.group(1)) + 1)
                : field.startsWith("baseline") ? messages.baseline()
                : switch (field) {
                    case "title" -> messages.goal_title();
                    case "objective" -> messages.objective();
                    case "owner" -> messages.owner();
                    case "start" -> messages.start();
                    case "deadline" -> messages.deadline();
                    case "id", "version" -> messages.field_version();
                    case "kpis" -> messages.step_kpis();
                    default -> field.startsWith("visibleTo") ? messages.visible_to() : messages.step_kpis();
                };
        return new ErrorView(field, label, error.message(locale));
    }

    private FindingView view(SmartFinding finding, Locale locale) {
        GoalWizardMessages messages = messages(locale);
        String severity = switch (finding.severity()) {
            case ERROR -> messages.severity_error();
            case WARNING -> messages.severity_warning();
            case INFO -> messages.severity_info();
        };
        return new FindingView(severity, finding.severity() == Severity.ERROR, finding.reason(locale));
    }

    /**
     * The people to choose the owner from: the realm's, plus the owner the form names when the realm does not know
     * them (a stored owner who left stays visible); without the realm's list, that owner and the person signed in.
     */
    private Owners owners(String owner, Optional<String> storedOwner) {
        GoalWizardMessages messages = messages(ui.locale());
        List<OwnerChoice> choices = new ArrayList<>();
        Optional<List<Person>> everyone = people.everyone();
        everyone.ifPresent(list -> list.forEach(person -> choices.add(new OwnerChoice(person.login(), person.name(),
                person.login().equals(owner)))));
        List<String> others = new ArrayList<>();
        if (owner != null && !owner.isBlank()) {
            others.add(owner);
        }
        storedOwner.ifPresent(others::add);
        if (everyone.isEmpty()) {
            others.add(identity.getPrincipal().getName());
        }
        for (String login : others) {
            if (choices.stream().noneMatch(choice -> choice.login().equals(login))) {
                choices.add(new OwnerChoice(login, everyone.isPresent() ? messages.owner_not_listed(login) : login,
                        login.equals(owner)));
            }
        }
        return new Owners(choices, everyone.isPresent() ? null : messages.owners_unavailable());
    }

    private static GoalId goalId(String id) {
        try {
            return new GoalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No goal " + id);
        }
    }

    private KpiField kpis() {
        return new KpiField(catalog.all());
    }

    private List<CatalogOption> options() {
        Locale locale = ui.locale();
        return catalog.all().stream().map(kpi -> option(kpi, locale)).toList();
    }

    private static CatalogOption option(KpiDefinition kpi, Locale locale) {
        return new CatalogOption(kpi.name(locale), KpiField.label(kpi));
    }

    private static GoalWizardMessages messages(Locale locale) {
        return Bundles.of(GoalWizardMessages.class, locale);
    }
}

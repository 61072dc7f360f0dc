package com.kpipulse.web.goal;

import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PreviewPhasing;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.web.page.Ui;
import com.kpipulse.web.text.Bundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the goal wizard's form and checks the goal it describes into the review the wizard shows: the fields that
 * cannot be read (labelled in words), the SMART findings, the phasing preview and the weekly inputs.
 */
@RequestScoped
public class GoalWizardCheck {

    private static final Pattern KPI_FIELD = Pattern.compile("kpis\\[(\\d+)].*");

    /** A field that cannot be read: its label in words (not its code) and why. */
    public record ErrorView(String field, String label, String text) {
    }

    /** A finding with its severity as words (not colour alone). */
    public record FindingView(String severity, boolean error, String text) {
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

    /** The goal the form describes, when it can be read, and its review. */
    record Checked(Optional<Goal> goal, Review review) {
    }

    @Inject
    ManageGoals goals;

    @Inject
    PreviewPhasing phasing;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    GoalOwners owners;

    @Inject
    Ui ui;

    /** The form as typed. */
    GoalForm read(MultivaluedMap<String, String> fields) {
        return GoalForm.from(fields, kpis(), ui.locale());
    }

    /** A stored goal in the form, with its version for the hidden field. */
    GoalForm form(Versioned<Goal> goal) {
        return GoalForm.of(goal.value(), goal.version(), kpis(), ui.locale());
    }

    /** Whether the form shows all of the goal: else saving it would replace what the wizard cannot show. */
    boolean shows(GoalForm form, Goal goal) {
        return form.represents(goal, kpis());
    }

    /**
     * Reads and checks the form of the goal with this id. Phased by hand, the goal is checked with what the weekly
     * inputs show: the figures typed, and the even split for weeks not typed yet (just switched to "by hand", or a
     * later deadline). The owner must be a person of the realm, or the one the stored goal already names.
     */
    Checked check(GoalForm typed, GoalId id, Optional<String> storedOwner) {
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
        owners.problem(form.owner(), storedOwner).ifPresent(errors::add);
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

    private KpiField kpis() {
        return new KpiField(catalog.all());
    }

    private static ErrorView view(GoalJson.FieldError error, Locale locale) {
        GoalWizardMessages messages = Bundles.of(GoalWizardMessages.class, locale);
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

    private static FindingView view(SmartFinding finding, Locale locale) {
        GoalWizardMessages messages = Bundles.of(GoalWizardMessages.class, locale);
        String severity = switch (finding.severity()) {
            case ERROR -> messages.severity_error();
            case WARNING -> messages.severity_warning();
            case INFO -> messages.severity_info();
        };
        return new FindingView(severity, finding.severity() == Severity.ERROR, finding.reason(locale));
    }
}

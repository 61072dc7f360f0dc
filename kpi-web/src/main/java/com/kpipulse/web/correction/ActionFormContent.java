package com.kpipulse.web.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionDraft;
import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.correction.ActionProblem;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.ReadKpiCatalog;
import com.kpipulse.application.people.People;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectWindow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.web.analysis.CauseView;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Names;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the action form shows: a new action (pre-filled from a deviation's analysis, or empty but for its owner and a
 * due date two weeks ahead), an action as stored, or what was typed with each field's reason after a refused save.
 * The choices are what the writer may choose: goals they see, KPIs they read, the catalog's channels, and as owner
 * anybody of the realm, or themselves alone when their role proposes actions only for themselves. The expected
 * effect's size is typed in per cent.
 */
@ApplicationScoped
public class ActionFormContent {

    /** What the window field shows for a new action. */
    private static final String STANDARD_WINDOW = Integer.toString(EffectWindow.STANDARD);

    @Inject
    ManageGoals goals;

    @Inject
    ReadKpiCatalog catalog;

    @Inject
    ActionRights rights;

    @Inject
    People people;

    @Inject
    ActionNames names;

    @Inject
    com.kpipulse.application.correction.ReadActions read;

    /** A new action's form, pre-filled from the draft when there is one. */
    ActionForm drafted(Reader writer, Optional<ActionDraft> draft, Locale locale) {
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        String due = read.today().plusDays(ActionPages.DEFAULT_DAYS).toString();
        if (draft.isEmpty()) {
            ActionInput empty = new ActionInput("", null, null, List.of(), writer.name(), due, "", null, null, null,
                    STANDARD_WINDOW);
            return form(writer, "", "", empty, "", "", "", Map.of(), "", locale);
        }
        ActionDraft drafted = draft.get();
        String kpiName = names.kpi(drafted.kpi().value(), locale);
        String cause = drafted.cause().map(why -> CauseView.of(why, locale).label()).orElse("");
        String title = cause.isEmpty() ? kpiName : texts.prefilled_title(kpiName, cause);
        ActionInput input = new ActionInput(title, drafted.goal().map(goal -> goal.value().toString()).orElse(null),
                drafted.kpi().value(), drafted.channels(), writer.name(), due, drafted.hypothesis(locale),
                null, null, null, STANDARD_WINDOW);
        return form(writer, "", "", input, "", texts.prefilled(kpiName, drafted.period().label(locale)),
                cause.isEmpty() ? "" : texts.prefilled_cause(cause), Map.of(), "", locale);
    }

    /** The form of a stored action, to change it. */
    ActionForm of(Reader writer, Versioned<CorrectiveAction> action, Locale locale) {
        ActionInput input = ActionInput.of(action.value().details());
        String percent = action.value().details().effect()
                .map(effect -> effect.size().movePointRight(2).stripTrailingZeros().toPlainString()).orElse("");
        return form(writer, action.value().id().toString(), Long.toString(action.version()), input, percent, "", "",
                Map.of(), "", locale);
    }

    /**
     * A refusal of an action as a form says it: a form takes the effect's size in per cent, so its reason speaks of
     * per cent, not of the share the API takes; every other reason as the rules say it.
     */
    public static String asTyped(com.kpipulse.domain.text.Message reason, Locale locale) {
        return reason.code().equals("action.effect_size")
                ? Bundles.of(ActionMessages.class, locale).effect_size_percent() : reason.in(locale);
    }

    /** What was typed, with each field's reason. */
    ActionForm typed(Reader writer, String id, String version, ActionInput input, String effectSize,
                     List<ActionProblem> problems, Locale locale) {
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        Map<String, String> errors = new LinkedHashMap<>();
        for (ActionProblem problem : problems) {
            errors.merge(problem.field(), asTyped(problem.reason(), locale), (first, second) -> first + " " + second);
        }
        return form(writer, id, version == null ? "" : version, input, effectSize == null ? "" : effectSize, "", "",
                errors, texts.fix_fields(), locale);
    }

    /** The action as a form sends it; the effect's size typed in per cent becomes a share. */
    public static ActionInput input(String title, String goal, String kpi, List<String> channels, String owner, String due,
                             String hypothesis, String effectKpi, String effectDirection, String effectSize,
                             String effectWindowDays) {
        return new ActionInput(title, goal, kpi, channels, owner, due, hypothesis, effectKpi, effectDirection,
                share(effectSize), effectWindowDays);
    }

    private static String share(String percent) {
        if (percent == null || percent.isBlank()) {
            return percent;
        }
        return switch (DecimalInput.parse(percent.replace(',', '.'))) {
            case DecimalInput.Parsed parsed -> parsed.value().movePointLeft(2).stripTrailingZeros().toPlainString();
            case DecimalInput.Refused refused -> percent;
        };
    }

    private ActionForm form(Reader writer, String id, String version, ActionInput input, String effectSize,
                            String note, String cause, Map<String, String> errors, String problem, Locale locale) {
        List<ActionForm.Choice> goalChoices = goals.listed(writer.claims()).stream()
                .map(goal -> new ActionForm.Choice(goal.value().id().value().toString(), goal.value().title(),
                        goal.value().id().value().toString().equals(input.goal()))).toList();
        List<ActionForm.Choice> kpiChoices = kpis(writer, input.kpi(), locale);
        List<ActionForm.Choice> effectKpis = kpis(writer, input.effectKpi(), locale);
        List<ActionForm.Choice> channelChoices = Names.channels().all().stream()
                .map(channel -> new ActionForm.Choice(channel.code(), channel.name().in(locale),
                        input.channels().contains(channel.code()))).toList();
        Optional<List<Person>> everyone = people.everyone();
        List<ActionForm.Choice> owners = new ArrayList<>();
        everyone.ifPresent(list -> list.stream()
                .filter(person -> ActionRights.mayAssignTo(writer, person.login()))
                .forEach(person -> owners.add(new ActionForm.Choice(person.login(), person.name(),
                        person.login().equalsIgnoreCase(input.owner())))));
        if (owners.stream().noneMatch(ActionForm.Choice::chosen) && input.owner() != null && !input.owner().isBlank()) {
            owners.add(new ActionForm.Choice(input.owner(), names.person(input.owner()), true));
        }
        String peopleNote = everyone.isPresent() ? "" : Bundles.of(ActionMessages.class, locale).people_unavailable();
        return new ActionForm(id, version, orEmpty(input.title()), orEmpty(input.goal()), orEmpty(input.kpi()),
                goalChoices, kpiChoices, channelChoices, owners, orEmpty(input.due()), orEmpty(input.hypothesis()),
                orEmpty(input.effectKpi()), orEmpty(input.effectDirection()), effectSize, effectKpis,
                orEmpty(input.effectWindowDays()), note, cause,
                peopleNote, errors, problem);
    }

    private List<ActionForm.Choice> kpis(Reader writer, String chosen, Locale locale) {
        return catalog.all().stream().filter(kpi -> rights.mayLinkKpi(writer, kpi.code().value()))
                .map(kpi -> new ActionForm.Choice(kpi.code().value(), kpi.name(locale), kpi.code().value().equals(chosen)))
                .sorted(java.util.Comparator.comparing(ActionForm.Choice::label, java.text.Collator.getInstance(locale)))
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

}

package com.kpipulse.web.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionHistory;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** An action's page as the reader reads it: everything by its name, dates and times in their language. */
final class ActionDetailContent {

    private ActionDetailContent() {
    }

    static ActionPages.DetailView view(Versioned<CorrectiveAction> versioned, ActionHistory history, ActionRow row,
                                       Reader reader, ActionNames names, String done, String problem, Locale locale) {
        ActionMessages texts = Bundles.of(ActionMessages.class, locale);
        CorrectiveAction action = versioned.value();
        ActionDetails details = action.details();
        String goal = details.goal().flatMap(id -> names.goal(id, reader.claims())).orElse("");
        String goalHref = goal.isEmpty() ? "" : "/goals/" + details.goal().orElseThrow().value();
        String kpi = details.kpi().map(code -> names.kpi(code.value(), locale)).orElse("");
        String kpiHref = details.kpi().map(code -> "/kpis/" + URLEncoder.encode(code.value(), StandardCharsets.UTF_8))
                .orElse("");
        String channels = details.channels().isEmpty() ? texts.all_channels()
                : String.join(", ", details.channels().stream().map(code -> names.channel(code, locale)).toList());
        String effect = details.effect().map(expected -> texts.effect(names.kpi(expected.kpi().value(), locale),
                expected.direction() == EffectDirection.UP ? texts.up() : texts.down(),
                Formats.percent(expected.size(), locale))).orElse("");
        List<String> comments = action.comments().stream().map(comment -> texts.comment_by(names.person(comment.author()),
                Formats.whenOf(comment.at(), locale)) + ": " + comment.text()).toList();
        List<String> steps = history.steps().stream().map(step -> step(step, names, texts, locale)).toList();
        String window = texts.effect_window_days(details.effectWindow().days(),
                Formats.date(details.effectWindowEnd(), locale));
        return new ActionPages.DetailView(row, goal, goalHref, kpi, kpiHref, channels, details.hypothesis(), effect,
                window,
                texts.created(names.person(action.createdBy()), Formats.whenOf(action.createdAt(), locale)),
                action.dropReason().map(texts::dropped_because).orElse(""), comments, steps, done, problem,
                ActionRights.mayChange(reader, action));
    }

    private static String step(ActionHistory.Step step, ActionNames names, ActionMessages texts, Locale locale) {
        String at = Formats.whenOf(step.at(), locale);
        String by = names.person(step.by());
        if (step.from().isEmpty()) {
            return texts.history_proposed(at, by);
        }
        String from = step.from().get().label().in(locale);
        String to = step.to().label().in(locale);
        return step.reason().map(reason -> texts.history_dropped(at, by, from, to, reason))
                .orElseGet(() -> texts.history_step(at, by, from, to));
    }
}

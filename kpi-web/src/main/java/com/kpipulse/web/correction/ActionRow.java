package com.kpipulse.web.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.correction.ActionEffect;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Formats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An action in a list (the actions page, a scorecard's «Мои действия»): what it is for in names, who does it by
 * when, whether it is overdue, its status and, for whoever may change it, the statuses it may move to; once it is
 * done, whether it worked.
 *
 * @param error    why the last status change was refused, in the reader's language; "" when none was
 * @param followUp whether it worked, once it is done
 */
public record ActionRow(String id, String title, String forWhat, String owner, String due, boolean overdue,
                        String statusKey, String status, long version, List<StatusOption> next, String error,
                        ActionFollowUp followUp) {

    /** A status an action may move to, by its code and name. */
    public record StatusOption(String code, String label) {
    }

    /** @param effect the action's effect, when it is done and the reader may read its figures */
    public static ActionRow from(Versioned<CorrectiveAction> versioned, Reader reader, LocalDate today,
                                 ActionNames names, Locale locale, String error, Optional<ActionEffect> effect) {
        CorrectiveAction action = versioned.value();
        List<StatusOption> next = ActionRights.mayChange(reader, action)
                ? action.status().next().stream().map(status -> new StatusOption(status.name(), status.label().in(locale)))
                .toList() : List.of();
        return new ActionRow(action.id().toString(), action.details().title(),
                forWhat(action.details(), reader.claims(), names, locale), names.person(action.details().owner()),
                Formats.date(action.details().due(), locale), action.overdueOn(today), key(action.status()),
                action.status().label().in(locale), versioned.version(), next, error,
                ActionFollowUp.of(action, effect, locale));
    }

    /** The goal, the KPI and the channels an action is for, by their names. */
    static String forWhat(ActionDetails details, Set<String> roles, ActionNames names, Locale locale) {
        List<String> parts = new ArrayList<>();
        details.goal().flatMap(goal -> names.goal(goal, roles)).ifPresent(title -> parts.add(
                Bundles.of(ActionMessages.class, locale).goal_title(title)));
        details.kpi().ifPresent(kpi -> parts.add(names.kpi(kpi.value(), locale)));
        if (!details.channels().isEmpty()) {
            parts.add(String.join(", ", details.channels().stream().map(code -> names.channel(code, locale)).toList()));
        }
        return String.join(" · ", parts);
    }

    static String key(ActionStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean mayChange() {
        return !next.isEmpty();
    }
}

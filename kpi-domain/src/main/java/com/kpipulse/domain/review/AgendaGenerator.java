package com.kpipulse.domain.review;

import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The agenda of a weekly review, computed from the week's cycle before the meeting (the same deck every week, as in
 * Amazon's weekly business review), in six sections in this order, each item with its section's time box:
 * <ol>
 *     <li>last week's actions: the previous review's first, in its order, whatever their status; then those due in
 *     the week (done or not), those still open after their due date on the day of the meeting and the done ones whose
 *     effect's check window ended in the week (their follow-up has a verdict), the earliest due first;</li>
 *     <li>the goals pursued during the week, the nearest deadline first;</li>
 *     <li>the KPIs off track or at risk, the costliest first ({@link com.kpipulse.domain.cycle.CycleSnapshot#BY_IMPACT}),
 *     each flagged when it was off track three cycles in a row;</li>
 *     <li>the sources whose data did not cover the week, then the anomalies nobody acknowledged;</li>
 *     <li>what is put to a decision ({@link ProposalsToDecide});</li>
 *     <li>the conclusion.</li>
 * </ol>
 * Items are numbered from 1 in that order. The same inputs give the same agenda.
 */
public final class AgendaGenerator {

    private final ProposalsToDecide proposals;

    public AgendaGenerator(ProposalsToDecide proposals) {
        this.proposals = Objects.requireNonNull(proposals, "proposals");
    }

    /** A generator whose fifth section puts the deviations whose cause asks for a decision. */
    public static AgendaGenerator fromCauses() {
        return new AgendaGenerator(ProposalsToDecide.FROM_CAUSES);
    }

    public List<AgendaItem> agenda(AgendaInputs inputs) {
        List<AgendaItem> items = new ArrayList<>();
        add(items, AgendaSection.ACTIONS, actions(inputs));
        add(items, AgendaSection.GOALS, goals(inputs));
        add(items, AgendaSection.DEVIATIONS, inputs.cycle().deviations().stream()
                .<AgendaSubject>map(figure -> new AgendaSubject.Kpi(figure.kpi(), figure.channel(),
                        figure.offTrackThreeInARow()))
                .toList());
        add(items, AgendaSection.DATA, data(inputs));
        add(items, AgendaSection.PROPOSALS, proposals.of(inputs.cycle()));
        add(items, AgendaSection.CONCLUSION, List.of(new AgendaSubject.Conclusion()));
        return items;
    }

    /**
     * The section's items, its time box shared among them: an hour's meeting whatever the week brought, each item a
     * whole minute at least, the minutes left over to the first (the costliest) items.
     */
    private static void add(List<AgendaItem> items, AgendaSection section, List<AgendaSubject> subjects) {
        int count = subjects.size();
        for (int i = 0; i < count; i++) {
            int minutes = Math.max(1, section.defaultMinutes() / count
                    + (i < section.defaultMinutes() % count ? 1 : 0));
            items.add(AgendaItem.of(items.size() + 1, section, subjects.get(i), minutes));
        }
    }

    private static List<AgendaSubject> actions(AgendaInputs inputs) {
        Period week = inputs.cycle().period().period();
        Map<ActionId, CorrectiveAction> byId = inputs.actions().stream()
                .collect(Collectors.toMap(CorrectiveAction::id, Function.identity(), (first, second) -> first,
                        LinkedHashMap::new));
        LinkedHashSet<ActionId> chosen = new LinkedHashSet<>();
        inputs.previousReview().stream().filter(byId::containsKey).forEach(chosen::add);
        inputs.actions().stream()
                .filter(action -> dueIn(action, week) && action.status() != ActionStatus.DROPPED
                        || action.overdueOn(inputs.today()) || checkedIn(action, week))
                .sorted(Comparator.comparing((CorrectiveAction action) -> action.details().due())
                        .thenComparing(CorrectiveAction::createdAt)
                        .thenComparing(action -> action.id().value()))
                .forEach(action -> chosen.add(action.id()));
        return chosen.stream().<AgendaSubject>map(AgendaSubject.Action::new).toList();
    }

    /** Done, and its effect's check window ended in the week: its follow-up has a verdict to present. */
    private static boolean checkedIn(CorrectiveAction action, Period week) {
        LocalDate end = action.details().effectWindowEnd();
        return action.status() == ActionStatus.DONE && !end.isBefore(week.start()) && !end.isAfter(week.lastDay());
    }

    private static boolean dueIn(CorrectiveAction action, Period week) {
        LocalDate due = action.details().due();
        return !due.isBefore(week.start()) && !due.isAfter(week.lastDay());
    }

    private static List<AgendaSubject> goals(AgendaInputs inputs) {
        Period week = inputs.cycle().period().period();
        return inputs.goals().stream()
                .filter(goal -> !goal.archived() && !goal.start().isAfter(week.lastDay())
                        && goal.deadline().map(deadline -> !deadline.isBefore(week.start())).orElse(true))
                .sorted(Comparator.comparing((Goal goal) -> goal.deadline().orElse(LocalDate.MAX))
                        .thenComparing(Goal::title)
                        .thenComparing(goal -> goal.id().value()))
                .<AgendaSubject>map(goal -> new AgendaSubject.Goal(goal.id()))
                .toList();
    }

    private static List<AgendaSubject> data(AgendaInputs inputs) {
        List<AgendaSubject> subjects = new ArrayList<>();
        inputs.cycle().completeness().stream().filter(source -> !source.complete())
                .map(SourceCompleteness::sourceSystem).sorted()
                .forEach(source -> subjects.add(new AgendaSubject.DataProblem(source)));
        inputs.anomalies().stream().distinct().forEach(anomaly -> subjects.add(new AgendaSubject.Anomaly(anomaly)));
        return subjects;
    }

    /** The anomalies the cycle's analysis found in the inputs of its deviations, each once, the costliest KPI's first. */
    public static List<String> anomaliesOf(com.kpipulse.domain.cycle.CycleSnapshot cycle) {
        return cycle.deviations().stream()
                .flatMap(figure -> figure.why().map(why -> why.anomalies().stream()).orElseGet(java.util.stream.Stream::empty))
                .distinct().toList();
    }
}

package com.kpipulse.domain.review;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CycleSnapshot;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the fifth section puts to a decision. The seam where proposals of their own (a budget reallocation, …) plug
 * in later: until then {@link #FROM_CAUSES} puts each deviation whose cause asks for a decision.
 */
@FunctionalInterface
public interface ProposalsToDecide {

    /** The causes a department decides about rather than waits out: budget, strategy, a channel, the data. */
    Set<Cause> DECIDED_CAUSES = EnumSet.of(Cause.BUDGET, Cause.STRATEGY, Cause.CHANNEL, Cause.DATA);

    /** Each deviation of the cycle whose cause is one of {@link #DECIDED_CAUSES}, the costliest first. */
    ProposalsToDecide FROM_CAUSES = cycle -> cycle.deviations().stream()
            .filter(figure -> figure.why().filter(why -> DECIDED_CAUSES.contains(why.cause())).isPresent())
            .map(ProposalsToDecide::toDecide)
            .toList();

    /** The subjects of the proposals section for the week's cycle, in the order they are put. */
    List<AgendaSubject> of(CycleSnapshot cycle);

    private static AgendaSubject toDecide(CycleFigure figure) {
        return new AgendaSubject.ToDecide(figure.kpi(), figure.channel(), figure.why().orElseThrow().cause());
    }
}

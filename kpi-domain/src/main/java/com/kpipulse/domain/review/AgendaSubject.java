package com.kpipulse.domain.review;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.Objects;
import java.util.Optional;

/** What an agenda item is about; other aggregates by their id, a KPI by its code and channel. */
public sealed interface AgendaSubject {

    /** A corrective action of last week or of the previous review. */
    record Action(ActionId action) implements AgendaSubject {
        public Action {
            Objects.requireNonNull(action, "action");
        }
    }

    /** A goal the department pursues. */
    record Goal(GoalId goal) implements AgendaSubject {
        public Goal {
            Objects.requireNonNull(goal, "goal");
        }
    }

    /**
     * A KPI off track or at risk in the week's cycle, in total ({@code channel} empty) or in one channel.
     *
     * @param offTrackThreeInARow off track in this cycle and the two before, flagged on the agenda
     */
    record Kpi(KpiCode kpi, Optional<String> channel, boolean offTrackThreeInARow) implements AgendaSubject {
        public Kpi {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(channel, "channel");
        }
    }

    /** A source system whose data did not cover the week's days that are over. */
    record DataProblem(String source) implements AgendaSubject {
        public DataProblem {
            Objects.requireNonNull(source, "source");
        }
    }

    /** An unusual day in the week's incoming data nobody acknowledged, by its anomaly id. */
    record Anomaly(String anomaly) implements AgendaSubject {
        public Anomaly {
            Objects.requireNonNull(anomaly, "anomaly");
        }
    }

    /**
     * A deviation whose cause asks for a decision (budget, strategy, a channel, the data), to accept or reject until
     * proposals of their own take its place ({@link ProposalsToDecide}).
     */
    record ToDecide(KpiCode kpi, Optional<String> channel, Cause cause) implements AgendaSubject {
        public ToDecide {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** The conclusion: decisions recap, new actions, the ratings. */
    record Conclusion() implements AgendaSubject {
    }

    /** An item the head added, by its title. */
    record Free(String title) implements AgendaSubject {
        public Free {
            Objects.requireNonNull(title, "title");
            if (title.isBlank() || title.length() > TextInput.NAME) {
                throw new IllegalArgumentException("A title of 1 to " + TextInput.NAME + " characters");
            }
        }
    }
}

package com.kpipulse.domain.cycle;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a deviation happened, as the analysis said it when the cycle ran (seed 001: analyze after monitor): the cause,
 * the other causes that fit too, the channels that explain it, the driver that moved it furthest and the sentences a
 * head repeats in the meeting, kept with the snapshot as they were.
 *
 * @param against     what the deviation was measured from: the plan where the target could be shaped, else the
 *                    period before
 * @param alsoFits    the other causes that fit, the next largest first
 * @param explainedBy the smallest set of channels that explains most of it (empty: spread too thinly, or one channel)
 * @param driver      the driver of the KPI's tree that moved it furthest, by its catalog code
 * @param evidence    one or two sentences with the figures, the cause's first, said in the reader's language
 * @param anomalies   the ids of the period's empty or zero days in the KPI's inputs (and channel) that nobody
 *                    acknowledged: each a possible DATA cause, listed beside the cause
 */
public record CycleCause(ReferenceKind against, Cause cause, List<Cause> alsoFits, List<String> explainedBy,
                         Optional<String> driver, List<Message> evidence, List<String> anomalies) {

    public CycleCause {
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(driver, "driver");
        alsoFits = List.copyOf(alsoFits);
        explainedBy = List.copyOf(explainedBy);
        evidence = List.copyOf(evidence);
        anomalies = List.copyOf(anomalies);
        if (alsoFits.contains(cause)) {
            throw new IllegalArgumentException("The cause " + cause + " is not among the others that fit: " + alsoFits);
        }
    }

    /** Anomalies in the inputs make DATA a possible cause, even where the analysis names another. */
    public boolean dataMayBeTheCause() {
        return cause == Cause.DATA || alsoFits.contains(Cause.DATA) || !anomalies.isEmpty();
    }
}

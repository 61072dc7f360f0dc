package com.kpipulse.application.analysis;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * An analysis whose figures are read and whose answer is still to be computed. The computation ({@link #answer()})
 * reads nothing from the store and changes nothing shared — it is the domain's {@code WhyAnalysis} over figures
 * already in memory — so the monitoring cycle reads the figures of its deviations one after the other in its
 * transaction and then computes their answers on several cores at once.
 */
public final class PendingAnalysis {

    private final Supplier<AnalyzedDeviation> computation;

    private PendingAnalysis(Supplier<AnalyzedDeviation> computation) {
        this.computation = computation;
    }

    /** An analysis that is answered already: it stopped before the figures (no goal, a rate's target, …). */
    static PendingAnalysis answered(AnalyzedDeviation answer) {
        Objects.requireNonNull(answer, "answer");
        return new PendingAnalysis(() -> answer);
    }

    /** An analysis to compute: {@code computation} must read nothing and change nothing outside itself. */
    static PendingAnalysis toCompute(Supplier<AnalyzedDeviation> computation) {
        return new PendingAnalysis(Objects.requireNonNull(computation, "computation"));
    }

    /** The answer, computed now (once per call: the cycle asks each once). */
    public AnalyzedDeviation answer() {
        return computation.get();
    }
}

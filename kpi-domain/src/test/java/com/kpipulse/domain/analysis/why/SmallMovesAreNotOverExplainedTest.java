package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the analysis stops seeing a cause: a conversion drop of growing size in one channel that brings a fifth of the
 * revenue or more, over {@value #SEEDS} synthetic companies per size. A drop that moves revenue less than its usual
 * weekly swing is called noise, not blamed on the channel; a large one is named. The rates per size are printed for
 * docs/analysis.md.
 */
class SmallMovesAreNotOverExplainedTest {

    private static final int SEEDS = 40;
    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void aSmallDropIsCalledNoiseAndALargeOneIsNamed() {
        Map<Double, double[]> rates = new LinkedHashMap<>();
        for (double drop : new double[]{0.05, 0.15, 0.25, 0.35, 0.45, 0.6}) {
            int named = 0;
            int quiet = 0;
            for (long seed = 1; seed <= SEEDS; seed++) {
                SyntheticCompany.Case made = SyntheticCompany.conversionDrop(seed, drop);
                Diagnosis diagnosis = (Diagnosis) analysis.diagnose(made.question());
                named += InjectedCausesAreNamedInNineRunsOfTenTest.named(diagnosis, made.truth()) ? 1 : 0;
                quiet += diagnosis.cause() == Cause.NONE ? 1 : 0;
            }
            rates.put(drop, new double[]{(double) named / SEEDS, (double) quiet / SEEDS});
            System.out.printf("why-detection conversion −%2.0f %% in one channel: named %3.0f %%, called noise %3.0f %%%n",
                    drop * 100, 100.0 * named / SEEDS, 100.0 * quiet / SEEDS);
        }

        assertThat(rates.get(0.05)[1]).as("a 5 %% drop is called noise").isGreaterThanOrEqualTo(0.9);
        assertThat(rates.get(0.05)[0]).as("a 5 %% drop is not blamed on the channel").isLessThanOrEqualTo(0.1);
        assertThat(rates.get(0.6)[0]).as("a 60 %% drop is named").isGreaterThanOrEqualTo(0.9);
    }
}

package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static com.kpipulse.domain.analysis.why.HandMade.channels;
import static com.kpipulse.domain.analysis.why.HandMade.history;
import static com.kpipulse.domain.analysis.why.HandMade.question;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static com.kpipulse.domain.analysis.why.HandMade.week;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The funnel from impression to customer read for a week: each step between stages that have data, and the weakest
 * step is the one that fell furthest against its own history.
 */
class TheFunnelsWeakestStepIsTheOneThatDroppedMostAgainstItsOwnHistoryTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void whenVisitsTurnIntoLeadsLessOftenThatStepIsTheWeakestInNineCompaniesOfTen() {
        int found = 0;
        for (long seed = 1; seed <= InjectedCausesAreNamedInNineRunsOfTenTest.SEEDS; seed++) {
            var made = SyntheticCompany.generate(SyntheticCompany.Scenario.LEAD_DROP, seed);
            Diagnosis diagnosis = (Diagnosis) analysis.diagnose(made.question());
            Optional<FunnelStep> weakest = diagnosis.funnels().stream().filter(funnel -> funnel.funnel().equals("leads"))
                    .findFirst().orElseThrow().weakest();
            if (weakest.filter(step -> step.from().equals("visits") && step.to().equals("leads")).isPresent()) {
                found++;
            }
        }
        double rate = (double) found / InjectedCausesAreNamedInNineRunsOfTenTest.SEEDS;
        System.out.printf("why-funnel weakest step visits → leads found in %d of %d runs (%.0f %%)%n", found,
                InjectedCausesAreNamedInNineRunsOfTenTest.SEEDS, rate * 100);

        assertThat(rate).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aStageWithoutDataIsLeftOutAndTheStepSpansTheGap() {
        var before = channels("yandex_direct", sums("impressions", 100_000, "clicks", 3000, "visits", 2700,
                "leads", 135, "new_customers", 20));
        var after = channels("yandex_direct", sums("impressions", 100_000, "clicks", 3000, "visits", 2700,
                "leads", 135, "new_customers", 8));

        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("new_customers", week(25, after), week(24, before),
                history(24, 10, back -> before)));

        FunnelReading leads = diagnosis.funnels().stream().filter(funnel -> funnel.funnel().equals("leads"))
                .findFirst().orElseThrow();
        assertThat(leads.steps()).extracting(FunnelStep::to).containsExactly("clicks", "visits", "leads", "new_customers");
        FunnelStep last = leads.steps().getLast();
        assertThat(last.from()).isEqualTo("leads");
        assertThat(last.kpi()).isEmpty();
        assertThat(last.name().ru()).isEqualTo("Лиды → Новые клиенты");
        assertThat(leads.weakest()).contains(last);
        assertThat(leads.steps().getFirst().kpi()).contains("ctr");
        assertThat(diagnosis.funnels()).extracting(FunnelReading::funnel).containsExactly("leads");
    }

    @Test
    void aFunnelThatDidNotDropHasNoWeakestStep() {
        var same = channels("seo", sums("visits", 1000, "carts", 100, "orders", 30));

        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("orders", week(25, same), week(24, same),
                history(24, 10, back -> same)));

        assertThat(diagnosis.funnels()).singleElement().satisfies(funnel -> {
            assertThat(funnel.funnel()).isEqualTo("shop");
            assertThat(funnel.weakest()).isEmpty();
        });
        assertThat(diagnosis.cause()).isEqualTo(Cause.NONE);
        assertThat(diagnosis.deviation()).isEqualByComparingTo(BigDecimal.ZERO);
    }
}

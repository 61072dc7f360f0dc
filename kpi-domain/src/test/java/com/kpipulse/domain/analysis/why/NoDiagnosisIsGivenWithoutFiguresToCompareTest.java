package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.kpipulse.domain.analysis.why.HandMade.channels;
import static com.kpipulse.domain.analysis.why.HandMade.question;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static com.kpipulse.domain.analysis.why.HandMade.week;
import static org.assertj.core.api.Assertions.assertThat;

/** Without a value in the period or the reference there is nothing to explain, and the answer says why. */
class NoDiagnosisIsGivenWithoutFiguresToCompareTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void aRateWithoutDenominatorInTheReferenceHasNothingToCompareWith() {
        var after = channels("seo", sums("visits", 1000, "orders", 30));
        var before = channels("seo", sums("visits", 0, "orders", 0));

        WhyAnswer answer = analysis.diagnose(question("conversion_rate", week(25, after), week(24, before), List.of()));

        assertThat(answer).isInstanceOfSatisfying(NoDiagnosis.class, none -> {
            assertThat(none.reason().code()).isEqualTo("why.no_reference_value");
            assertThat(none.reason().russian())
                    .isEqualTo("Для «Конверсия сайта» нет значения, с которым сравнивать (к предыдущему периоду).");
        });
    }

    @Test
    void aKpiWithoutDataInThePeriodIsNotExplained() {
        var after = channels("seo", sums("visits", 1000));
        var before = channels("seo", sums("visits", 1000, "orders", 30));

        WhyAnswer answer = analysis.diagnose(question("orders", week(25, after), week(24, before), List.of()));

        assertThat(answer).isInstanceOfSatisfying(NoDiagnosis.class,
                none -> assertThat(none.reason().code()).isEqualTo("why.no_actual_value"));
    }

    @Test
    void aGrowthRateIsSentBackToTheFigureThatGrows() {
        var week = channels("seo", sums("revenue", 1000));

        WhyAnswer answer = analysis.diagnose(question("sales_growth", week(25, week), week(24, week), List.of()));

        assertThat(answer).isInstanceOfSatisfying(NoDiagnosis.class,
                none -> assertThat(none.reason().english()).startsWith("Sales growth is a growth rate"));
    }
}

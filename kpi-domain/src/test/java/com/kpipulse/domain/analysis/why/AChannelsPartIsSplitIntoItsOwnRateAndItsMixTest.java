package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static com.kpipulse.domain.analysis.why.HandMade.channels;
import static com.kpipulse.domain.analysis.why.HandMade.question;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static com.kpipulse.domain.analysis.why.HandMade.week;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Site conversion over two channels, worked out by hand: a channel whose own conversion fell has a rate effect; a
 * channel that grew at a low conversion pulls the whole down by mix; a channel that did not move has no part.
 */
class AChannelsPartIsSplitIntoItsOwnRateAndItsMixTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void aChannelWhoseConversionFellHasARateEffectAndTheOtherNothing() {
        // before: seo 30 / 1000, email 10 / 1000, together 40 / 2000 = 2 %; after: seo 15 / 1000, together 25 / 2000
        var before = channels("seo", sums("visits", 1000, "orders", 30), "email", sums("visits", 1000, "orders", 10));
        var after = channels("seo", sums("visits", 1000, "orders", 15), "email", sums("visits", 1000, "orders", 10));

        Diagnosis diagnosis = diagnose(after, before);

        assertThat(diagnosis.deviation()).isEqualByComparingTo("-0.0075");
        SliceContribution seo = channel(diagnosis, "seo");
        assertThat(seo.rateEffect()).isEqualByComparingTo("-0.0075");
        assertThat(seo.mixEffect()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(channel(diagnosis, "email").contribution()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(diagnosis.explainedBy()).containsExactly("seo");
    }

    @Test
    void aChannelThatGrewAtALowConversionPullsTheWholeDownByMix() {
        // before 2 % (40 / 2000); after: email triples its visits at its own 1 %: 60 / 4000 = 1.5 %
        var before = channels("seo", sums("visits", 1000, "orders", 30), "email", sums("visits", 1000, "orders", 10));
        var after = channels("seo", sums("visits", 1000, "orders", 30), "email", sums("visits", 3000, "orders", 30));

        Diagnosis diagnosis = diagnose(after, before);

        assertThat(diagnosis.deviation()).isEqualByComparingTo("-0.005");
        SliceContribution email = channel(diagnosis, "email");
        assertThat(email.mixEffect()).isEqualByComparingTo("-0.005");
        assertThat(email.rateEffect()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(channel(diagnosis, "seo").contribution()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aChannelThatStartedBringsItsConversionInByMixAlone() {
        // before only seo at 3 % (30 / 1000); after email joins with 10 / 1000: 40 / 2000 = 2 %
        var before = channels("seo", sums("visits", 1000, "orders", 30));
        var after = channels("seo", sums("visits", 1000, "orders", 30), "email", sums("visits", 1000, "orders", 10));

        Diagnosis diagnosis = diagnose(after, before);

        SliceContribution email = channel(diagnosis, "email");
        assertThat(email.contribution()).isEqualByComparingTo("-0.01");
        assertThat(email.mixEffect()).isEqualByComparingTo("-0.01");
        assertThat(email.reference()).isEmpty();
    }

    @Test
    void revenueWithoutSpendMovesRomiOnlyByItsOwnChange() {
        // ROMI = (revenue − spend) / spend. direct has revenue but no spend: 100 000 before and after.
        // before: (300 000 + 100 000 − 100 000) / 100 000 = 3; after vk spends twice: (500 000 + 100 000 − 200 000) / 200 000 = 2
        var before = channels("vk_ads", sums("revenue", 300000, "marketing_spend", 100000), "direct", sums("revenue", 100000));
        var after = channels("vk_ads", sums("revenue", 500000, "marketing_spend", 200000), "direct", sums("revenue", 100000));

        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("romi", week(25, after), week(24, before), List.of()));

        assertThat(diagnosis.deviation()).isEqualByComparingTo("-1");
        assertThat(channel(diagnosis, "direct").contribution()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(channel(diagnosis, "vk_ads").contribution()).isEqualByComparingTo("-1");
    }

    private Diagnosis diagnose(java.util.Map<String, MeasureSums> after, java.util.Map<String, MeasureSums> before) {
        return (Diagnosis) analysis.diagnose(question("conversion_rate", week(25, after), week(24, before), List.of()));
    }

    private static SliceContribution channel(Diagnosis diagnosis, String code) {
        return diagnosis.channels().stream().filter(slice -> slice.slice().equals(code)).findFirst().orElseThrow();
    }
}

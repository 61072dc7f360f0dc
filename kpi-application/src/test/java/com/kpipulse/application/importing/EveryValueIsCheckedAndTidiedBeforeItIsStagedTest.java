package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the sink between a preset and the staging area passes on, and what it refuses. */
class EveryValueIsCheckedAndTidiedBeforeItIsStagedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private final List<ObservationRow> staged = new ArrayList<>();
    /** The seed channels and one an admin added, which a mapping rule names too. */
    private static final ChannelCatalog CHANNELS = new ChannelCatalog(java.util.stream.Stream.concat(
            ChannelCatalog.seed().all().stream(),
            java.util.stream.Stream.of(new Channel("dzen", LocalizedText.of("Дзен", "Dzen"), false, true))).toList());

    private final ValidatingSink sink = new ValidatingSink(MeasureCatalog.standard(), CHANNELS,
            new ChannelMapping(List.of(new ChannelRule("vk.com / social", "smm_vk"), new ChannelRule("zen.yandex / *", "dzen"))),
            TODAY, staged::add, 10, 2);

    @Test
    void valuesAreStagedWithoutTrailingZerosAndWholeNumbersKeepScaleZero() {
        for (String value : new String[]{"4211", "100.00", "36.150000", "1E+3", "0.000", "2500"}) {
            sink.accept(row("visits", value, null));
        }

        assertThat(staged).extracting(r -> r.value().toString())
                .containsExactly("4211", "100", "36.15", "1000", "0", "2500");
        assertThat(staged).extracting(r -> r.value().scale()).containsOnly(0, 2);
        assertThat(sink.problemCount()).isZero();
    }

    @Test
    void aChannelComesFromTheSourceOnlyWhenTheRowHasNoneAndCurrencyOnlyStaysOnMoney() {
        sink.accept(new ObservationRow(2, "social_visits", LocalDate.of(2026, 1, 5), Grain.DAY, null, null,
                "VK.com / Social", new BigDecimal("120"), "RUB"));
        sink.accept(new ObservationRow(3, "ad_spend", LocalDate.of(2026, 1, 5), Grain.DAY, "vk_ads", null,
                "VK.com / Social", new BigDecimal("1500.50"), "RUB"));

        assertThat(staged).extracting(ObservationRow::channel, ObservationRow::currency, r -> r.value().toString())
                .containsExactly(
                        tuple("smm_vk", null, "120"),
                        tuple("vk_ads", "RUB", "1500.5"));
    }

    @Test
    void moneyNeedsThreeCapitalLettersAsItsCurrency() {
        sink.accept(row("ad_spend", "10", "RUB"));
        for (String currency : new String[]{"rub", "RUBX", "RU", "R1B", "ÄBC"}) {
            sink.accept(row("ad_spend", "10", currency));
        }
        sink.accept(row("ad_spend", "10", null));

        assertThat(staged).hasSize(1);
        assertThat(sink.problems()).extracting(problem -> problem.message().english()).containsExactly(
                "Ad spend: «rub» is not a currency; expected an ISO code such as RUB, USD",
                "Ad spend: «RUBX» is not a currency; expected an ISO code such as RUB, USD",
                "Ad spend: «RU» is not a currency; expected an ISO code such as RUB, USD",
                "Ad spend: «R1B» is not a currency; expected an ISO code such as RUB, USD",
                "Ad spend: «ÄBC» is not a currency; expected an ISO code such as RUB, USD",
                "Ad spend is money and needs a currency (an ISO code such as RUB, USD)");
        assertThat(sink.problems().getLast().message().russian())
                .isEqualTo("Расходы на рекламу — деньги, нужна валюта (код ISO, например RUB, USD)");
    }

    @Test
    void anUnknownMeasureAndANegativeValueAreRefusedWithTheirReason() {
        sink.accept(row("visitz", "1", null));
        sink.accept(row("visits", "-1", null));

        assertThat(staged).isEmpty();
        assertThat(sink.problems()).extracting(problem -> problem.message().english()).containsExactly(
                "unknown measure «visitz»: expected a base measure code such as ad_spend, visits, revenue, leads",
                "Visits: value -1 is negative, and this measure cannot be below zero");
        assertThat(sink.observations()).isZero();
    }

    @Test
    void aValueOutsideTheStoresRangeIsRefusedWithoutBeingExpanded() {
        for (String value : new String[]{"1E+9999999", "1000000000000000", "1E-400", "0.0000001"}) {
            sink.accept(row("visits", value, null));
        }
        sink.accept(row("visits", "999999999999999", null));

        assertThat(staged).hasSize(1);
        assertThat(sink.problems()).extracting(problem -> problem.message().english()).containsExactly(
                "Visits: «1E+9999999» is too large: at most 15 digits before the decimal point",
                "Visits: «1000000000000000» is too large: at most 15 digits before the decimal point",
                "Visits: «1E-400» is too small: values keep 6 decimal places, it would become zero",
                "Visits: «1E-7» is too small: values keep 6 decimal places, it would become zero");
    }

    @Test
    void everyWayInSharesOneDateWindowFrom2000ToAYearAhead() {
        for (LocalDate day : new LocalDate[]{LocalDate.of(1990, 1, 1), LocalDate.of(9999, 12, 31),
                LocalDate.of(2027, 12, 5), LocalDate.of(2027, 12, 4), LocalDate.of(2000, 1, 1)}) {
            sink.accept(new ObservationRow(2, "visits", day, Grain.DAY, "seo", null, null, BigDecimal.ONE, null));
        }

        assertThat(staged).extracting(ObservationRow::periodStart)
                .containsExactly(LocalDate.of(2027, 12, 4), LocalDate.of(2000, 1, 1));
        assertThat(sink.problems()).extracting(problem -> problem.message().english()).first().asString()
                .isEqualTo("Visits: 1990-01-01 is outside the dates the product works with: 2000-01-01 to 2027-12-04");
        assertThat(sink.problems().getFirst().message().russian())
                .isEqualTo("Визиты: 1990-01-01 вне допустимого диапазона дат: с 2000-01-01 по 2027-12-04");
    }

    @Test
    void namesWithControlCharactersBrokenCharactersOrAMegabyteAreRefused() {
        for (String campaign : new String[]{"a\u0000b", "x".repeat(1 << 20), "broken \uD800", "Весна 🎉"}) {
            sink.accept(new ObservationRow(2, "visits", TODAY, Grain.DAY, "seo", campaign, null, BigDecimal.ONE, null));
        }

        assertThat(staged).extracting(ObservationRow::campaign).containsExactly("Весна 🎉");
        assertThat(sink.problems()).extracting(problem -> problem.message().english()).containsExactly(
                "the campaign: a control character (code 0) at position 2 is not allowed",
                "the campaign: the text is too long: 1048576 characters, at most 300 fit",
                "the campaign: a broken character (an unpaired UTF-16 surrogate) at position 8");
    }

    @Test
    void aChannelOutsideTheCatalogIsMappedAsASourceOrRefused() {
        for (String channel : new String[]{"<script>alert(1)</script>", "vk ads", "=1+1", "zen.yandex / native", "dzen",
                "vk_ads"}) {
            sink.accept(new ObservationRow(2, "visits", TODAY, Grain.DAY, channel, null, null, BigDecimal.ONE, null));
        }

        assertThat(staged).extracting(ObservationRow::channel).containsExactly("dzen", "dzen", "vk_ads");
        assertThat(sink.problems()).extracting(problem -> problem.message().english())
                .allMatch(message -> message.startsWith("unknown channel «"))
                .hasSize(3);
    }

    @Test
    void aChannelTheFileRepeatsIsCheckedOnceAndEveryOtherStillIs() {
        String repeated = "vk_ads";  // one instance down a column, as the readers hand repeated cells over
        for (String channel : new String[]{repeated, repeated, "nonsense", repeated, "vk\u0000ads", repeated, "dzen",
                "nonsense"}) {
            sink.accept(new ObservationRow(2, "visits", TODAY, Grain.DAY, channel, null, null, BigDecimal.ONE, null));
        }

        assertThat(staged).extracting(ObservationRow::channel)
                .containsExactly("vk_ads", "vk_ads", "vk_ads", "vk_ads", "dzen");
        assertThat(sink.problems()).extracting(problem -> problem.message().english().split(":")[0]).containsExactly(
                "unknown channel «nonsense»", "the channel", "unknown channel «nonsense»");
        assertThat(sink.problems().get(1).message().english())
                .isEqualTo("the channel: a control character (code 0) at position 3 is not allowed");
    }

    private static ObservationRow row(String measure, String value, String currency) {
        return new ObservationRow(2, measure, LocalDate.of(2026, 1, 5), Grain.DAY, "seo", null, null,
                new BigDecimal(value), currency);
    }
}

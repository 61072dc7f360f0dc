package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectVerdict;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A list of actions on 4 January 2027, all taken in progress by Sofia on 7 December 2026 and due on the 18th, on
 * conversion data where VK Ads' conversion rose by a third from the start: the done ones are measured (or said not
 * yet), each on its own window, reading the conversion's data once for them all; the open one is not measured.
 */
class TheDoneActionsOfAListAreMeasuredWithEachKpiReadOnceTest {

    private static final LocalDate START = Department.TODAY;
    private static final LocalDate TODAY = LocalDate.of(2027, 1, 4);

    private final Department department = new Department();
    private final InMemoryObservationStore store = new InMemoryObservationStore();
    private final AtomicInteger reads = new AtomicInteger();
    private ActionId vkAds;
    private ActionId seoInAWeek;
    private ActionId stillOpen;
    private ActionId inAMonth;

    @BeforeEach
    void sofiaDidThreeActionsAndWorksOnAFourth() {
        vkAds = done(started("vk_ads", "14"));
        seoInAWeek = done(started("seo", "7"));
        stillOpen = started("vk_ads", "14");
        inAMonth = done(started("yandex_direct", "30"));
        conversions();
    }

    @Test
    void eachDoneActionIsMeasuredAsItsOwnPageMeasuresItAndTheOpenOneIsNot() {
        Map<ActionId, ActionEffect> effects = measure().ofDone(Department.HANNA, listed());

        assertThat(effects).containsOnlyKeys(vkAds, seoInAWeek, inAMonth);
        for (ActionId id : List.of(vkAds, seoInAWeek)) {
            EffectEstimate.Measured alone = (EffectEstimate.Measured) estimate(
                    ((Access.Granted<ActionEffect>) measure().of(Department.HANNA, id)).value());
            EffectEstimate.Measured listed = (EffectEstimate.Measured) estimate(effects.get(id));
            assertThat(listed.verdict()).isEqualTo(alone.verdict());
            assertThat(listed.figures()).isEqualTo(alone.figures());
        }
        assertThat(estimate(effects.get(vkAds)).verdict()).isEqualTo(EffectVerdict.WORKED);
        assertThat(((ActionEffect.Estimated) effects.get(seoInAWeek)).window().end())
                .isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(estimate(effects.get(inAMonth))).isInstanceOf(EffectEstimate.NotYet.class);
    }

    @Test
    void theKpisDataAreReadOnceForTheWholeList() {
        measure().ofDone(Department.HANNA, listed());

        assertThat(reads).hasValue(1);
    }

    @Test
    void aReaderWhoMayNotReadTheKpiGetsNoEffects() {
        assertThat(measure().ofDone(Department.VIC, listed())).isEmpty();
        assertThat(reads).hasValue(0);
    }

    @Test
    void aCycleChecksTheDoneActionsWhoseWindowEndedInItsDays() {
        assertThat(measure().endedBetween(Department.HANNA, LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 3)))
                .extracting(checked -> checked.action().value().id()).containsExactly(vkAds);
        assertThat(measure().endedBetween(Department.HANNA, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)))
                .extracting(checked -> checked.action().value().id()).containsExactly(seoInAWeek, vkAds, inAMonth);
        assertThat(measure().endedBetween(Department.VIC, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)))
                .isEmpty();
    }

    private List<Versioned<CorrectiveAction>> listed() {
        return department.read.list(Department.HANNA, ActionQuery.all());
    }

    private static EffectEstimate estimate(ActionEffect effect) {
        return ((ActionEffect.Estimated) effect).estimate();
    }

    /** Proposed for Sofia on conversion in one channel, accepted and taken in progress by her today. */
    private ActionId started(String channel, String windowDays) {
        ActionInput input = new ActionInput("Новая посадочная", "", "conversion_rate", List.of(channel), "sofia",
                "2026-12-18", "", "", "", "", windowDays);
        ActionId id = department.proposed(Department.HANNA, input).value().id();
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(1), "ACCEPTED", null);
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(2), "IN_PROGRESS", null);
        return id;
    }

    private ActionId done(ActionId id) {
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(3), "DONE", null);
        return id;
    }

    private MeasureActionEffect measure() {
        Clock clock = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant(),
                ZoneId.of("Europe/Moscow"));
        ValuesThatCount stored = store.valuesThatCount();
        ValuesThatCount counted = new ValuesThatCount() {
            @Override
            public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
                reads.incrementAndGet();
                return stored.perChannel(measures, span, channels);
            }

            @Override
            public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
                return stored.perCampaign(measures, span, channels);
            }
        };
        return new MeasureActionEffect(department.read, department.catalogs, InMemory.channelCatalogs(), counted,
                InMemory.coverage(clock), department.clock);
    }

    /** Visits and orders of three channels; VK Ads' conversion a third higher from the start. */
    private void conversions() {
        Random random = new Random(7);
        for (LocalDate day = START.minusWeeks(16); day.isBefore(TODAY); day = day.plusDays(1)) {
            for (String channel : List.of("vk_ads", "yandex_direct", "seo")) {
                double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
                long visits = Math.round(2000 * weekday * (1 + 0.05 * random.nextGaussian()));
                double rate = 0.03 * (channel.equals("vk_ads") && !day.isBefore(START) ? 1.3 : 1.0);
                double mean = visits * rate;
                long orders = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
                store.holds(Observation.daily("visits", day, Map.of("channel", channel), BigDecimal.valueOf(visits)));
                store.holds(Observation.daily("orders", day, Map.of("channel", channel), BigDecimal.valueOf(orders)));
            }
        }
    }
}

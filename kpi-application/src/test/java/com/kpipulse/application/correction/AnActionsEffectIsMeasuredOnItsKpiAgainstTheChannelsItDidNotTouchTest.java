package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.effect.EffectEstimate;
import com.kpipulse.domain.correction.effect.EffectMethod;
import com.kpipulse.domain.correction.effect.EffectVerdict;
import com.kpipulse.domain.measure.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversion in three channels from sixteen weeks before the action on: about 2 000 visits a day each, 3 % of them
 * buying, with the noise of counts. The action on VK Ads starts when Sofia takes it in progress on 7 December 2026 and
 * is due on the 18th, so its window ends on 1 January 2027.
 */
class AnActionsEffectIsMeasuredOnItsKpiAgainstTheChannelsItDidNotTouchTest {

    private static final LocalDate START = Department.TODAY;
    private static final LocalDate WINDOW_END = LocalDate.of(2027, 1, 1);

    private final Department department = new Department();
    private final InMemoryObservationStore store = new InMemoryObservationStore();

    @Test
    void aConversionThatRoseOnlyInTheActionsChannelWorked() {
        ActionId id = startedAction("conversion_rate", List.of("vk_ads"));
        conversions(1.3);

        EffectEstimate estimate = estimated(measuredOn(WINDOW_END.plusDays(3), id));

        assertThat(estimate.verdict()).isEqualTo(EffectVerdict.WORKED);
        EffectEstimate.Measured measured = (EffectEstimate.Measured) estimate;
        assertThat(measured.figures().method()).isEqualTo(EffectMethod.DID);
        assertThat(measured.figures().controlChannels()).extracting(channel -> channel.code())
                .containsExactly("yandex_direct", "seo");
        assertThat(measured.figures().relativeEffect().orElseThrow().estimate().doubleValue()).isBetween(0.2, 0.4);
        assertThat(measured.summary().english()).startsWith("Worked").contains("VK Ads", "Yandex Direct");
    }

    @Test
    void aConversionThatDidNotMoveIsNotCalledWorked() {
        ActionId id = startedAction("conversion_rate", List.of("vk_ads"));
        conversions(1.0);

        EffectEstimate estimate = estimated(measuredOn(WINDOW_END.plusDays(3), id));

        assertThat(estimate).isInstanceOf(EffectEstimate.Measured.class);
        assertThat(estimate.verdict()).isIn(EffectVerdict.NO_EFFECT, EffectVerdict.INCONCLUSIVE);
    }

    @Test
    void beforeTheWindowIsOverAndItsDataAreInTheEffectIsNotYetMeasured() {
        ActionId id = startedAction("conversion_rate", List.of("vk_ads"));
        conversions(1.3);

        ActionEffect.Estimated effect = (ActionEffect.Estimated) granted(measuredOn(WINDOW_END, id));

        assertThat(effect.window().start()).isEqualTo(START);
        assertThat(effect.window().end()).isEqualTo(WINDOW_END);
        assertThat(effect.estimate()).isEqualTo(new EffectEstimate.NotYet(WINDOW_END,
                effect.estimate().summary()));
        assertThat(effect.estimate().summary().russian()).contains("01.01.2027");
    }

    @Test
    void anActionForAGoalAloneHasNoKpiToMeasure() {
        ActionInput forTheGoal = new ActionInput("Пересобрать медиаплан",
                department.everybodysGoal.id().value().toString(), "", List.of(), "mark", "2026-12-18", "", "", "",
                "");
        ActionId id = department.proposed(Department.HANNA, forTheGoal).value().id();

        assertThat(granted(measuredOn(WINDOW_END.plusDays(3), id))).isEqualTo(new ActionEffect.NoKpi());
    }

    @Test
    void aReaderWhoMayNotReadTheActionIsRefusedAndAnUnknownOneIsUnknown() {
        ActionInput profit = new ActionInput("Снизить скидки", department.headsGoal.id().value().toString(), "profit",
                List.of(), "hanna", "2026-12-18", "", "", "", "");
        ActionId headsOwn = department.proposed(Department.HANNA, profit).value().id();

        assertThat(measure(WINDOW_END.plusDays(3)).of(Department.VIC, headsOwn)).isInstanceOf(Access.Denied.class);
        assertThat(measure(WINDOW_END.plusDays(3)).of(Department.VIC, ActionId.random()))
                .isInstanceOf(Access.Unknown.class);
    }

    @Test
    void anOwnerWhoMayNotReadTheKpiReadsTheActionButNotItsFigures() {
        ActionInput conversion = new ActionInput("Проверить посадочную", "", "conversion_rate", List.of(), "vic",
                "2026-12-18", "", "", "", "");
        ActionId vicsOwn = department.proposed(Department.HANNA, conversion).value().id();

        assertThat(department.read.find(Department.VIC, vicsOwn)).isInstanceOf(Access.Granted.class);
        assertThat(measure(WINDOW_END.plusDays(3)).of(Department.VIC, vicsOwn)).isInstanceOf(Access.Denied.class);
        assertThat(measure(WINDOW_END.plusDays(3)).of(Department.HANNA, vicsOwn)).isInstanceOf(Access.Granted.class);
    }

    /** An action proposed, accepted and taken in progress today by Sofia. */
    private ActionId startedAction(String kpi, List<String> channels) {
        ActionInput input = new ActionInput("Новая посадочная для VK", "", kpi, channels, "sofia", "2026-12-18",
                "Старая страница грузится 6 секунд", "", "", "");
        ActionId id = department.proposed(Department.HANNA, input).value().id();
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(1), "ACCEPTED", null);
        department.manage.changeStatus(Department.SOFIA, id, ExpectedVersion.of(2), "IN_PROGRESS", null);
        return id;
    }

    /** Visits and orders of three channels; VK Ads' conversion multiplied by {@code lift} from the start. */
    private void conversions(double lift) {
        Random random = new Random(7);
        for (LocalDate day = START.minusWeeks(16); !day.isAfter(WINDOW_END); day = day.plusDays(1)) {
            for (String channel : List.of("vk_ads", "yandex_direct", "seo")) {
                double weekday = day.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.0;
                long visits = Math.round(2000 * weekday * (1 + 0.05 * random.nextGaussian()));
                double rate = 0.03 * (channel.equals("vk_ads") && !day.isBefore(START) ? lift : 1.0);
                double mean = visits * rate;
                long orders = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
                store.holds(Observation.daily("visits", day, Map.of("channel", channel), BigDecimal.valueOf(visits)));
                store.holds(Observation.daily("orders", day, Map.of("channel", channel), BigDecimal.valueOf(orders)));
            }
        }
    }

    private MeasureActionEffect measure(LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant(),
                ZoneId.of("Europe/Moscow"));
        return new MeasureActionEffect(department.read, department.catalogs, InMemory.channelCatalogs(),
                store.valuesThatCount(), InMemory.coverage(clock), department.clock);
    }

    private Access<ActionEffect> measuredOn(LocalDate today, ActionId id) {
        return measure(today).of(Department.HANNA, id);
    }

    private static ActionEffect granted(Access<ActionEffect> access) {
        return ((Access.Granted<ActionEffect>) access).value();
    }

    private static EffectEstimate estimated(Access<ActionEffect> access) {
        return ((ActionEffect.Estimated) granted(access)).estimate();
    }
}

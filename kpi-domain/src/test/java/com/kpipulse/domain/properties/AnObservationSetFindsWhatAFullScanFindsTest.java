package com.kpipulse.domain.properties;

import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The set keeps each measure's observations by first day to answer a period without scanning them all; whatever the
 * mix of days, weeks and months, shuffled, it finds exactly what a scan of every observation finds, in day order:
 * those wholly inside a period, and those that begin in a span (as a store answers).
 */
class AnObservationSetFindsWhatAFullScanFindsTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final Grain[] GRAINS = {Grain.DAY, Grain.DAY, Grain.DAY, Grain.WEEK, Grain.MONTH};

    @Property(tries = 300)
    void aPeriodsObservationsAreThoseAScanFinds(@ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int count,
                                                @ForAll @IntRange(min = 0, max = 120) int from,
                                                @ForAll @IntRange(min = 1, max = 60) int days) {
        Random random = new Random(seed);
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Grain grain = GRAINS[random.nextInt(GRAINS.length)];
            Period period = Period.of(grain, FIRST.plusDays(random.nextInt(150)));
            String measure = random.nextBoolean() ? "visits" : "orders";
            observations.add(new Observation(new MeasureCode(measure), period,
                    random.nextInt(10) == 0 ? Map.of() : Map.of("channel", random.nextBoolean() ? "vk_ads" : "yandex_direct",
                            "campaign", random.nextBoolean() ? "a" : "b"), BigDecimal.valueOf(i),
                    Optional.empty()));
        }
        Period asked = new Period(FIRST.plusDays(from), FIRST.plusDays(from + days));
        DimensionSelection selection = switch (random.nextInt(4)) {
            case 0 -> DimensionSelection.all();
            case 1 -> DimensionSelection.where("channel", "vk_ads");
            case 2 -> DimensionSelection.where("channel", "vk_ads", "yandex_direct", "seo");
            default -> DimensionSelection.where("channel", "yandex_direct").and("campaign", "a");
        };

        ObservationSet set = ObservationSet.of(observations);

        assertThat(set.within(new MeasureCode("visits"), asked, selection)).containsExactlyElementsOf(
                scan(observations, observation -> asked.encloses(observation.period()), selection));
        assertThat(set.startingIn(new MeasureCode("visits"), asked, selection)).containsExactlyElementsOf(
                scan(observations, observation -> asked.contains(observation.period().start()), selection));
    }

    private static List<Observation> scan(List<Observation> observations, Predicate<Observation> inPeriod,
                                          DimensionSelection selection) {
        return observations.stream()
                .filter(observation -> observation.measure().value().equals("visits"))
                .filter(inPeriod)
                .filter(observation -> observation.matches(selection))
                .sorted(Comparator.comparing(observation -> observation.period().start()))
                .toList();
    }
}

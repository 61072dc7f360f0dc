package com.kpipulse.domain.measure;

import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How far the data reach: which days of a period a KPI's figures cover. A day counts once it is over (up to the
 * company's yesterday, {@code lastCompleteDay}) and once the sources have delivered it for every measure the KPI
 * needs:
 * <ul>
 *     <li>a source system has delivered a day once it has delivered anything for that day or a later one: an export,
 *     a pull or a form brings every measure it carries up to its last day, so a measure it has no value of on a day
 *     was nothing that day, not late;</li>
 *     <li>a measure is delivered as far as the freshest system that delivers it (the others may be an old import or
 *     lag behind, and source priority picks one value anyway);</li>
 *     <li>a KPI is covered as far as the least delivered of its measures (conversion needs the orders of the CRM and
 *     the visits of Metrica); measures no system has ever delivered are left out, and a KPI none of whose measures
 *     was ever delivered is covered as far as the days are over.</li>
 * </ul>
 */
public final class DataReach {

    private final LocalDate lastCompleteDay;
    private final Map<MeasureCode, LocalDate> delivered = new HashMap<>();

    public DataReach(LocalDate lastCompleteDay, List<Delivery> deliveries) {
        this.lastCompleteDay = Objects.requireNonNull(lastCompleteDay, "lastCompleteDay");
        Map<String, LocalDate> systems = new HashMap<>();
        deliveries.forEach(delivery -> systems.merge(delivery.sourceSystem(), delivery.lastDay(), DataReach::later));
        deliveries.forEach(delivery -> delivered.merge(delivery.measure(), systems.get(delivery.sourceSystem()),
                DataReach::later));
    }

    /** Every day up to {@code lastCompleteDay} counts, whatever was delivered. */
    public static DataReach byTheClock(LocalDate lastCompleteDay) {
        return new DataReach(lastCompleteDay, List.of());
    }

    /** The company's yesterday: the last day that is over. */
    public LocalDate lastCompleteDay() {
        return lastCompleteDay;
    }

    /** The last day a figure computed from {@code measures} covers: over, and delivered for each of them. */
    public LocalDate lastDayOf(Collection<MeasureCode> measures) {
        Optional<LocalDate> least = measures.stream().map(delivered::get).filter(Objects::nonNull)
                .min(LocalDate::compareTo);
        return least.filter(day -> day.isBefore(lastCompleteDay)).orElse(lastCompleteDay);
    }

    /**
     * The last day the freshest of several figures (the KPIs of a page, each by its measures) covers, among those
     * any source has delivered a measure of; the last complete day when none has data. A page is as far along as its
     * freshest figure: the others say for themselves that they lag.
     */
    public LocalDate lastDayOfFreshest(Collection<? extends Collection<MeasureCode>> figures) {
        return figures.stream().filter(measures -> measures.stream().anyMatch(delivered::containsKey))
                .map(this::lastDayOf).max(LocalDate::compareTo).orElse(lastCompleteDay);
    }

    /** The days of {@code period} a figure computed from {@code measures} covers. */
    public Coverage coverage(Period period, Collection<MeasureCode> measures) {
        return Coverage.of(period, lastDayOf(measures));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

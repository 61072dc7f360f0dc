package com.kpipulse.adapters.demo;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What went wrong at the demo shop lately, put into its history so that the monitoring cycle finds something on the
 * first start: each event sits at a fixed place before the last simulated day, in ISO weeks, so tests and the user
 * guide can name them.
 * <ul>
 *     <li>From the Monday three weeks before the last complete week on, visitors from VK Ads buy
 *     {@value #VK_CONVERSION_KEPT} times as often as before; their clicks, visits and spend stay as they were, their
 *     orders, revenue, leads, new customers and the goals VK Ads counts fall with the conversion. It is what the new
 *     landing page the marketer launched that Monday did ({@link DemoActions}).</li>
 *     <li>From the last complete week on, Google Ads runs on {@value #GOOGLE_BUDGET_KEPT} of its budget: impressions,
 *     clicks, spend, visits and orders fall together; the price of a click, the conversion and the average order
 *     stay as they were.</li>
 *     <li>On one weekday of the week before the last complete one (Tuesday to Thursday, fixed by the seed) the Yandex
 *     Metrica counter recorded nothing: both Metrica reports leave the day out, while the ad platforms and the CRM
 *     have it. A week of its own, so each of the three weeks has one story to tell.</li>
 * </ul>
 *
 * @param vkConversionDrop  the first week of VK Ads' conversion drop, which lasts to the last day
 * @param googleBudgetCut   the first week of Google Ads' budget cut, which lasts to the last day
 * @param metricaMissingDay the day missing from the Metrica reports
 */
public record DemoStory(Period vkConversionDrop, Period googleBudgetCut, LocalDate metricaMissingDay) {

    /** VK Ads' conversion during the drop, as a share of what it was: about 0.55 % of visits becomes 0.23 %. */
    public static final double VK_CONVERSION_KEPT = 0.42;
    /** Google Ads' budget after the cut, as a share of what it was. */
    public static final double GOOGLE_BUDGET_KEPT = 0.45;

    public DemoStory {
        Objects.requireNonNull(vkConversionDrop, "vkConversionDrop");
        Objects.requireNonNull(googleBudgetCut, "googleBudgetCut");
        Objects.requireNonNull(metricaMissingDay, "metricaMissingDay");
    }

    /** The story of a history that ends on {@code lastDay}, the missing Metrica day chosen by {@code seed}. */
    public static DemoStory endingOn(LocalDate lastDay, long seed) {
        Period lastCompleteWeek = Period.endingBy(Grain.WEEK, lastDay);
        return new DemoStory(Period.of(Grain.WEEK, lastCompleteWeek.start().minusWeeks(3)), lastCompleteWeek,
                lastCompleteWeek.start().minusWeeks(1).plusDays(1 + Math.floorMod(seed, 3)));
    }

    boolean vkConversionDropped(LocalDate day) {
        return !day.isBefore(vkConversionDrop.start());
    }

    boolean googleBudgetCut(LocalDate day) {
        return !day.isBefore(googleBudgetCut.start());
    }

    boolean metricaDelivered(LocalDate day) {
        return !day.equals(metricaMissingDay);
    }
}

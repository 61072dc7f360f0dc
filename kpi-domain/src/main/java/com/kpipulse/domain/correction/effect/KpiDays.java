package com.kpipulse.domain.correction.effect;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A KPI day by day for one group of channels, with what each day weighs when days are put together. A stretch of days
 * is worth Σ value × weight / Σ weight: with weight 1 that is the mean of the days (a total said per day, a level as
 * its mean); for a ratio of two totals the weight is the day's denominator, which makes it Σ numerator / Σ denominator
 * as the catalog computes a ratio over a longer period, never the mean of daily ratios. A day without an entry had no
 * data.
 */
public record KpiDays(Kind kind, NavigableMap<LocalDate, Day> days) {

    /** How the days of a stretch make one value. */
    public enum Kind {
        /** The mean of the days: revenue, orders or visits per day, followers as a mean level. */
        MEAN_OF_DAYS,
        /** Σ numerator / Σ denominator: conversion, CPA, CAC, ROMI; each day weighted by its denominator. */
        RATIO_OF_SUMS
    }

    /** One day's value and its weight (1, or the day's denominator; never below zero). */
    public record Day(BigDecimal value, BigDecimal weight) {

        public Day {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(weight, "weight");
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("A day weighs nothing or more, got " + weight);
            }
        }
    }

    public KpiDays {
        Objects.requireNonNull(kind, "kind");
        days = Collections.unmodifiableNavigableMap(new TreeMap<>(Objects.requireNonNull(days, "days")));
    }

    /** Values whose stretch is the mean of its days: a total per day, or a level. */
    public static KpiDays meanOfDays(Map<LocalDate, BigDecimal> values) {
        NavigableMap<LocalDate, Day> days = new TreeMap<>();
        values.forEach((day, value) -> days.put(day, new Day(value, BigDecimal.ONE)));
        return new KpiDays(Kind.MEAN_OF_DAYS, days);
    }

    /**
     * The daily values of a ratio of two totals with each day's denominator (visits for conversion, target actions
     * for CPA). A day with a zero denominator has no ratio and weighs nothing; a value without a denominator is a
     * mistake of the caller.
     */
    public static KpiDays ratioOfSums(Map<LocalDate, BigDecimal> values, Map<LocalDate, BigDecimal> denominators) {
        NavigableMap<LocalDate, Day> days = new TreeMap<>();
        values.forEach((day, value) -> {
            BigDecimal denominator = denominators.get(day);
            if (denominator == null) {
                throw new IllegalArgumentException("The ratio of " + day + " has no denominator");
            }
            days.put(day, new Day(value, denominator));
        });
        return new KpiDays(Kind.RATIO_OF_SUMS, days);
    }
}

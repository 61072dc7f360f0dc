package com.kpipulse.domain.measure;

import com.kpipulse.domain.period.Period;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The observations an evaluation may use, indexed by measure and kept in the order of their periods' first days, so
 * that a question about one period looks only at the observations that begin in it. Immutable.
 */
public final class ObservationSet {

    private final Map<MeasureCode, Series> byMeasure;

    private ObservationSet(Collection<Observation> observations) {
        Map<MeasureCode, List<Observation>> lists = new HashMap<>();
        observations.forEach(observation -> lists.computeIfAbsent(observation.measure(), code -> new ArrayList<>())
                .add(observation));
        Map<MeasureCode, Series> series = new HashMap<>();
        lists.forEach((code, list) -> series.put(code, new Series(list)));
        this.byMeasure = Map.copyOf(series);
    }

    public static ObservationSet of(Collection<Observation> observations) {
        return new ObservationSet(observations);
    }

    public static ObservationSet of(Observation... observations) {
        return new ObservationSet(List.of(observations));
    }

    /**
     * Observations of the measure whose own period lies inside {@code period} and that match the selection, in the
     * order of their first days (those of one day in the order they were given).
     */
    public List<Observation> within(MeasureCode measure, Period period, DimensionSelection selection) {
        Series series = byMeasure.get(measure);
        return series == null ? List.of() : series.within(period, selection);
    }

    /**
     * Observations of the measure whose first day lies inside {@code span} and that match the selection, as a store
     * answers for a span (a month that begins in it comes whole), in the order of their first days.
     */
    public List<Observation> startingIn(MeasureCode measure, Period span, DimensionSelection selection) {
        Series series = byMeasure.get(measure);
        return series == null ? List.of() : series.startingIn(span, selection);
    }

    /** The measures with observations. */
    public Set<MeasureCode> measures() {
        return byMeasure.keySet();
    }

    public int size() {
        return byMeasure.values().stream().mapToInt(series -> series.observations.length).sum();
    }

    /**
     * One measure's observations by first day (a stable sort), with the first days apart for a binary search, and
     * where each channel's lie, built when first asked for one (a cycle asks for each channel in turn).
     */
    private static final class Series {
        private static final String CHANNEL = "channel";

        private final Observation[] observations;
        private final long[] firstDays;
        /** Per channel, the positions of its observations, ascending; built once, on the first question by channel. */
        private volatile Map<String, int[]> byChannel;

        /**
         * Sorted by first day, those of one day kept in the order given. A list in that order already (a narrowed
         * read, a store's answer by day) is taken as it is; any other is sorted by its days as numbers, each tagged
         * with its place so that the sort is stable.
         */
        Series(List<Observation> unsorted) {
            int size = unsorted.size();
            long[] days = new long[size];
            boolean sorted = true;
            for (int i = 0; i < size; i++) {
                days[i] = unsorted.get(i).period().start().toEpochDay();
                sorted &= i == 0 || days[i - 1] <= days[i];
            }
            Observation[] ordered = new Observation[size];
            if (sorted) {
                unsorted.toArray(ordered);
                this.firstDays = days;
            } else {
                long[] keys = new long[size]; // the day in the high half, the place given in the low half
                for (int i = 0; i < size; i++) {
                    keys[i] = days[i] << 32 | i;
                }
                Arrays.sort(keys);
                long[] sortedDays = new long[size];
                for (int i = 0; i < size; i++) {
                    int given = (int) keys[i];
                    ordered[i] = unsorted.get(given);
                    sortedDays[i] = days[given];
                }
                this.firstDays = sortedDays;
            }
            this.observations = ordered;
        }

        List<Observation> within(Period period, DimensionSelection selection) {
            return beginningIn(period, selection, true);
        }

        List<Observation> startingIn(Period span, DimensionSelection selection) {
            return beginningIn(span, selection, false);
        }

        /**
         * The observations found, in a list nobody else holds (so it is handed out unmodifiable, not copied): an
         * evaluation asks this for every measure of every KPI it computes.
         */
        private List<Observation> beginningIn(Period period, DimensionSelection selection, boolean wholly) {
            long start = period.start().toEpochDay();
            long end = period.endExclusive().toEpochDay();
            Set<String> channels = selection.allowedValues().get(CHANNEL);
            List<Observation> found = new ArrayList<>();
            if (channels == null) {
                for (int i = firstAtOrAfter(start, null); i < firstDays.length && firstDays[i] < end; i++) {
                    keep(observations[i], period, selection, wholly, found);
                }
                return Collections.unmodifiableList(found);
            }
            if (channels.size() == 1) {
                int[] own = channelIndex().get(channels.iterator().next());
                if (own != null) {
                    for (int i = firstAtOrAfter(start, own); i < own.length && firstDays[own[i]] < end; i++) {
                        keep(observations[own[i]], period, selection, wholly, found);
                    }
                }
                return Collections.unmodifiableList(found);
            }
            int[] positions = new int[16];
            int count = 0;
            for (String channel : channels) {
                int[] own = channelIndex().get(channel);
                if (own != null) {
                    for (int i = firstAtOrAfter(start, own); i < own.length && firstDays[own[i]] < end; i++) {
                        if (count == positions.length) {
                            positions = Arrays.copyOf(positions, count * 2);
                        }
                        positions[count++] = own[i];
                    }
                }
            }
            Arrays.sort(positions, 0, count); // the order a scan of all of them gives
            for (int i = 0; i < count; i++) {
                keep(observations[positions[i]], period, selection, wholly, found);
            }
            return Collections.unmodifiableList(found);
        }

        private static void keep(Observation observation, Period period, DimensionSelection selection, boolean wholly,
                                 List<Observation> found) {
            if ((!wholly || period.encloses(observation.period())) && observation.matches(selection)) {
                found.add(observation);
            }
        }

        private Map<String, int[]> channelIndex() {
            Map<String, int[]> index = byChannel;
            if (index == null) {
                Map<String, int[]> counts = new HashMap<>(); // per channel: {how many, filled so far}
                String[] channelOf = new String[observations.length];
                for (int i = 0; i < observations.length; i++) {
                    String channel = observations[i].dimensions().get(CHANNEL);
                    if (channel != null) {
                        channelOf[i] = channel;
                        counts.computeIfAbsent(channel, key -> new int[2])[0]++;
                    }
                }
                Map<String, int[]> built = new HashMap<>();
                counts.forEach((channel, count) -> built.put(channel, new int[count[0]]));
                for (int i = 0; i < observations.length; i++) {
                    if (channelOf[i] != null) {
                        built.get(channelOf[i])[counts.get(channelOf[i])[1]++] = i;
                    }
                }
                index = Map.copyOf(built);
                byChannel = index; // built the same by any thread that gets here first
            }
            return index;
        }

        /** The first position (of all observations, or of {@code among} them) whose first day is on or after the day. */
        private int firstAtOrAfter(long day, int[] among) {
            int low = 0;
            int high = among == null ? firstDays.length : among.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (firstDays[among == null ? middle : among[middle]] < day) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}

package com.kpipulse.domain.analysis.anomaly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * The figures a detector reaches over many synthetic series: how many days it flags where nothing was put in (false
 * alarms) and how many of the days put in it names (recall), by kind.
 */
final class DetectionFigures {

    /** Where the unusual days go in the judged twelve weeks: three weeks apart, so each has its own window. */
    private static final int[] INJECTED_AT = {10, 31, 52, 73};

    int seriesDays;
    int falseAlarms;
    final Map<Injected, int[]> foundOfInjected = new EnumMap<>(Injected.class);

    private DetectionFigures() {
        for (Injected kind : Injected.values()) {
            foundOfInjected.put(kind, new int[2]);
        }
    }

    /** Judges {@code seeds} series as drawn, with nothing put in. */
    static DetectionFigures onClean(AnomalyDetector detector, LongFunction<SyntheticSeries> draw, int seeds) {
        DetectionFigures figures = new DetectionFigures();
        for (long seed = 1; seed <= seeds; seed++) {
            figures.count(detector.judge(draw.apply(seed).delivered(), SyntheticSeries.firstJudged(),
                    SyntheticSeries.lastJudged()), Map.of());
        }
        return figures;
    }

    /** Judges {@code seeds} series with a drop, a spike, a zero day and a missing day each, in a random order. */
    static DetectionFigures withInjected(AnomalyDetector detector, LongFunction<SyntheticSeries> draw, int seeds) {
        DetectionFigures figures = new DetectionFigures();
        for (long seed = 1; seed <= seeds; seed++) {
            SyntheticSeries series = draw.apply(seed);
            SplittableRandom random = new SplittableRandom(seed * 7919);
            List<Injected> kinds = new ArrayList<>(List.of(Injected.values()));
            java.util.Collections.shuffle(kinds, new java.util.Random(seed));
            Map<LocalDate, Injected> injected = new HashMap<>();
            for (int k = 0; k < INJECTED_AT.length; k++) {
                int index = SyntheticSeries.HISTORY_DAYS + INJECTED_AT[k] + random.nextInt(-3, 4);
                kinds.get(k).into(series.values, index, random);
                injected.put(SyntheticSeries.day(index), kinds.get(k));
            }
            figures.count(detector.judge(series.delivered(), SyntheticSeries.firstJudged(),
                    SyntheticSeries.lastJudged()), injected);
        }
        return figures;
    }

    private void count(SeriesVerdict verdict, Map<LocalDate, Injected> injected) {
        if (!(verdict instanceof SeriesVerdict.Judged judged)) {
            throw new AssertionError("A synthetic series has eight weeks of history: " + verdict);
        }
        seriesDays += judged.daysJudged() - injected.size();
        Map<LocalDate, Finding> byDay = new HashMap<>();
        judged.findings().forEach(finding -> byDay.put(finding.day(), finding));
        injected.forEach((day, kind) -> {
            int[] counts = foundOfInjected.get(kind);
            counts[1]++;
            Finding finding = byDay.get(day);
            if (finding != null && kind.namedBy(finding)) {
                counts[0]++;
            }
        });
        falseAlarms += (int) byDay.keySet().stream().filter(day -> !injected.containsKey(day)).count();
    }

    double falseAlarmRate() {
        return (double) falseAlarms / seriesDays;
    }

    double recall(Injected kind) {
        int[] counts = foundOfInjected.get(kind);
        return (double) counts[0] / counts[1];
    }

    double recall(Injected... kinds) {
        int found = 0;
        int all = 0;
        for (Injected kind : kinds) {
            found += foundOfInjected.get(kind)[0];
            all += foundOfInjected.get(kind)[1];
        }
        return (double) found / all;
    }

    String describe(String what) {
        StringBuilder text = new StringBuilder("%s: %d series-days, %d flagged without cause (%.3f %%)".formatted(what,
                seriesDays, falseAlarms, 100 * falseAlarmRate()));
        foundOfInjected.forEach((kind, counts) -> {
            if (counts[1] > 0) {
                text.append("; %s found %d of %d (%.1f %%)".formatted(kind, counts[0], counts[1],
                        100.0 * counts[0] / counts[1]));
            }
        });
        return text.toString();
    }
}

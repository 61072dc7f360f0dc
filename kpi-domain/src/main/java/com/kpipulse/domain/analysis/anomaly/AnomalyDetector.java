package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.Judged;
import com.kpipulse.domain.analysis.anomaly.SeriesVerdict.NotJudged;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks incoming data day by day: a day is unusual when it lies far from the usual value of its weekday (see
 * {@link WeekdayBaseline}) in units of the series' own day-to-day noise, and the change is large besides; a day
 * without any value, where a zero would be unusual too and empty days are rare, is a missing day (a finding of its
 * own, not a drop). Each series is judged against its own past only, so several are judged at once on the machine's
 * cores (the cycle judges a few hundred), and their verdicts come back in the order given.
 */
public final class AnomalyDetector {

    /** A weekday whose usual value rounds to zero (a shop closed on Sundays) has nothing to fall from or rise above. */
    private static final double NOTHING_USUAL = 0.5;

    private final AnomalyRules rules;
    private final WeekdayBaseline baseline;

    public AnomalyDetector(AnomalyRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.baseline = new WeekdayBaseline(rules);
    }

    public AnomalyDetector() {
        this(AnomalyRules.standard());
    }

    /**
     * The verdict on each series over the days {@code from..to} (both included), in the order given: judged in
     * parallel (each series alone, nothing shared but the rules), collected in order, so the answer is the one a
     * series-by-series pass gives.
     */
    public List<SeriesVerdict> judge(List<DailySeries> series, LocalDate from, LocalDate to) {
        return series.parallelStream().map(one -> judge(one, from, to)).toList();
    }

    /** The findings on the days {@code from..to} (both included), or why none of them could be judged. */
    public SeriesVerdict judge(DailySeries series, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The days end after they start: " + from + " .. " + to);
        }
        Evidence evidence = new Evidence(series);
        List<Finding> findings = new ArrayList<>();
        int judged = 0;
        int notJudged = 0;
        UsualDay.Unknown lastReason = null;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            switch (baseline.on(series.values(), day)) {
                case UsualDay.Unknown unknown -> {
                    notJudged++;
                    lastReason = unknown;
                }
                case UsualDay.Known usual -> {
                    judged++;
                    finding(series, day, usual, evidence).ifPresent(findings::add);
                }
            }
        }
        if (judged == 0) {
            return new NotJudged(series.key(), lastReason.reason(),
                    evidence.notJudged(lastReason, rules.windowWeeks()));
        }
        return new Judged(series.key(), from, to, judged, notJudged, findings);
    }

    private Optional<Finding> finding(DailySeries series, LocalDate day, UsualDay.Known usual, Evidence evidence) {
        if (usual.usual() < NOTHING_USUAL) {
            return Optional.empty();
        }
        Optional<BigDecimal> delivered = series.on(day);
        if (delivered.isEmpty()) {
            return unusual(0, usual)
                    ? Optional.of(new Finding.MissingDay(series.key(), day, figure(usual.usual()),
                    evidence.missing(day, usual.usual())))
                    : Optional.empty();
        }
        double value = delivered.get().doubleValue();
        if (!unusual(value, usual)) {
            return Optional.empty();
        }
        double score = usual.score(value);
        Deviation deviation = value == 0 ? Deviation.ZERO : score < 0 ? Deviation.DROP : Deviation.SPIKE;
        double ratio = value / usual.usual();
        return Optional.of(new Finding.UnusualValue(series.key(), day, deviation, delivered.get(),
                figure(usual.usual()), ratio, score, evidence.unusual(deviation, day, value, usual.usual())));
    }

    /**
     * Far from usual in the series' own noise, and a large change besides; a zero only where empty days are rare. A
     * day without data is judged as its zero would be: a source that leaves out the days it has nothing for (a CRM's
     * orders of a small channel) cannot be told from one that failed, unless a zero itself would be news.
     */
    private boolean unusual(double value, UsualDay.Known usual) {
        boolean far = Math.abs(usual.score(value)) >= rules.scoreLimit();
        boolean large = usual.logChange(value) >= Math.log1p(rules.minimumChange());
        boolean rareZero = value != 0 || usual.emptyShare() < rules.rareEmptyShare();
        return far && large && rareZero;
    }

    private static BigDecimal figure(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}

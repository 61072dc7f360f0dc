package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.goal.PaceAgainstGoals;
import com.kpipulse.application.goal.TargetTrack;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A KPI's "6-12" for the weekly review, as in Amazon's weekly business review: the last six weeks up to the review's
 * week and the last twelve months up to the month that week ends in, each period beside the same period of last year
 * and its target. Last year's week is the one 52 weeks before (the same weekdays), its month the same month. A period
 * the data do not cover to its end is provisional, and last year's is then read over the same days (like for like);
 * the target is the goals' part of it the reader may see, pro-rated as the scorecard does, and only for the KPI in
 * total (goals set totals, not a channel's share).
 */
@ApplicationScoped
public class ReadSixTwelve {

    public static final int WEEKS = 6;
    public static final int MONTHS = 12;

    private final ReadValues values;
    private final CurrentKpiCatalog catalogs;
    private final ReadingRights rights;
    private final PaceAgainstGoals pace;
    private final DataCoverage coverage;

    @Inject
    public ReadSixTwelve(ReadValues values, CurrentKpiCatalog catalogs, ReadingRights rights, PaceAgainstGoals pace,
                         DataCoverage coverage) {
        this.values = values;
        this.catalogs = catalogs;
        this.rights = rights;
        this.pace = pace;
        this.coverage = coverage;
    }

    /**
     * The KPI's six weeks and twelve months.
     *
     * @param week    the review's week: the last of the six
     * @param channel the channel the KPI is looked at in; empty for the total
     */
    public Access<SixTwelve> of(Reader reader, String code, Optional<String> channel, Period week) {
        KpiCatalog catalog = catalogs.current();
        return rights.kpi(reader, catalog, code).map(kpi -> sixTwelve(kpi, catalog, channel, week, reader));
    }

    private SixTwelve sixTwelve(KpiDefinition kpi, KpiCatalog catalog, Optional<String> channel, Period week,
                                Reader reader) {
        DataReach reach = coverage.now();
        LocalDate lastDay = reach.lastDayOf(catalog.measuresOf(kpi));
        Set<String> channels = channel.map(Set::of).orElse(Set.of());
        Period lastWeek = Period.of(Grain.WEEK, week.start());
        Period lastMonth = Period.of(Grain.MONTH, week.lastDay());
        return new SixTwelve(kpi, channel,
                panel(kpi, Grain.WEEK, back(lastWeek, WEEKS), day -> day.minusWeeks(52), channels, reach, lastDay, reader),
                panel(kpi, Grain.MONTH, back(lastMonth, MONTHS), day -> day.minusYears(1), channels, reach, lastDay,
                        reader));
    }

    private Panel panel(KpiDefinition kpi, Grain grain, List<Period> periods, UnaryOperator<LocalDate> yearBefore,
                        Set<String> channels, DataReach reach, LocalDate lastDay, Reader reader) {
        String code = kpi.code().value();
        LocalDate first = periods.getFirst().start();
        LocalDate last = periods.getLast().lastDay();
        ValueSeries now = values.kpi(code, first, last, grain, channels, reach).orElseThrow();
        // last year as far as this year's data reach, shifted by a year: a provisional period meets the same days
        ValueSeries before = values.kpi(code, Period.of(grain, yearBefore.apply(first)).start(),
                Period.of(grain, yearBefore.apply(last)).lastDay(), grain, channels,
                DataReach.byTheClock(yearBefore.apply(lastDay))).orElseThrow();
        List<Optional<BigDecimal>> targets = channels.isEmpty()
                ? pace.track(kpi, grain, periods, reader.claims()).steps().stream().map(TargetTrack.Step::target).toList()
                : periods.stream().map(period -> Optional.<BigDecimal>empty()).toList();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            ValueSeries.PeriodValue value = now.values().get(i);
            KpiValue lastYear = i < before.values().size() ? before.values().get(i).value() : value.value();
            points.add(new Point(value.period(), value.value(), value.coverage(),
                    lastYear instanceof KpiValue.Known ? Optional.of(lastYear) : Optional.empty(), targets.get(i)));
        }
        return new Panel(grain, points);
    }

    /** {@code count} periods ending with {@code last}, oldest first. */
    private static List<Period> back(Period last, int count) {
        List<Period> periods = new ArrayList<>();
        Period period = last;
        for (int i = 0; i < count; i++) {
            periods.addFirst(period);
            period = period.previous();
        }
        return periods;
    }

    /** A KPI's six weeks and twelve months. */
    public record SixTwelve(KpiDefinition kpi, Optional<String> channel, Panel weeks, Panel months) {
        public SixTwelve {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(weeks, "weeks");
            Objects.requireNonNull(months, "months");
        }
    }

    /** One side of the chart: weeks or months, oldest first. */
    public record Panel(Grain grain, List<Point> points) {
        public Panel {
            points = List.copyOf(points);
        }
    }

    /**
     * One period: its value as far as the data cover it, the same period of last year over the same days when it has a
     * value, and its target when a goal the reader may see sets one.
     */
    public record Point(Period period, KpiValue actual, Coverage coverage, Optional<KpiValue> lastYear,
                        Optional<BigDecimal> target) {
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(lastYear, "lastYear");
            Objects.requireNonNull(target, "target");
        }
    }
}

package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring cycle asks for some two hundred scorecards at once: their reads are made on its thread, their rows
 * computed on all cores (ADR 26). Each is the scorecard the same request gives alone, in the same run or outside
 * one, a page's among them.
 */
class TheScorecardsOfARunShownAtOnceAreTheOnesShownOneByOneTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 5, 10);
    private static final Period WEEK = Period.of(Grain.WEEK, LocalDate.of(2023, 4, 10));
    private static final List<String> CHANNELS = List.of("seo", "vk_ads", "yandex_direct");

    private final List<Observation> stored = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private final ValuesThatCount reader = InMemory.valuesOf(stored);
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    private final DataFreshness freshness = new DataFreshness() {
        @Override
        public List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures) {
            return List.of(new SourceFreshness("crm", LocalDate.of(2023, 5, 9)));
        }

        @Override
        public List<Delivery> deliveries() {
            return List.of();
        }
    };
    private final SharedReads shared = new SharedReads(reader);
    private final RunMemo memo = new RunMemo();
    private final ShowScorecard show = new ShowScorecard(shared, InMemory.manageGoals(goals, reader, catalogs),
            freshness, new RoleScorecards(InMemory.scorecardLayouts(), catalogs, InMemory.noAudit()), catalogs,
            InMemory.readingRights(goals, catalogs), InMemory.channelCatalogs(), new DataCoverage(freshness, clock),
            new GoalValues(reader, InMemory.alwaysNewData()), memo);

    @Test
    void everyScorecardAskedAtOnceIsTheOneAskedAlone() {
        data();
        goals.add(new Goal(GoalId.random(), "Весна", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 3), Optional.of(LocalDate.of(2023, 7, 2)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("91000")), GoalKpi.of("traffic", Target.absolute("130000")),
                        GoalKpi.of("conversion_rate", Target.absolute("0.02"))),
                Set.of("marketing-head")));
        List<ScorecardRequest> requests = new ArrayList<>();
        for (Role role : Role.values()) {
            for (LocalDate day : List.of(WEEK.start(), WEEK.start().minusYears(1))) {
                requests.add(ScorecardRequest.ofCycle(role, Set.of("admin"), Grain.WEEK, day, Set.of()));
                for (String channel : CHANNELS) {
                    requests.add(ScorecardRequest.ofCycle(role, Set.of("admin"), Grain.WEEK, day, Set.of(channel)));
                }
                requests.add(ScorecardRequest.ofCycle(role, Set.of("admin"), Grain.WEEK, day, Set.copyOf(CHANNELS)));
            }
        }
        requests.add(new ScorecardRequest(Role.MARKETER, Set.of("admin"), Grain.WEEK, WEEK.start(), Set.of()));

        List<Scorecard> alone;
        try (RunMemo.Run run = memo.open(); SharedReads.Run reads = shared.open(measures(), spans())) {
            alone = requests.stream().map(show::show).toList();
        }
        List<Scorecard> atOnce;
        try (RunMemo.Run run = memo.open(); SharedReads.Run reads = shared.open(measures(), spans())) {
            atOnce = show.showAll(requests);
        }

        assertThat(alone).hasSize(requests.size());
        assertThat(alone).anySatisfy(scorecard -> assertThat(scorecard.rows())
                .anySatisfy(row -> assertThat(row.evaluation()).isPresent()));
        assertThat(atOnce).isEqualTo(alone);
        assertThat(show.showAll(requests)).as("outside a run").isEqualTo(alone);
    }

    /** Four weeks of revenue, visits and orders on three channels, this spring and the spring before. */
    private void data() {
        for (LocalDate monday : List.of(WEEK.start(), WEEK.start().minusYears(1))) {
            for (int week = -3; week <= 0; week++) {
                for (int day = 0; day < 7; day++) {
                    LocalDate date = monday.plusWeeks(week).plusDays(day);
                    for (int c = 0; c < CHANNELS.size(); c++) {
                        Map<String, String> where = Map.of("channel", CHANNELS.get(c));
                        int base = 1000 + 100 * c + 10 * day - 7 * week;
                        stored.add(Observation.daily("revenue", date, where, Money.of(Integer.toString(base), "RUB")));
                        stored.add(Observation.daily("visits", date, where, new BigDecimal(base * 3)));
                        stored.add(Observation.daily("orders", date, where, new BigDecimal(base / 50)));
                    }
                }
            }
        }
    }

    private Set<MeasureCode> measures() {
        KpiCatalog catalog = catalogs.current();
        Set<MeasureCode> measures = new LinkedHashSet<>();
        catalog.all().forEach(kpi -> measures.addAll(catalog.measuresOf(kpi)));
        return measures;
    }

    /** What the cycle reads for the week: it and the twelve before it, the same week a year earlier and the one before. */
    private static List<Period> spans() {
        Period first = WEEK;
        for (int i = 0; i < 12; i++) {
            first = first.previous();
        }
        Period lastYear = WEEK.sameLastYear();
        return List.of(new Period(first.start(), WEEK.endExclusive()),
                new Period(lastYear.previous().start(), lastYear.endExclusive()));
    }
}

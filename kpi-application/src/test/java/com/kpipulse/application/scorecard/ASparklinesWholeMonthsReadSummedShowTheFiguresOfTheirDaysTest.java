package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.WholeMonths;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month's or a quarter's page reads the whole months of its sparkline summed per month, its snapshots on their
 * months' first and last days (ADR 27), and shows the figures its days add up to: every row, its history, trend, judgement and the tables are those of a page that read
 * every day. The period shown, the one before it and a period its data do not cover to its end are read day by day.
 */
class ASparklinesWholeMonthsReadSummedShowTheFiguresOfTheirDaysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final Set<String> HEAD = Set.of("marketing-head");
    private static final List<String> CHANNELS = List.of("seo", "vk_ads", "yandex_direct");

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final ValuesThatCount days = stored.valuesThatCount();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    private final List<Goal> goals = new ArrayList<>();
    /** The first day read day by day of each summing read. */
    private final List<LocalDate> summedBefore = new ArrayList<>();
    /** The store as it answers with the months summed, telling which first day it was asked to read by days. */
    private final ValuesThatCount summing = new Store(true);
    /** The store as it answered before: every day, whatever it is asked to sum. */
    private final ValuesThatCount everyDay = new Store(false);

    /** The in-memory store, whole months summed as the port's default does or not at all. */
    private final class Store implements ValuesThatCount {
        private final boolean sums;

        Store(boolean sums) {
            this.sums = sums;
        }

        @Override
        public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
            return days.perChannel(measures, span, channels);
        }

        @Override
        public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels,
                                         WholeMonths months) {
            if (!sums) {
                return days.perChannel(measures, span, channels);
            }
            summedBefore.add(months.daysFrom());
            return ValuesThatCount.super.perChannel(measures, span, channels, months);
        }

        @Override
        public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
            return days.perCampaign(measures, span, channels);
        }
    }

    ASparklinesWholeMonthsReadSummedShowTheFiguresOfTheirDaysTest() {
        // sixteen months of days on three channels, a value every third day, different from day to day
        for (LocalDate day = LocalDate.of(2025, 8, 1); day.isBefore(TODAY); day = day.plusDays(3)) {
            for (int c = 0; c < CHANNELS.size(); c++) {
                int n = day.getDayOfYear() * 7 + c * 13;
                Map<String, String> channel = Map.of("channel", CHANNELS.get(c));
                stored.holds(Observation.daily("revenue", day, channel, Money.of(Integer.toString(5_000 + n % 900), "RUB")));
                stored.holds(Observation.daily("ad_spend", day, channel, Money.of(Integer.toString(900 + n % 300), "RUB")));
                stored.holds(Observation.daily("marketing_spend", day, channel, Money.of(Integer.toString(1_500 + n % 200), "RUB")));
                stored.holds(Observation.daily("orders", day, channel, BigDecimal.valueOf(3 + n % 11)));
                stored.holds(Observation.daily("new_customers", day, channel, BigDecimal.valueOf(1 + n % 5)));
                stored.holds(Observation.daily("visits", day, channel, BigDecimal.valueOf(200 + n % 97)));
                stored.holds(Observation.daily("clicks", day, channel, BigDecimal.valueOf(40 + n % 31)));
                stored.holds(Observation.daily("impressions", day, channel, BigDecimal.valueOf(4_000 + n % 555)));
                stored.holds(Observation.daily("leads", day, channel, BigDecimal.valueOf(5 + n % 13)));
                stored.holds(Observation.daily("followers", day, channel, BigDecimal.valueOf(10_000 + day.getDayOfYear())));
            }
        }
        Period quarter = Period.of(Grain.QUARTER, LocalDate.of(2026, 10, 1));
        goals.add(new Goal(GoalId.random(), "Выручка квартала", Optional.of(BusinessObjective.SALES), "hanna",
                quarter.start(), Optional.of(quarter.lastDay()), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("2000000"))), HEAD));
    }

    @Test
    void aMonthsPageShowsWhatItsDaysAddUpTo() {
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 15), TODAY)) {
            for (Role role : List.of(Role.MARKETING_HEAD, Role.MARKETER, Role.SMM_SPECIALIST)) {
                ScorecardRequest month = new ScorecardRequest(role, HEAD, Grain.MONTH, day, Set.of());

                assertThat(scorecard(summing, List.of()).show(month)).as(role + " " + day)
                        .isEqualTo(scorecard(everyDay, List.of()).show(month));
            }
        }
        // November is over and covered: every month comes summed. December is running: its days are read, and
        // November's (the trend), and October's for the head's and the SMM specialist's growth KPIs, which look one
        // period back
        LocalDate none = LocalDate.of(2026, 12, 1);
        assertThat(summedBefore).containsExactly(none, none, none, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 10, 1));
    }

    @Test
    void aQuartersPageAndAChannelsPageShowWhatTheirDaysAddUpTo() {
        ScorecardRequest quarter = new ScorecardRequest(Role.MARKETING_HEAD, HEAD, Grain.QUARTER,
                LocalDate.of(2026, 11, 15), Set.of());
        ScorecardRequest channel = new ScorecardRequest(Role.MARKETER, HEAD, Grain.MONTH, LocalDate.of(2026, 9, 15),
                Set.of("vk_ads"));

        assertThat(scorecard(summing, List.of()).show(quarter)).isEqualTo(scorecard(everyDay, List.of()).show(quarter));
        assertThat(scorecard(summing, List.of()).show(channel)).isEqualTo(scorecard(everyDay, List.of()).show(channel));
        // the running quarter, the one before it and the one its sales growth looks back to; September is over and
        // covered, so the marketer's page reads no day
        assertThat(summedBefore).containsExactly(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 10, 1));
    }

    @Test
    void aMonthItsDataDoNotCoverToTheEndIsReadDayByDayWithTheMonthBeforeIt() {
        // the CRM's revenue stops on 12 June: June is provisional on every later page, compared with May's first days
        List<Delivery> lagging = List.of(new Delivery("crm", new MeasureCode("revenue"), LocalDate.of(2026, 6, 12)));
        ScorecardRequest month = new ScorecardRequest(Role.MARKETING_HEAD, HEAD, Grain.MONTH, LocalDate.of(2026, 11, 15),
                Set.of());

        assertThat(scorecard(summing, lagging).show(month)).isEqualTo(scorecard(everyDay, lagging).show(month));
        // June is to date, and so is its sales growth's May
        assertThat(summedBefore).containsExactly(LocalDate.of(2026, 5, 1));
    }

    @Test
    void aWeeksPageAndTheCyclesScorecardsOfOnePeriodReadEveryDay() {
        ScorecardRequest week = new ScorecardRequest(Role.MARKETING_HEAD, HEAD, Grain.WEEK, LocalDate.of(2026, 11, 25),
                Set.of());
        ScorecardRequest cycle = ScorecardRequest.ofCycle(Role.MARKETING_HEAD, HEAD, Grain.QUARTER,
                LocalDate.of(2026, 9, 30), Set.of());

        assertThat(scorecard(summing, List.of()).show(week)).isEqualTo(scorecard(everyDay, List.of()).show(week));
        assertThat(scorecard(summing, List.of()).show(cycle)).isEqualTo(scorecard(everyDay, List.of()).show(cycle));
        assertThat(summedBefore).isEmpty();
    }

    private ShowScorecard scorecard(ValuesThatCount reader, List<Delivery> deliveries) {
        ScorecardLayouts defaults = new ScorecardLayouts() {
            public Versioned<List<String>> of(Role role) {
                return new Versioned<>(List.of(), 0);
            }

            public VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
        Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        DataCoverage coverage = InMemory.coverage(clock, deliveries);
        return new ShowScorecard(new SharedReads(reader), InMemory.manageGoals(goals, reader, catalogs),
                InMemory.freshness(deliveries), new RoleScorecards(defaults, catalogs, InMemory.noAudit()), catalogs,
                InMemory.readingRights(goals, catalogs), InMemory.channelCatalogs(), coverage,
                new GoalValues(reader, InMemory.alwaysNewData()), new RunMemo());
    }
}

package com.kpipulse.application.scorecard;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiValue;
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

class AScorecardJudgesTheRolesKpisAgainstTheGoalsItsReaderMaySeeTest {

    private static final LocalDate APRIL = LocalDate.of(2023, 4, 20);

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private int reads;

    /** The store's values, each read counted. */
    private final ValuesThatCount reader = new ValuesThatCount() {
        public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
            reads++;
            return stored.valuesThatCount().perChannel(measures, span, channels);
        }

        public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
            reads++;
            return stored.valuesThatCount().perCampaign(measures, span, channels);
        }
    };

    private final ShowScorecard show = showScorecard(LocalDate.of(2026, 11, 23));

    @Test
    void everyKpiComesWithThirteenPeriodsAndThePreviousOneFromASingleRead() {
        revenue("2023-03-10", "seo", 1000);
        revenue("2023-04-10", "seo", 1500);

        Scorecard scorecard = show.show(request(Role.SMM_SPECIALIST, Set.of("smm-specialist"), Set.of()));

        assertThat(reads).isEqualTo(1);
        assertThat(scorecard.period()).isEqualTo(Period.month(2023, 4));
        assertThat(scorecard.rows()).allSatisfy(row -> assertThat(row.history()).hasSize(ShowScorecard.HISTORY));

        Scorecard head = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of()));
        Scorecard.Row revenue = row(head, "revenue");
        assertThat(revenue.actual().number()).contains(new BigDecimal("1500"));
        assertThat(revenue.previous().number()).contains(new BigDecimal("1000"));
        assertThat(revenue.history().getFirst()).isInstanceOf(KpiValue.None.class);
    }

    @Test
    void anAdditiveTargetIsPhasedEvenlyByDaysSoAMonthGetsItsShare() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard.Row revenue = row(show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of())), "revenue");

        assertThat(revenue.evaluation()).isPresent();
        assertThat(revenue.evaluation().get().target().number().orElseThrow()).isEqualByComparingTo("1600");
        assertThat(revenue.evaluation().get().status()).isEqualTo(Status.AT_RISK);
        assertThat(revenue.goal().map(Goal::title)).contains("Выручка весны");
    }

    @Test
    void aGoalTheReaderMayNotSeeSetsNoTarget() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard viewer = show.show(request(Role.VIEWER, Set.of("viewer"), Set.of()));

        assertThat(row(viewer, "revenue").evaluation()).isEmpty();
        assertThat(viewer.goals()).isEmpty();
    }

    @Test
    void underAChannelFilterATotalGetsTheChannelsShareOfTheTargetFromTheDaysBeforeTheGoal() {
        // the 30 days before the goal's start (16 March .. 14 April): seo brought 600 of 800
        revenue("2023-04-01", "seo", 600);
        revenue("2023-04-01", "vk_ads", 200);
        revenue("2023-04-20", "seo", 1500);
        revenue("2023-04-20", "vk_ads", 500);
        goal(Set.of());

        Scorecard seo = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of("seo")));

        Scorecard.Row revenue = row(seo, "revenue");
        assertThat(revenue.actual().number()).contains(new BigDecimal("2100"));
        PeriodJudgement.Judged judged = (PeriodJudgement.Judged) revenue.judgement();
        assertThat(judged.share().orElseThrow().share()).isEqualByComparingTo("0.75");
        assertThat(judged.share().orElseThrow().base()).isEqualTo(Period.custom(LocalDate.of(2023, 3, 16), LocalDate.of(2023, 4, 14)));
        assertThat(judged.evaluation().target().number().orElseThrow()).isEqualByComparingTo("1200"); // 1600 x 0.75
        assertThat(judged.evaluation().actual().number().orElseThrow()).isEqualByComparingTo("1500"); // 15..30 April
        assertThat(judged.evaluation().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void underAChannelFilterALevelHasNoChannelTargetAndSaysSo() {
        count("visits", 1000);
        count("orders", 20);
        goals.add(new Goal(GoalId.random(), "Конверсия весны", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 1), Optional.of(LocalDate.of(2023, 4, 30)), Optional.empty(),
                List.of(GoalKpi.of("conversion_rate", Target.absolute("0.03"))), Set.of()));

        Scorecard seo = show.show(request(Role.MARKETER, Set.of("marketer"), Set.of("seo")));

        assertThat(row(seo, "conversion_rate").judgement()).isEqualTo(new PeriodJudgement.NoChannelPlan(goals.getFirst(),
                PeriodJudgement.NoChannelPlanReason.LEVEL_FOR_ALL_CHANNELS, Optional.empty()));
        assertThat(row(seo, "romi").judgement()).isInstanceOf(PeriodJudgement.NoGoal.class);
    }

    @Test
    void theRunningPeriodIsJudgedUpToYesterdayOnTheSameDaysAsTheGoalsTable() {
        // today is 23 November 2026: the quarter's goal is judged on 1 October .. 22 November in both places
        goals.add(new Goal(GoalId.random(), "Выручка квартала", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 12, 31)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("9200"))), Set.of()));
        revenue("2026-10-05", "seo", 3000);
        revenue("2026-11-20", "seo", 3000);

        Scorecard quarter = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.QUARTER,
                LocalDate.of(2026, 11, 23), Set.of()));

        PeriodJudgement.Judged row = (PeriodJudgement.Judged) row(quarter, "revenue").judgement();
        Scorecard.GoalLine line = quarter.goals().getFirst();
        assertThat(row.window()).isEqualTo(Period.custom(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 22)));
        assertThat(line.asOf()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(row.evaluation().target().number().orElseThrow()).isEqualByComparingTo("5300"); // 53 of 92 days
        assertThat(line.due()).isEqualByComparingTo(row.evaluation().target().number().orElseThrow());
        assertThat(line.pacing().attainment()).isEqualTo(row.evaluation().attainment());
        assertThat(line.pacing().status()).isEqualTo(row.evaluation().status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void aPeriodTheGoalCoversButThatHasNotBegunIsUpcomingWithItsTarget() {
        goal(Set.of());

        Scorecard may = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.MONTH,
                LocalDate.of(2023, 5, 1), Set.of()));
        Scorecard.Row revenue = row(may, "revenue");

        assertThat(revenue.judgement()).isInstanceOf(PeriodJudgement.Judged.class);
        ShowScorecard today = showScorecard(LocalDate.of(2023, 4, 15));
        PeriodJudgement upcoming = row(today.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"),
                Grain.MONTH, LocalDate.of(2023, 5, 1), Set.of())), "revenue").judgement();
        assertThat(upcoming).isInstanceOf(PeriodJudgement.Upcoming.class);
        assertThat(((PeriodJudgement.Upcoming) upcoming).target()).isEqualByComparingTo("1400"); // 14 May days
    }

    @Test
    void theHeadAlsoSeesTheKpisHerGoalsSetTargetsForThatAreNotOnHerList() {
        count("visits", 100_000);
        count("orders", 2000);
        goals.add(new Goal(GoalId.random(), "Конверсия весны", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 1), Optional.of(LocalDate.of(2023, 4, 30)), Optional.empty(),
                List.of(GoalKpi.of("conversion_rate", Target.absolute("0.03"))), Set.of()));

        Scorecard head = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of()));

        Scorecard.Row conversion = row(head, "conversion_rate");
        assertThat(conversion.fromGoal()).isTrue();
        assertThat(conversion.evaluation().orElseThrow().status()).isEqualTo(Status.OFF_TRACK);
        assertThat(head.rows().getLast()).isEqualTo(conversion);
        assertThat(row(head, "revenue").fromGoal()).isFalse();
    }

    @Test
    void theGoalLineComparesTheActualSinceTheStartWithWhatIsDueByTheEndOfThePeriod() {
        revenue("2023-04-20", "seo", 1500);
        goal(Set.of("marketing-head"));

        Scorecard.GoalLine line = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of())).goals().getFirst();

        assertThat(line.asOf()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(line.due()).isEqualByComparingTo("1600");
        assertThat(line.goalTarget()).isEqualByComparingTo("3000");
        assertThat(line.progress().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(line.pacing().status()).isEqualTo(Status.AT_RISK);
    }

    @Test
    void weeksTypedByHandAreTheWeeksTargetsAndAMonthGetsTheWeeksInIt() {
        revenue("2023-04-20", "seo", 1500);
        // 15..16 April (a clipped week), then the weeks from 17 April, 24 April, 1 May and 8 May
        goals.add(revenueGoal(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), "3000", Phasing.manual(List.of(
                ManualPart.of("2023-04-15", "200"), ManualPart.of("2023-04-17", "400"), ManualPart.of("2023-04-24", "600"),
                ManualPart.of("2023-05-01", "800"), ManualPart.of("2023-05-08", "1000")))));

        Scorecard month = show.show(request(Role.MARKETING_HEAD, Set.of("marketing-head"), Set.of()));
        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        // evenly April would get 1600 and the week of 17 April 700
        assertThat(row(month, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("1200");
        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("400");
        Scorecard.GoalLine line = week.goals().getFirst();
        assertThat(line.due()).isEqualByComparingTo("600"); // 200 + the whole week of 17 April
        assertThat(line.goalTarget()).isEqualByComparingTo("3000");
    }

    @Test
    void seasonalPhasingReadsTheSameWeeksLastYear() {
        // 2023-W16 and W17 look back to 2022-W16 (18..24 April) and W17 (25 April .. 1 May): 100 and 300
        revenue("2022-04-19", "seo", 100);
        revenue("2022-04-26", "seo", 300);
        goals.add(revenueGoal(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 30), "2000", Phasing.SEASONAL));

        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("500");
    }

    @Test
    void seasonalPhasingWithoutLastYearFallsBackToEven() {
        goals.add(revenueGoal(LocalDate.of(2023, 4, 17), LocalDate.of(2023, 4, 30), "2000", Phasing.SEASONAL));

        Scorecard week = show.show(new ScorecardRequest(Role.MARKETING_HEAD, Set.of("marketing-head"), Grain.WEEK, APRIL, Set.of()));

        assertThat(row(week, "revenue").evaluation().orElseThrow().target().number().orElseThrow()).isEqualByComparingTo("1000");
    }

    @Test
    void theWeakestLinkIsTheStepThatFellMostAgainstItsOwnHistoryNotTheLowestRate() {
        for (int month = 1; month <= 3; month++) {
            count("visits", LocalDate.of(2023, month, 10), 1000);
            count("carts", LocalDate.of(2023, month, 10), 100);
            count("orders", LocalDate.of(2023, month, 10), 40);
        }
        count("visits", 1000);
        count("carts", 90);
        count("orders", 18);

        Scorecard marketer = show.show(request(Role.MARKETER, Set.of("marketer"), Set.of()));

        assertThat(marketer.funnels()).hasSize(1);
        Scorecard.Funnel shop = marketer.funnels().getFirst();
        assertThat(shop.definition().code()).isEqualTo("shop");
        assertThat(shop.stages()).extracting(stage -> stage.measure().code().value()).containsExactly("visits", "carts", "orders");
        Scorecard.Step carts = shop.stages().get(1).step().orElseThrow();
        Scorecard.Step orders = shop.stages().get(2).step().orElseThrow();
        assertThat(carts.conversion().number().orElseThrow()).isEqualByComparingTo("0.09"); // the lowest rate, 10 % below usual
        assertThat(carts.change().orElseThrow()).isEqualByComparingTo("-0.1");
        assertThat(orders.conversion().number().orElseThrow()).isEqualByComparingTo("0.2"); // usually 0.4: half of it
        assertThat(orders.usual().orElseThrow()).isEqualByComparingTo("0.4");
        assertThat(marketer.weakLink()).contains(new Scorecard.WeakLink(0, 2));
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void aStepIsComputedOverTheChannelsThatHaveBothItsStages() {
        stored.holds(Observation.daily("clicks", LocalDate.of(2023, 4, 10), Map.of("channel", "vk_ads"), new BigDecimal(100)));
        stored.holds(Observation.daily("impressions", LocalDate.of(2023, 4, 10), Map.of("channel", "vk_ads"), new BigDecimal(5000)));
        stored.holds(Observation.daily("visits", LocalDate.of(2023, 4, 10), Map.of("channel", "vk_ads"), new BigDecimal(80)));
        stored.holds(Observation.daily("visits", LocalDate.of(2023, 4, 10), Map.of("channel", "seo"), new BigDecimal(900)));

        Scorecard.Funnel leads = show.show(request(Role.MARKETER, Set.of("marketer"), Set.of())).funnels().getFirst();

        assertThat(leads.stages().get(2).count().number().orElseThrow()).isEqualByComparingTo("980");
        Scorecard.Step clicksToVisits = leads.stages().get(2).step().orElseThrow();
        assertThat(clicksToVisits.kpi().code().value()).isEqualTo("click_to_visit");
        assertThat(clicksToVisits.conversion().number().orElseThrow()).isEqualByComparingTo("0.8");
        assertThat(clicksToVisits.scope()).containsExactly("vk_ads");
    }

    @Test
    void theChannelEconomicsShowCacOnMarketingSpendWhereSalesCostsAreKeptForTheCompanyOnly() {
        money("marketing_spend", "2023-04-10", "vk_ads", 3000);
        money("sales_spend", "2023-04-10", null, 1000);
        count("new_customers", LocalDate.of(2023, 4, 10), "vk_ads", 3);
        count("new_customers", LocalDate.of(2023, 4, 10), "seo", 0);
        money("marketing_spend", "2023-04-10", "seo", 500);

        Scorecard.ChannelTable table = show.show(request(Role.MARKETER, Set.of("marketer"), Set.of())).channelTable().orElseThrow();

        int cac = column(table, "cac");
        Scorecard.Cell vk = cells(table, "vk_ads").get(cac);
        assertThat(vk.value().number().orElseThrow()).isEqualByComparingTo("1000"); // 3000 / 3
        assertThat(vk.note().orElseThrow()).isInstanceOfSatisfying(Scorecard.CellNote.StoodIn.class, stood -> {
            assertThat(stood.missing().code().value()).isEqualTo("sales_spend");
            assertThat(stood.standIn().code().value()).isEqualTo("cac_marketing");
        });
        assertThat(cells(table, "seo").get(cac).note().orElseThrow()).isInstanceOfSatisfying(Scorecard.CellNote.Zero.class,
                zero -> assertThat(zero.measure().code().value()).isEqualTo("new_customers"));
        assertThat(table.total().get(cac).value().number().orElseThrow()).isEqualByComparingTo("1500"); // (3500 + 1000) / 3
        assertThat(table.total().get(cac).note()).isEmpty();
        assertThat(table.rows()).extracting(Scorecard.ChannelRow::channel).containsExactly("vk_ads", "seo");
        assertThat(table.withoutData()).contains("direct", "referral");
    }

    @Test
    void theSmmSpecialistFiltersBySocialNetworksAndGetsATablePerNetwork() {
        count("followers", LocalDate.of(2023, 4, 30), "smm_vk", 5000);
        count("followers", LocalDate.of(2023, 4, 30), "telegram", 800);
        count("visits", LocalDate.of(2023, 4, 10), "telegram", 120);

        Scorecard smm = show.show(request(Role.SMM_SPECIALIST, Set.of("smm-specialist"), Set.of()));

        assertThat(smm.channelChoices()).containsExactly("smm_vk", "telegram");
        Scorecard.ChannelTable social = smm.socialTable().orElseThrow();
        assertThat(social.rows()).extracting(Scorecard.ChannelRow::channel).containsExactly("smm_vk", "telegram");
        assertThat(cells(social, "telegram").get(column(social, "followers")).value().number().orElseThrow())
                .isEqualByComparingTo("800");
        Scorecard.Cell traffic = cells(social, "telegram").get(column(social, "social_traffic"));
        assertThat(traffic.value().number().orElseThrow()).isEqualByComparingTo("120");
        assertThat(traffic.note().orElseThrow()).isInstanceOf(Scorecard.CellNote.StoodIn.class);
        assertThat(smm.channelTable()).isEmpty();
    }

    @Test
    void ltvInAWeekSaysItsBuyersAreCountedPerMonth() {
        for (int month = 3; month <= 4; month++) {
            stored.holds(new Observation(new MeasureCode("active_customers"), Period.month(2023, month),
                    Map.of("channel", "seo"), new BigDecimal(300), Optional.empty()));
        }

        Scorecard week = show.show(new ScorecardRequest(Role.MARKETER, Set.of("marketer"), Grain.WEEK, APRIL, Set.of()));

        Scorecard.PerPeriodOnly only = row(week, "ltv").perPeriodOnly().orElseThrow();
        assertThat(only.measure().code().value()).isEqualTo("active_customers");
        assertThat(only.grains()).containsExactly(Grain.MONTH);
        assertThat(row(show.show(request(Role.MARKETER, Set.of("marketer"), Set.of())), "ltv").perPeriodOnly()).isEmpty();
    }

    private static int column(Scorecard.ChannelTable table, String code) {
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).figure().code().value().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no column " + code);
    }

    private static List<Scorecard.Cell> cells(Scorecard.ChannelTable table, String channel) {
        return table.rows().stream().filter(row -> row.channel().equals(channel)).findFirst().orElseThrow().cells();
    }

    private ScorecardRequest request(Role role, Set<String> viewerRoles, Set<String> channels) {
        return new ScorecardRequest(role, viewerRoles, Grain.MONTH, APRIL, channels);
    }

    private static Scorecard.Row row(Scorecard scorecard, String code) {
        return scorecard.rows().stream().filter(row -> row.kpi().code().value().equals(code)).findFirst().orElseThrow();
    }

    private void revenue(String day, String channel, int rubles) {
        stored.holds(Observation.daily("revenue", LocalDate.parse(day), Map.of("channel", channel),
                Money.of(Integer.toString(rubles), "RUB")));
    }

    private void count(String measure, int value) {
        count(measure, LocalDate.of(2023, 4, 10), value);
    }

    private void count(String measure, LocalDate day, int value) {
        count(measure, day, "seo", value);
    }

    private void count(String measure, LocalDate day, String channel, int value) {
        stored.holds(Observation.daily(measure, day, Map.of("channel", channel), new BigDecimal(value)));
    }

    private void money(String measure, String day, String channel, int rubles) {
        stored.holds(Observation.daily(measure, LocalDate.parse(day), channel == null ? Map.of() : Map.of("channel", channel),
                Money.of(Integer.toString(rubles), "RUB")));
    }

    /** Revenue 3000 from 15 April to 14 May: 16 days in April (1600), 14 in May (1400). */
    private void goal(Set<String> visibleTo) {
        goals.add(new Goal(GoalId.random(), "Выручка весны", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 15), Optional.of(LocalDate.of(2023, 5, 14)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute("3000"))), visibleTo));
    }

    private static Goal revenueGoal(LocalDate start, LocalDate deadline, String target, Phasing phasing) {
        return new Goal(GoalId.random(), "Выручка по неделям", Optional.of(BusinessObjective.SALES), "hanna", start,
                Optional.of(deadline), Optional.empty(), List.of(GoalKpi.of("revenue", Target.absolute(target)).phased(phasing)),
                Set.of("marketing-head"));
    }

    private ShowScorecard showScorecard(LocalDate today) {
        ScorecardLayouts defaults = new ScorecardLayouts() {
            public Versioned<List<String>> of(Role role) {
                return new Versioned<>(List.of(), 0);
            }

            public VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
                throw new UnsupportedOperationException("read-only in this test");
            }
        };
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        DataFreshness freshness = InMemory.freshness(List.of());
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new ShowScorecard(new SharedReads(reader), InMemory.manageGoals(goals, reader, catalogs), freshness,
                new RoleScorecards(defaults, catalogs, InMemory.noAudit()), catalogs,
                InMemory.readingRights(goals, catalogs), InMemory.channelCatalogs(), new DataCoverage(freshness, clock),
                new GoalValues(reader, InMemory.alwaysNewData()), new RunMemo());
    }
}

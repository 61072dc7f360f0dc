package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.company.CurrentSettings;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Declined;
import com.kpipulse.domain.correction.budget.BudgetAnswer.Proposal;
import com.kpipulse.domain.correction.budget.BudgetMove;
import com.kpipulse.domain.correction.budget.ChannelPlan;
import com.kpipulse.domain.correction.budget.EfficiencyTarget;
import com.kpipulse.domain.correction.budget.NoCurveReason;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.correction.budget.ReallocationMode;
import com.kpipulse.domain.correction.budget.ShiftLimit;
import com.kpipulse.domain.correction.budget.TargetVerdict;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.period.PeriodCode;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty weeks up to week 5 of 2026 (26 January – 1 February), each a day's spend and revenue on the Monday and the
 * Thursday: Yandex Direct and VK Ads spend about 100 000 ₽ a week, moving ±40 %, and their revenue lies on log curves
 * whose next rouble at 100 000 brings 1.50 ₽ and 0.50 ₽. SEO, unpaid, has spend too.
 */
class ABudgetIsReallocatedFromEachPaidChannelsWeeksInTheStoreTest {

    private static final Reader MARKETER = new Reader("mark", Set.of(Role.MARKETER));
    private static final Period WEEK_5 = PeriodCode.parse("2026-W05").orElseThrow();
    private static final double[] SPENDS = {60_000, 80_000, 100_000, 120_000, 140_000, 90_000, 110_000, 70_000,
            130_000, 100_000, 85_000, 115_000, 75_000, 125_000, 95_000, 105_000, 65_000, 135_000, 90_000, 100_000};

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();

    @Test
    void theSpendMovesFromTheChannelWhoseNextRoubleBringsLessToTheOneWhoseBringsMore() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("vk_ads", "marketing_spend", 100_000);

        BudgetReallocation reallocation = granted(reallocateOn("2026-02-04").propose(MARKETER, revenue(WEEK_5)));

        assertThat(reallocation.history()).hasSize(ReallocateBudget.HISTORY_WEEKS);
        assertThat(reallocation.history().getLast()).isEqualTo(WEEK_5);
        assertThat(reallocation.current()).containsExactly(WEEK_5);
        assertThat(reallocation.spendMeasures()).containsOnly(Map.entry("yandex_direct", "marketing_spend"),
                Map.entry("vk_ads", "marketing_spend"));
        Proposal proposal = (Proposal) reallocation.answer();
        assertThat(proposal.channels()).extracting(ChannelPlan::channel).containsExactly("yandex_direct", "vk_ads");
        assertThat(proposal.channels()).extracting(plan -> plan.spendNow().toPlainString())
                .containsExactly("100000.00", "100000.00");
        assertThat(proposal.channels().getFirst().marginalNow().orElseThrow().expected().doubleValue())
                .isBetween(1.45, 1.55);
        assertThat(proposal.moves()).singleElement().isInstanceOfSatisfying(BudgetMove.Transfer.class, move -> {
            assertThat(move.from()).isEqualTo("vk_ads");
            assertThat(move.to()).isEqualTo("yandex_direct");
            assertThat(move.amount()).isEqualByComparingTo("30000");
        });
        assertThat(proposal.spendProposed()).isEqualByComparingTo(proposal.spendNow());
    }

    @Test
    void aMonthsSpendNowIsTheAverageOfItsWholeWeeks() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("vk_ads", "marketing_spend", 100_000);

        BudgetReallocation reallocation = granted(reallocateOn("2026-03-01").propose(MARKETER,
                revenue(PeriodCode.parse("2026-01").orElseThrow())));

        // January 2026's whole weeks: those of 5, 12 and 19 January (29 December began in December, 26 January
        // ends in February)
        assertThat(reallocation.current()).extracting(Period::start).containsExactly(LocalDate.parse("2026-01-05"),
                LocalDate.parse("2026-01-12"), LocalDate.parse("2026-01-19"));
        assertThat(reallocation.history().getLast().start()).isEqualTo(LocalDate.parse("2026-01-19"));
        Proposal proposal = (Proposal) reallocation.answer();
        assertThat(proposal.channels().getFirst().spendNow()).isEqualByComparingTo("96666.67");
    }

    @Test
    void aChannelOnlyItsAdPlatformReportsCountsByItsAdSpendAndUnpaidChannelsAreLeftOut() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("google_ads", "ad_spend", 100_000);
        curve("seo", "marketing_spend", 500_000);

        BudgetReallocation reallocation = granted(reallocateOn("2026-02-04").propose(MARKETER, revenue(WEEK_5)));

        assertThat(reallocation.spendMeasures()).containsOnly(Map.entry("yandex_direct", "marketing_spend"),
                Map.entry("google_ads", "ad_spend"));
        assertThat(((Proposal) reallocation.answer()).channels()).extracting(ChannelPlan::channel)
                .containsExactly("yandex_direct", "google_ads");
    }

    @Test
    void aFlatHistoryGivesNoCurveAndSoNoProposalAndTheAnswerSaysWhy() {
        for (int week = 0; week < SPENDS.length; week++) {
            for (String channel : List.of("yandex_direct", "vk_ads")) {
                weekOf(WEEK_5.start().minusWeeks(SPENDS.length - 1 - week), channel, "marketing_spend", 100_000,
                        150_000);
            }
        }

        Declined declined = (Declined) granted(reallocateOn("2026-02-04").propose(MARKETER, revenue(WEEK_5))).answer();

        assertThat(declined.noCurves()).allMatch(none -> none.reason() == NoCurveReason.TOO_LITTLE_VARIATION);
        assertThat(declined.reason().english()).contains("hardly moved");
    }

    @Test
    void aWeekStillRunningIsNoWholeWeekAndNothingIsProposedForIt() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("vk_ads", "marketing_spend", 100_000);

        BudgetReallocation reallocation = granted(reallocateOn("2026-01-29").propose(MARKETER, revenue(WEEK_5)));

        assertThat(reallocation.history().getLast()).isEqualTo(WEEK_5.previous());
        assertThat(reallocation.current()).isEmpty();
        assertThat(reallocation.answer()).isInstanceOf(Declined.class);
    }

    @Test
    void theSecondModeReachesARomiTargetOverTheChannelsSpend() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("vk_ads", "marketing_spend", 100_000);

        Proposal proposal = (Proposal) granted(reallocateOn("2026-02-04").propose(MARKETER,
                new ReallocateBudget.Request(WEEK_5, Outcome.REVENUE, ShiftLimit.standard(),
                        new ReallocationMode.ReachTarget(new EfficiencyTarget.MinRomi(new BigDecimal("0.10")))))).answer();

        assertThat(proposal.target()).containsInstanceOf(TargetVerdict.Reached.class);
    }

    @Test
    void aViewerReadsTheReallocationOfRevenueButNotOfACountTheirScorecardsDoNotShow() {
        curve("yandex_direct", "marketing_spend", 300_000);
        curve("vk_ads", "marketing_spend", 100_000);
        Reader viewer = new Reader("vic", Set.of(Role.VIEWER));
        ReallocateBudget reallocate = reallocateOn("2026-02-04");

        assertThat(reallocate.propose(viewer, revenue(WEEK_5))).isInstanceOf(Access.Granted.class);
        assertThat(reallocate.propose(viewer, new ReallocateBudget.Request(WEEK_5, Outcome.NEW_CUSTOMERS,
                ShiftLimit.standard(), new ReallocationMode.KeepTotal()))).isInstanceOf(Access.Denied.class);
    }

    @Test
    void theOutcomeIsFoundByItsKpisCode() {
        assertThat(ReallocateBudget.outcomeOf("revenue")).contains(Outcome.REVENUE);
        assertThat(ReallocateBudget.outcomeOf("new_customers")).contains(Outcome.NEW_CUSTOMERS);
        assertThat(ReallocateBudget.outcomeOf("romi")).isEmpty();
    }

    private static ReallocateBudget.Request revenue(Period period) {
        return new ReallocateBudget.Request(period, Outcome.REVENUE, ShiftLimit.standard(),
                new ReallocationMode.KeepTotal());
    }

    private ReallocateBudget reallocateOn(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        CurrentSettings settings = InMemory.currentSettings(CompanySettings.INITIAL);
        return new ReallocateBudget(stored.valuesThatCount(), InMemory.readingRights(List.of(), catalogs),
                InMemory.channelCatalogs(), settings, clock);
    }

    /** Twenty weeks up to week 5 on the channel's log curve {@code scale · ln(1 + spend / 100 000)}. */
    private void curve(String channel, String spendMeasure, double scale) {
        for (int week = 0; week < SPENDS.length; week++) {
            double spend = SPENDS[week];
            weekOf(WEEK_5.start().minusWeeks(SPENDS.length - 1 - week), channel, spendMeasure, spend,
                    scale * Math.log1p(spend / 100_000));
        }
    }

    /** A week's spend and revenue, split over its Monday and Thursday. */
    private void weekOf(LocalDate monday, String channel, String spendMeasure, double spend, double revenue) {
        Map<String, String> where = Map.of("channel", channel, "campaign", "");
        for (LocalDate day : List.of(monday, monday.plusDays(3))) {
            stored.holds(Observation.daily(spendMeasure, day, where, rub(spend / 2)));
            stored.holds(Observation.daily("revenue", day, where, rub(revenue / 2)));
        }
    }

    private static Money rub(double amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP),
                java.util.Currency.getInstance("RUB"));
    }

    @SuppressWarnings("unchecked")
    private static <T> T granted(Access<T> access) {
        assertThat(access).isInstanceOf(Access.Granted.class);
        return ((Access.Granted<T>) access).value();
    }
}

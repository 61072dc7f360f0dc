package com.kpipulse.adapters.demo;

import com.kpipulse.application.demo.DemoDataLoaded;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.goal.GoalOutcome;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The demo company's three goals, after the seed articles (more online sales, more new customers, more traffic), set
 * from its own history so that on the first start each one is a stretch the history has seen and none is met or
 * lost on day one: every goal runs thirteen weeks, begun two weeks before the first start, and each target is a stretch
 * about {@value #STRETCH_SHARE} of the past three-month stretches made, no further beyond the current pace than such
 * stretches go beyond the typical one ({@link ManageGoals#stretchTarget}), judged the way the wizard's realism check
 * judges targets (against the same weeks a year earlier, as the shop's December is busier than its July). Totals are
 * phased by last year's shape for the same reason. Set up through the same use case an admin uses, once the demo
 * data is in.
 */
@ApplicationScoped
public class DemoGoals {

    private static final Logger LOG = Logger.getLogger(DemoGoals.class);
    /** A stretch: about this share of the past stretches as long as the goal reached the target. */
    static final double STRETCH_SHARE = 0.35;
    private static final Locale RU = Locale.forLanguageTag("ru");
    /** The goals' length: a quarter of ISO weeks. */
    static final int WEEKS = 13;
    /** Level targets are rounded to this many significant figures (1,195 %, 5 484 ₽), totals to three. */
    private static final int FIGURES = 4;
    private static final int TOTAL_FIGURES = 3;

    private final ManageGoals goals;
    private final ReadValues values;

    @Inject
    public DemoGoals(ManageGoals goals, ReadValues values) {
        this.goals = goals;
        this.values = values;
    }

    public void onDemoLoaded(@Observes DemoDataLoaded loaded) {
        for (Goal goal : goalsFor(loaded.lastDay().plusDays(1))) {
            switch (goals.create(goal, "demo")) {
                case GoalOutcome.Saved saved -> LOG.infof("Demo goal «%s» with %d finding(s)", goal.title(), saved.findings().size());
                case GoalOutcome.Rejected rejected -> throw new IllegalStateException("The demo goal «" + goal.title()
                        + "» is not SMART: " + rejected.findings());
                case GoalOutcome.NotFound notFound -> throw new IllegalStateException("Unexpected outcome for a new goal");
                case GoalOutcome.Stale stale -> throw new IllegalStateException("Unexpected outcome for a new goal");
            }
        }
    }

    /**
     * The goals as they stand on {@code today}: thirteen weeks from the Monday two weeks earlier, so that on the first
     * start each has run long enough to be judged and the weeks line up with the history the realism check reads.
     */
    List<Goal> goalsFor(LocalDate today) {
        LocalDate start = today.minusWeeks(2).with(DayOfWeek.MONDAY);
        Period period = Period.custom(start, start.plusWeeks(WEEKS).minusDays(1));
        Period lastYear = Period.custom(start.minusWeeks(52), start.minusWeeks(52 - WEEKS).minusDays(1));
        Set<String> everyone = Set.of("marketing-head", "marketer", "viewer");

        BigDecimal revenue = total("revenue", period, lastYear);
        List<GoalKpi> salesKpis = new ArrayList<>();
        salesKpis.add(GoalKpi.of("revenue", Target.absolute(revenue)).phased(Phasing.of(PhasingMethod.SEASONAL)));
        level("romi", period, false).ifPresent(salesKpis::add);
        level("conversion_rate", period, false).ifPresent(salesKpis::add);
        level("aov", period, false).ifPresent(salesKpis::add);
        Goal sales = new Goal(GoalId.random(), "Увеличить онлайн-продажи на %d%% к тем же неделям прошлого года"
                .formatted(growth(revenue, "revenue", lastYear)), Optional.of(BusinessObjective.SALES), "hanna",
                period.start(), Optional.of(period.lastDay()), Optional.of(lastYear), salesKpis, everyone);

        BigDecimal customers = total("new_customers", period, lastYear);
        List<GoalKpi> customerKpis = new ArrayList<>();
        customerKpis.add(GoalKpi.of("new_customers", Target.absolute(customers)).phased(Phasing.of(PhasingMethod.SEASONAL)));
        level("cac", period, true).ifPresent(customerKpis::add);
        level("lcr", period, false).ifPresent(customerKpis::add);
        Goal newCustomers = new Goal(GoalId.random(), "Привлечь %s новых клиентов за %d недель".formatted(whole(customers), WEEKS),
                Optional.of(BusinessObjective.CUSTOMER_RELATIONS), "mark", period.start(), Optional.of(period.lastDay()),
                Optional.empty(), customerKpis, everyone);

        BigDecimal visits = total("traffic", period, lastYear);
        List<GoalKpi> trafficKpis = new ArrayList<>();
        trafficKpis.add(GoalKpi.of("traffic", Target.absolute(visits)).phased(Phasing.of(PhasingMethod.SEASONAL)));
        trafficKpis.add(GoalKpi.of("social_traffic", Target.absolute(total("social_traffic", period, lastYear)))
                .phased(Phasing.of(PhasingMethod.SEASONAL)));
        level("avg_session", period, false).ifPresent(trafficKpis::add);
        Goal traffic = new Goal(GoalId.random(), "Повысить посещаемость сайта на %d%% к прошлому году"
                .formatted(growth(visits, "traffic", lastYear)), Optional.of(BusinessObjective.TRAFFIC), "sofia",
                period.start(), Optional.of(period.lastDay()), Optional.of(lastYear), trafficKpis,
                Set.of("marketing-head", "marketer", "smm-specialist", "viewer"));
        return List.of(sales, newCustomers, traffic);
    }

    /**
     * A total's stretch target, rounded up to three figures as people say them (5 000 customers, 47,8 million);
     * 10 % over the same weeks last year when the history cannot tell.
     */
    private BigDecimal total(String kpi, Period period, Period lastYear) {
        BigDecimal target = goals.stretchTarget(kpi, period, STRETCH_SHARE)
                .orElseGet(() -> total(kpi, lastYear).multiply(new BigDecimal("1.1")));
        BigDecimal value = target.round(new MathContext(TOTAL_FIGURES, RoundingMode.CEILING)).stripTrailingZeros();
        return value.setScale(0, RoundingMode.CEILING);
    }

    /** How much more than the same weeks last year a total is, in whole per cent, for the goal's title. */
    private int growth(BigDecimal target, String kpi, Period lastYear) {
        BigDecimal before = total(kpi, lastYear);
        return before.signum() <= 0 ? 0 : (int) Math.round((target.doubleValue() / before.doubleValue() - 1) * 100);
    }

    /** A level KPI's stretch target, rounded to four figures away from the current pace (never made too easy). */
    private Optional<GoalKpi> level(String kpi, Period period, boolean lowerIsBetter) {
        return goals.stretchTarget(kpi, period, STRETCH_SHARE)
                .map(target -> GoalKpi.of(kpi, Target.absolute(rounded(target, lowerIsBetter))));
    }

    private static BigDecimal rounded(BigDecimal target, boolean lowerIsBetter) {
        BigDecimal value = target.round(new MathContext(FIGURES, lowerIsBetter ? RoundingMode.FLOOR : RoundingMode.CEILING))
                .stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
    }

    private BigDecimal total(String kpi, Period period) {
        return values.kpi(kpi, period.start(), period.lastDay(), Grain.MONTH, Set.of())
                .map(series -> series.total() instanceof KpiValue.Known known ? known.value() : BigDecimal.ZERO)
                .orElse(BigDecimal.ZERO);
    }

    /** {@code 5 720}: a count in a Russian title. */
    private static String whole(BigDecimal count) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(RU);
        symbols.setGroupingSeparator('\u00A0');
        return new DecimalFormat("#,##0", symbols).format(count);
    }
}

package com.kpipulse.domain.review;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.StatusChange;
import com.kpipulse.domain.cycle.CycleCause;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The week 49 of 2026 (30 November to 6 December) as its cycle saw it, reviewed on Monday 7 December: revenue 200 000 ₽
 * short for the third cycle running (budget), VK Ads' CAC 300 ₽ over its ceiling (a channel), CTR 40 % short (not
 * analysed), visits 10 % short (the season), conversion on track; the CRM and VK Ads exports a day or two behind.
 */
final class KnownWeek {

    static final CyclePeriod WEEK = new CyclePeriod(Period.isoWeek(2026, 49));
    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");
    static final String REVENUE_ANOMALY = "orders.crm.-.2026-12-02.zero";
    private static final Optional<Currency> RUB = Optional.of(Currency.getInstance("RUB"));

    static final CycleFigure CONVERSION = figure("conversion_rate", Optional.empty(), Unit.PERCENT, Direction.HIGHER_IS_BETTER,
            "0.031", "0.030", Status.ON_TRACK, false, Optional.empty());
    static final CycleFigure VISITS = figure("visits", Optional.empty(), Unit.COUNT, Direction.HIGHER_IS_BETTER,
            "9000", "10000", Status.OFF_TRACK, false, Optional.of(cause(Cause.SEASON, List.of())));
    static final CycleFigure CTR = figure("ctr", Optional.empty(), Unit.PERCENT, Direction.HIGHER_IS_BETTER,
            "0.012", "0.020", Status.AT_RISK, false, Optional.empty());
    static final CycleFigure VK_CAC = figure("cac", Optional.of("vk_ads"), Unit.MONEY, Direction.LOWER_IS_BETTER,
            "1300", "1000", Status.AT_RISK, false, Optional.of(cause(Cause.CHANNEL, List.of())));
    static final CycleFigure REVENUE = figure("revenue", Optional.empty(), Unit.MONEY, Direction.HIGHER_IS_BETTER,
            "800000", "1000000", Status.OFF_TRACK, true, Optional.of(cause(Cause.BUDGET, List.of(REVENUE_ANOMALY))));

    static final CycleSnapshot CYCLE = new CycleSnapshot(WEEK, false, LocalDate.of(2026, 12, 6), NOW, "hanna",
            List.of(CONVERSION, VISITS, CTR, VK_CAC, REVENUE),
            List.of(new SourceCompleteness("yandex_metrica", LocalDate.of(2026, 12, 6), 7, 7),
                    new SourceCompleteness("vk_ads", LocalDate.of(2026, 12, 4), 5, 7),
                    new SourceCompleteness("crm", LocalDate.of(2026, 12, 5), 6, 7)));

    private KnownWeek() {
    }

    static CycleFigure figure(String kpi, Optional<String> channel, Unit unit, Direction direction, String actual,
                              String target, Status status, boolean threeInARow, Optional<CycleCause> why) {
        Optional<Currency> currency = unit == Unit.MONEY ? RUB : Optional.empty();
        Optional<BigDecimal> actualValue = Optional.of(new BigDecimal(actual));
        Optional<BigDecimal> targetValue = Optional.of(new BigDecimal(target));
        return new CycleFigure(new KpiCode(kpi), channel, unit, direction, currency, actualValue,
                CycleFigure.Judgement.JUDGED, targetValue, Optional.empty(), Optional.of(status), Optional.empty(),
                Optional.empty(), Optional.empty(),
                status == Status.ON_TRACK ? new Impact.Unmeasured() : Impact.of(direction, unit, currency, actualValue,
                        targetValue),
                threeInARow, why);
    }

    static CycleCause cause(Cause cause, List<String> anomalies) {
        return new CycleCause(ReferenceKind.PLAN, cause, List.of(), List.of(), Optional.empty(), List.of(), anomalies);
    }

    static CorrectiveAction action(String title, LocalDate due, ActionStatus status) {
        CorrectiveAction action = CorrectiveAction.propose(ActionId.random(), new ActionDetails(title, Optional.empty(),
                Optional.of(new KpiCode("revenue")), List.of(), "sofia", due, "", Optional.empty()), "hanna",
                Instant.parse("2026-11-20T09:00:00Z"));
        for (ActionStatus step : List.of(ActionStatus.ACCEPTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE)) {
            if (action.status() == status) {
                break;
            }
            action = ((StatusChange.Moved) action.moveTo(step, null)).action();
        }
        return action;
    }

    static Goal goal(String title, LocalDate start, Optional<LocalDate> deadline) {
        return new Goal(GoalId.random(), title, Optional.of(BusinessObjective.SALES), "hanna", start, deadline,
                Optional.empty(), List.of(GoalKpi.of("revenue", Target.absolute("1000000"))), Set.of());
    }

    static AgendaInputs inputs(List<CorrectiveAction> actions, List<ActionId> previousReview, List<Goal> goals) {
        return new AgendaInputs(CYCLE, MONDAY, actions, previousReview, goals, AgendaGenerator.anomaliesOf(CYCLE));
    }
}

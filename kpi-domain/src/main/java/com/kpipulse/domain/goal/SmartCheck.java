package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a goal against SMART (seed 001) and returns findings, never throws: not specific (no
 * title, no business objective), not measurable (no KPI, no target, unknown KPI), too many KPIs
 * (more than 5: the seed's first mistake), not time-bound (no deadline, or one before the start)
 * and, given history, whether each target is realistic.
 */
public final class SmartCheck {

    /** Seed 001: choose 3 to 5 KPIs. */
    public static final int MAX_KPIS = 5;

    private final KpiCatalog catalog;

    public SmartCheck(KpiCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public List<SmartFinding> check(Goal goal) {
        return check(goal, Map.of());
    }

    /** @param histories per KPI, its values in the periods before the goal; KPIs without history are not judged for realism */
    public List<SmartFinding> check(Goal goal, Map<KpiCode, KpiHistory> histories) {
        var findings = new ArrayList<SmartFinding>();
        if (goal.title().isBlank()) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.ERROR, FindingKind.NO_TITLE,
                    "У цели нет названия: напишите, чего хотите добиться, например «Увеличить онлайн-продажи на 20%»",
                    "The goal has no title: say what you want to achieve, e.g. \"Grow online sales by 20%\""));
        }
        if (goal.objective().isEmpty()) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.ERROR, FindingKind.NO_OBJECTIVE,
                    "Цель не конкретна: не выбрана бизнес-задача (продажи, трафик, узнаваемость бренда, отношения с клиентами)",
                    "The goal is not specific: no business objective is chosen (sales, traffic, brand awareness, customer relations)"));
        }
        checkKpis(goal, findings);
        checkDates(goal, findings);
        goal.period().ifPresent(period -> checkRealism(goal, period, histories, findings));
        return List.copyOf(findings);
    }

    /** True when no finding is an error. */
    public static boolean isTrackable(List<SmartFinding> findings) {
        return findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR);
    }

    private void checkKpis(Goal goal, List<SmartFinding> findings) {
        if (goal.kpis().isEmpty()) {
            findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.NO_KPI,
                    "У цели нет ни одного KPI: без показателя не понять, достигнута ли она",
                    "The goal has no KPI at all: without one nobody can tell whether it is reached"));
            return;
        }
        for (GoalKpi goalKpi : goal.kpis()) {
            if (catalog.find(goalKpi.kpi().value()).isEmpty()) {
                findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.UNKNOWN_KPI,
                        "KPI «%s» нет в каталоге".formatted(goalKpi.kpi().value()),
                        "KPI '%s' is not in the catalog".formatted(goalKpi.kpi().value())));
            }
        }
        if (goal.kpis().stream().allMatch(goalKpi -> goalKpi.target().isEmpty())) {
            findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.NO_TARGET,
                    "Цель не измерима: ни у одного KPI нет плана (числа или прироста к базовому периоду)",
                    "The goal is not measurable: no KPI has a target (a number or a change against a baseline)"));
        }
        if (goal.kpis().size() > MAX_KPIS) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.WARNING, FindingKind.TOO_MANY_KPIS,
                    "%d KPI у одной цели: больше %d — типичная ошибка «слишком много метрик», фокус теряется".formatted(goal.kpis().size(), MAX_KPIS),
                    "%d KPIs for one goal: more than %d is the classic \"too many metrics\" mistake, focus gets lost".formatted(goal.kpis().size(), MAX_KPIS)));
        }
    }

    private static void checkDates(Goal goal, List<SmartFinding> findings) {
        if (goal.deadline().isEmpty()) {
            findings.add(finding(SmartCriterion.TIME_BOUND, Severity.ERROR, FindingKind.NO_DEADLINE,
                    "Цель не ограничена по времени: укажите срок",
                    "The goal is not time-bound: set a deadline"));
        } else if (goal.deadline().get().isBefore(goal.start())) {
            findings.add(finding(SmartCriterion.TIME_BOUND, Severity.ERROR, FindingKind.DEADLINE_BEFORE_START,
                    "Срок %s раньше начала %s".formatted(goal.deadline().get(), goal.start()),
                    "The deadline %s is before the start %s".formatted(goal.deadline().get(), goal.start())));
        }
    }

    private void checkRealism(Goal goal, Period period, Map<KpiCode, KpiHistory> histories, List<SmartFinding> findings) {
        for (GoalKpi goalKpi : goal.kpis()) {
            Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
            KpiHistory history = histories.get(goalKpi.kpi());
            if (kpi.isEmpty() || goalKpi.target().isEmpty() || history == null) {
                continue;
            }
            RealismAssessment assessment = RealismCheck.assess(kpi.get(), catalog.isAdditive(kpi.get()),
                    goalKpi.target().get(), period, history);
            findings.add(switch (assessment.verdict()) {
                case TYPICAL -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO, FindingKind.REALISM_TYPICAL, assessment.explanation());
                case AMBITIOUS_BUT_SEEN_BEFORE -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO,
                        FindingKind.REALISM_AMBITIOUS_BUT_SEEN_BEFORE, assessment.explanation());
                case NEVER_ACHIEVED -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING,
                        FindingKind.REALISM_NEVER_ACHIEVED, assessment.explanation());
                case NOT_ENOUGH_HISTORY -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO,
                        FindingKind.REALISM_UNKNOWN, assessment.explanation());
            });
        }
    }

    private static SmartFinding finding(SmartCriterion criterion, Severity severity, FindingKind kind, String ru, String en) {
        return new SmartFinding(criterion, severity, kind, LocalizedText.of(ru, en));
    }
}

package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.evaluation.TargetPhasing;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a goal against SMART (seed 001) and returns findings, never throws: not specific (no
 * title, no business objective), not measurable (no KPI, no target, unknown KPI), too many KPIs
 * (more than 5: the seed's first mistake), not time-bound (no deadline, or one before the start), weekly
 * targets typed by hand that miss weeks or do not add up to the target, and, given history, whether each target
 * is realistic.
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
        return check(goal, histories, Map.of());
    }

    /**
     * @param histories per KPI, its values in the periods before the goal; KPIs without history are not judged for realism
     * @param figures   per KPI with a relative target, that target as a figure (the baseline's value changed by the
     *                  percentage); without one, a relative target is judged as the current pace changed by it
     */
    public List<SmartFinding> check(Goal goal, Map<KpiCode, KpiHistory> histories, Map<KpiCode, BigDecimal> figures) {
        var findings = new ArrayList<SmartFinding>();
        if (goal.title().isBlank()) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.ERROR, FindingKind.NO_TITLE,
                    Message.of(GoalMessageKind.NO_TITLE)));
        }
        if (goal.objective().isEmpty()) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.ERROR, FindingKind.NO_OBJECTIVE,
                    Message.of(GoalMessageKind.NO_OBJECTIVE)));
        }
        checkKpis(goal, findings);
        checkDates(goal, findings);
        goal.period().ifPresent(period -> checkManualPhasing(goal, period, findings));
        goal.period().ifPresent(period -> checkRealism(goal, period, histories, figures, findings));
        return List.copyOf(findings);
    }

    /** True when no finding is an error. */
    public static boolean isTrackable(List<SmartFinding> findings) {
        return findings.stream().noneMatch(finding -> finding.severity() == Severity.ERROR);
    }

    private void checkKpis(Goal goal, List<SmartFinding> findings) {
        if (goal.kpis().isEmpty()) {
            findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.NO_KPI,
                    Message.of(GoalMessageKind.NO_KPI)));
            return;
        }
        for (GoalKpi goalKpi : goal.kpis()) {
            if (catalog.find(goalKpi.kpi().value()).isEmpty()) {
                findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.UNKNOWN_KPI,
                        Message.of(GoalMessageKind.UNKNOWN_KPI, goalKpi.kpi().value())));
            }
        }
        if (goal.kpis().stream().allMatch(goalKpi -> goalKpi.target().isEmpty())) {
            findings.add(finding(SmartCriterion.MEASURABLE, Severity.ERROR, FindingKind.NO_TARGET,
                    Message.of(GoalMessageKind.NO_TARGET)));
        }
        if (goal.kpis().size() > MAX_KPIS) {
            findings.add(finding(SmartCriterion.SPECIFIC, Severity.WARNING, FindingKind.TOO_MANY_KPIS,
                    Message.of(GoalMessageKind.TOO_MANY_KPIS, goal.kpis().size(), MAX_KPIS)));
        }
    }

    private static void checkDates(Goal goal, List<SmartFinding> findings) {
        if (goal.deadline().isEmpty()) {
            findings.add(finding(SmartCriterion.TIME_BOUND, Severity.ERROR, FindingKind.NO_DEADLINE,
                    Message.of(GoalMessageKind.NO_DEADLINE)));
        } else if (goal.deadline().get().isBefore(goal.start())) {
            findings.add(finding(SmartCriterion.TIME_BOUND, Severity.ERROR, FindingKind.DEADLINE_BEFORE_START,
                    Message.of(GoalMessageKind.DEADLINE_BEFORE_START, goal.deadline().get(), goal.start())));
        }
    }

    /**
     * Weekly figures typed by hand must fit the goal: one per week of the goal and, for a total, adding up to the
     * target, which therefore has to be a figure (growth over a baseline is only known once the baseline is). A
     * rate's weekly figures are its levels and need not add up.
     */
    private void checkManualPhasing(Goal goal, Period period, List<SmartFinding> findings) {
        for (GoalKpi goalKpi : goal.kpis()) {
            Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
            if (goalKpi.phasing().method() != PhasingMethod.MANUAL || kpi.isEmpty()) {
                continue;
            }
            boolean additive = catalog.isAdditive(kpi.get());
            Optional<BigDecimal> figure = goalKpi.target().filter(Target.Absolute.class::isInstance)
                    .map(target -> ((Target.Absolute) target).value());
            if (goalKpi.target().isEmpty()) {
                findings.add(about(goalKpi, SmartCriterion.MEASURABLE, FindingKind.PHASING_NEEDS_A_FIGURE,
                        Message.of(GoalMessageKind.PHASING_WITHOUT_TARGET, name(kpi.get()))));
            } else if (additive && figure.isEmpty()) {
                findings.add(about(goalKpi, SmartCriterion.MEASURABLE, FindingKind.PHASING_NEEDS_A_FIGURE,
                        Message.of(GoalMessageKind.PHASING_AGAINST_GROWTH, name(kpi.get()))));
            } else {
                List<ManualPart> parts = goalKpi.phasing().parts();
                Optional<Message> uncovered = TargetPhasing.uncoveredWeeks(period, parts);
                if (uncovered.isPresent()) {
                    findings.add(about(goalKpi, SmartCriterion.TIME_BOUND, FindingKind.PHASING_WEEKS_NOT_COVERED,
                            named(kpi.get(), uncovered.get())));
                } else if (additive) {
                    TargetPhasing.sumMismatch(figure.orElseThrow(), parts, kpi.get().unit()).ifPresent(mismatch ->
                            findings.add(about(goalKpi, SmartCriterion.MEASURABLE, FindingKind.PHASING_SUM_MISMATCH,
                                    named(kpi.get(), mismatch))));
                }
            }
        }
    }

    private static SmartFinding about(GoalKpi goalKpi, SmartCriterion criterion, FindingKind kind, Message reason) {
        return new SmartFinding(criterion, Severity.ERROR, kind, reason, Optional.of(goalKpi.kpi()));
    }

    /** "«Выручка»: недельный план …": the KPI's name, then the reason as the rest of the sentence. */
    /** The KPI's name, then what is wrong with its weeks as the rest of the sentence (in lower case). */
    private static Message named(KpiDefinition kpi, Message reason) {
        return Message.of(GoalMessageKind.PHASING_OF_KPI, name(kpi),
                LocalizedText.written(locale -> decapitalized(reason.in(locale))));
    }

    private static LocalizedText name(KpiDefinition kpi) {
        return LocalizedText.of(kpi.nameRu(), kpi.nameEn());
    }

    private static String decapitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private void checkRealism(Goal goal, Period period, Map<KpiCode, KpiHistory> histories,
                              Map<KpiCode, BigDecimal> figures, List<SmartFinding> findings) {
        for (GoalKpi goalKpi : goal.kpis()) {
            Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
            KpiHistory history = histories.get(goalKpi.kpi());
            if (kpi.isEmpty() || goalKpi.target().isEmpty() || history == null) {
                continue;
            }
            boolean additive = catalog.isAdditive(kpi.get());
            Target target = goalKpi.target().get();
            BigDecimal figure = target instanceof Target.Absolute absolute ? absolute.value() : figures.get(goalKpi.kpi());
            RealismAssessment assessment = figure != null
                    ? RealismCheck.assess(kpi.get(), additive, figure, period, history)
                    : RealismCheck.assess(kpi.get(), additive, target, period, history);
            Optional<KpiCode> about = Optional.of(goalKpi.kpi());
            findings.add(switch (assessment.verdict()) {
                case TYPICAL -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO, FindingKind.REALISM_TYPICAL,
                        assessment.explanation(), about);
                case AMBITIOUS_BUT_SEEN_BEFORE -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO,
                        FindingKind.REALISM_AMBITIOUS_BUT_SEEN_BEFORE, assessment.explanation(), about);
                case NEVER_ACHIEVED -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING,
                        FindingKind.REALISM_NEVER_ACHIEVED, assessment.explanation(), about);
                case TOO_EASY -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING,
                        FindingKind.REALISM_TOO_EASY, assessment.explanation(), about);
                case NOT_ENOUGH_HISTORY -> new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.INFO,
                        FindingKind.REALISM_UNKNOWN, assessment.explanation(), about);
            });
        }
    }

    private static SmartFinding finding(SmartCriterion criterion, Severity severity, FindingKind kind, Message reason) {
        return new SmartFinding(criterion, severity, kind, reason);
    }
}

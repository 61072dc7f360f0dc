package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.NoValueReason;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TargetsAreAbsoluteOrRelativeToABaselineTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiEvaluator evaluator = new KpiEvaluator(new KpiEngine(catalog), EvaluationPolicy.standard());

    @Test
    void twentyPercentMoreThanOctoberIsTheTargetForNovember() {
        var revenue = catalog.get(new KpiCode("revenue"));
        var target = Target.relativeTo(Period.month(2026, 10), Percentage.ofPercent("20"));

        KpiValue resolved = evaluator.resolveTarget(revenue, target, DimensionSelection.all(), Shop.autumn2026());
        KpiEvaluation evaluation = evaluator.evaluate(revenue, Period.month(2026, 11), target, DimensionSelection.all(), Shop.autumn2026());

        // October 1 000 000 * 1.2; November made 1 200 000
        assertThat(resolved.number()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("1200000"));
        assertThat(evaluation.status()).isEqualTo(Status.ON_TRACK);
        assertThat(evaluation.reason().in(Locale.ENGLISH)).isEqualTo(
                "Actual RUB\u00A01,200,000.00 against a target of RUB\u00A01,200,000.00: 100.0% of target");
        assertThat(target.describe().en()).isEqualTo("+20.0% against October 2026");
    }

    @Test
    void aBaselineWithoutDataGivesNoTargetAndSaysWhy() {
        var revenue = catalog.get(new KpiCode("revenue"));
        var target = Target.relativeTo(Period.month(2026, 9), Percentage.ofPercent("20"));

        KpiEvaluation evaluation = evaluator.evaluate(revenue, Period.month(2026, 11), target, DimensionSelection.all(), Shop.autumn2026());

        assertThat(evaluation.status()).isEqualTo(Status.NO_DATA);
        assertThat(((KpiValue.None) evaluation.target()).reason()).isEqualTo(NoValueReason.NO_DATA);
        assertThat(evaluation.reason().english()).startsWith("No target: no baseline value: No data for 'Revenue' in September 2026");
    }

    @Test
    void aTargetCutForALowerIsBetterKpi() {
        var cac = catalog.get(new KpiCode("cac"));
        var tenPercentCheaper = Target.relativeTo(Period.month(2026, 11), Percentage.ofPercent("-10"));

        KpiValue resolved = evaluator.resolveTarget(cac, tenPercentCheaper, DimensionSelection.all(), Shop.autumn2026());

        assertThat(resolved.number()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("4500"));
    }
}

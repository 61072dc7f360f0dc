package com.kpipulse.domain.kpi;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.formula.ProblemKind;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CustomKpisAreValidatedLikeCatalogKpisTest {

    private final KpiCatalog standard = KpiCatalog.standard();

    private static CustomKpiDraft draft(String code, String formula, Unit unit) {
        return new CustomKpiDraft(code, "Мой показатель " + code, "My KPI " + code, formula, unit,
                Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING, "", "");
    }

    private static List<ProblemKind> kinds(CatalogChangeVerdict change) {
        assertThat(change).isInstanceOf(CatalogChangeVerdict.Rejected.class);
        return ((CatalogChangeVerdict.Rejected) change).problems().stream().map(problem -> problem.problem().kind()).toList();
    }

    @Test
    void aValidCustomKpiIsComputedByTheSameEngine() {
        var change = standard.withCustom(draft("margin_per_lead", "(revenue - ad_spend) / leads", Unit.MONEY));

        assertThat(change).isInstanceOf(CatalogChangeVerdict.Accepted.class);
        KpiCatalog catalog = ((CatalogChangeVerdict.Accepted) change).catalog();
        KpiValue value = new KpiEngine(catalog).evaluate(new KpiCode("margin_per_lead"), Period.month(2026, 11),
                DimensionSelection.all(), Shop.autumn2026());

        // (1 200 000 - 100 000) / 800
        assertThat(value.number()).hasValueSatisfying(number -> assertThat(number).isEqualByComparingTo("1375"));
        assertThat(catalog.isCustom(new KpiCode("margin_per_lead"))).isTrue();
        assertThat(standard.find("margin_per_lead")).isEmpty();
    }

    @Test
    void anUnknownMeasureIsRejectedWithItsPosition() {
        var change = standard.withCustom(draft("x_rate", "orders / vistis", Unit.PERCENT));

        var problem = ((CatalogChangeVerdict.Rejected) change).problems().getFirst();
        assertThat(problem.kpiCode()).isEqualTo("x_rate");
        assertThat(problem.problem().position()).isEqualTo(10);
        assertThat(problem.message(Locale.ENGLISH)).contains("'vistis'", "Did you mean 'visits'?");
    }

    @Test
    void kpisThatReferToEachOtherInACircleAreRejected() {
        var change = standard.withCustom(List.of(
                draft("alpha", "beta * 2", Unit.COUNT),
                draft("beta", "alpha / 2", Unit.COUNT)));

        assertThat(kinds(change)).contains(ProblemKind.CYCLE);
        assertThat(((CatalogChangeVerdict.Rejected) change).problems().getFirst().message(Locale.ENGLISH))
                .contains("alpha → beta → alpha");
    }

    @Test
    void editingACustomKpiCannotCloseACircle() {
        KpiCatalog withBoth = ((CatalogChangeVerdict.Accepted) ((CatalogChangeVerdict.Accepted)
                standard.withCustom(draft("alpha", "orders * 2", Unit.COUNT))).catalog()
                .withCustom(draft("beta", "alpha / 2", Unit.COUNT))).catalog();

        assertThat(kinds(withBoth.withCustom(draft("alpha", "beta * 2", Unit.COUNT)))).contains(ProblemKind.CYCLE);
        assertThat(withBoth.withCustom(draft("alpha", "orders * 3", Unit.COUNT))).isInstanceOf(CatalogChangeVerdict.Accepted.class);
        assertThat(kinds(withBoth.withoutCustom(new KpiCode("alpha")))).containsExactly(ProblemKind.IN_USE);
    }

    @Test
    void catalogKpisAndMeasuresCannotBeRedefined() {
        assertThat(kinds(standard.withCustom(draft("romi", "revenue / marketing_spend", Unit.PERCENT))))
                .containsExactly(ProblemKind.REDEFINES_CATALOG_KPI);
        assertThat(kinds(standard.withCustom(draft("visits", "visits * 2", Unit.COUNT))))
                .containsExactly(ProblemKind.DUPLICATE_CODE);
        assertThat(kinds(standard.withCustom(draft("Profit Per Lead", "revenue / leads", Unit.MONEY))))
                .containsExactly(ProblemKind.INVALID_CODE);
    }

    @Test
    void theUnitMustFitTheFormula() {
        assertThat(kinds(standard.withCustom(draft("revenue_share", "revenue / market_revenue", Unit.MONEY))))
                .containsExactly(ProblemKind.UNIT_MISMATCH);
        assertThat(kinds(standard.withCustom(draft("spend_rate", "ad_spend / clicks", Unit.PERCENT))))
                .containsExactly(ProblemKind.UNIT_MISMATCH);
    }

    @Test
    void namesAreRequired() {
        var nameless = new CustomKpiDraft("nameless", " ", "Nameless", "orders", Unit.COUNT,
                Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.SALES, "", "");

        assertThat(kinds(standard.withCustom(nameless))).containsExactly(ProblemKind.MISSING_NAME);
    }

    @Test
    void customKpisMayBuildOnOtherKpis() {
        var change = standard.withCustom(draft("double_aov", "aov * 2", Unit.MONEY));

        KpiCatalog catalog = ((CatalogChangeVerdict.Accepted) change).catalog();
        KpiValue value = new KpiEngine(catalog).evaluate(new KpiCode("double_aov"), Period.month(2026, 11),
                DimensionSelection.all(), Shop.autumn2026());
        assertThat(value.number()).hasValueSatisfying(number -> assertThat(number).isEqualByComparingTo(new BigDecimal("6000")));
    }
}

package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Driver trees are data: every line is checked to be an identity of its KPI when the file is read, and every driver
 * has a role; a line that is not is refused with its number.
 */
class DriverTreesAreIdentitiesOfTheirKpisTest {

    private static final String ROLES = "visits\tVOLUME\nconversion_rate\tEFFICIENCY\naov\tEFFICIENCY\n";

    @Test
    void theStandardTreesAreReadAndRevenueIsVisitsTimesConversionTimesTheAverageCheck() {
        DriverTrees trees = DriverTrees.standard();

        assertThat(trees.of(new KpiCode("revenue"))).singleElement()
                .satisfies(tree -> assertThat(tree.drivers()).containsExactly("visits", "conversion_rate", "aov"));
        assertThat(trees.of(new KpiCode("cac")).getFirst().drivers())
                .containsExactly("marketing_spend", "sales_spend", "new_customers");
        assertThat(trees.roleOf("cpc")).isEqualTo(DriverRole.PRICE);
        assertThat(trees.all()).allSatisfy(tree -> assertThat(tree.drivers())
                .allSatisfy(driver -> assertThat(trees.roleOf(driver)).isNotNull()));
    }

    @Test
    void aLineThatIsNotAnIdentityOfItsKpiIsRefusedWithItsNumber() {
        String trees = "# revenue without conversion\nrevenue\tvisits * aov\n";

        assertThatThrownBy(() -> DriverTrees.parse(KpiCatalog.standard(), trees, ROLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("driver-trees.tsv line 2: «visits * aov» is not an identity of revenue");
    }

    @Test
    void aDriverWithoutARoleIsRefused() {
        assertThatThrownBy(() -> DriverTrees.parse(KpiCatalog.standard(), "orders\tvisits * conversion_rate\n",
                "visits\tVOLUME\n"))
                .hasMessage("driver-trees.tsv line 1: driver conversion_rate has no line in driver-roles.tsv");
    }

    @Test
    void aNameThatIsNeitherAMeasureNorAKpiIsRefused() {
        assertThatThrownBy(() -> DriverTrees.parse(KpiCatalog.standard(), "orders\tvisits * conversion\n", ROLES))
                .hasMessage("driver-trees.tsv line 1: conversion is neither a base measure nor a KPI");
    }
}

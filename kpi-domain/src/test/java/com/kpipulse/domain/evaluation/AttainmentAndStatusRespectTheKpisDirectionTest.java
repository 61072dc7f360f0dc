package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AttainmentAndStatusRespectTheKpisDirectionTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final Period november = Period.month(2026, 11);

    private KpiEvaluation judge(EvaluationPolicy policy, String code, String actual, String target) {
        KpiDefinition kpi = catalog.get(new KpiCode(code));
        return policy.judge(kpi, november, KpiValue.known(new BigDecimal(actual), kpi.unit()),
                KpiValue.known(new BigDecimal(target), kpi.unit()), Optional.empty());
    }

    @ParameterizedTest(name = "{0}: actual {1}, target {2} -> {3} ({4})")
    @CsvSource(textBlock = """
            # higher is better: attainment = actual / target
            revenue, 1100000, 1000000, 1.1, ON_TRACK
            revenue,  950000, 1000000, 0.95, AT_RISK
            revenue,  800000, 1000000, 0.8, OFF_TRACK
            # lower is better: beating the target means being below it; 10 % over is 0.90
            cac,  4000, 5000, 1.2, ON_TRACK
            cac,  5000, 5000, 1, ON_TRACK
            cac,  5500, 5000, 0.9, AT_RISK
            cac,  7000, 5000, 0.6, OFF_TRACK
            cart_abandonment, 0.25, 0.2, 0.75, OFF_TRACK
            # a negative target (a loss to shrink): -50 against -100 is 50 % better
            profit, -50000, -100000, 1.5, ON_TRACK
            """)
    void attainmentAndStatus(String code, String actual, String target, String attainment, Status status) {
        KpiEvaluation evaluation = judge(EvaluationPolicy.standard(), code, actual, target);

        assertThat(evaluation.attainment()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo(attainment));
        assertThat(evaluation.status()).isEqualTo(status);
        assertThat(evaluation.reason().english()).contains("of target");
    }

    @Test
    void thresholdsAreConfigurable() {
        var lenient = EvaluationPolicy.standard().withThresholds(new BigDecimal("0.95"), new BigDecimal("0.7"));

        assertThat(judge(lenient, "revenue", "960000", "1000000").status()).isEqualTo(Status.ON_TRACK);
        assertThat(judge(lenient, "revenue", "800000", "1000000").status()).isEqualTo(Status.AT_RISK);
        assertThat(judge(lenient, "revenue", "600000", "1000000").status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void aBreakEvenTargetOfZeroIsMetOrNot() {
        KpiEvaluation above = judge(EvaluationPolicy.standard(), "romi", "0.3", "0");
        KpiEvaluation below = judge(EvaluationPolicy.standard(), "romi", "-0.1", "0");

        assertThat(above.attainment()).isEmpty();
        assertThat(above.status()).isEqualTo(Status.ON_TRACK);
        assertThat(below.status()).isEqualTo(Status.OFF_TRACK);
        assertThat(below.reason().in(Locale.ENGLISH)).isEqualTo("Actual −10.0% against a target of 0.0%: not met");
    }

    @Test
    void noActualOrNoTargetMeansNoData() {
        KpiDefinition romi = catalog.get(new KpiCode("romi"));
        var none = new KpiValue.None(com.kpipulse.domain.kpi.NoValueReason.ZERO_DENOMINATOR,
                com.kpipulse.domain.text.Message.of(com.kpipulse.domain.kpi.KpiValueMessageKind.ZERO_DENOMINATOR, "ad_spend", "November 2026"));

        KpiEvaluation noActual = EvaluationPolicy.standard().judge(romi, november, none, KpiValue.known(BigDecimal.ONE, romi.unit()), Optional.empty());
        KpiEvaluation noTarget = EvaluationPolicy.standard().judge(romi, november, KpiValue.known(BigDecimal.ONE, romi.unit()), none, Optional.empty());

        assertThat(noActual.status()).isEqualTo(Status.NO_DATA);
        assertThat(noActual.reason().english()).isEqualTo("The denominator 'ad_spend' is 0 for November 2026, so there is no value");
        assertThat(noTarget.status()).isEqualTo(Status.NO_DATA);
        assertThat(noTarget.reason().english()).isEqualTo("No target: The denominator 'ad_spend' is 0 for November 2026, so there is no value");
    }
}

package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.effect.EffectEstimate.Measured;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static com.kpipulse.domain.correction.effect.HandMadeAction.alternating;
import static com.kpipulse.domain.correction.effect.HandMadeAction.conversion;
import static com.kpipulse.domain.correction.effect.HandMadeAction.cpa;
import static com.kpipulse.domain.correction.effect.HandMadeAction.meanOfDays;
import static com.kpipulse.domain.correction.effect.HandMadeAction.ratioOfSums;
import static com.kpipulse.domain.correction.effect.HandMadeAction.revenue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A measured effect says the verdict, the effect with its interval and what it was held against, in both languages,
 * and the figures behind it. The weeks before the start swing ±5 % in turn around a flat level and the window is flat,
 * so the figures can be worked out by hand: 16 weeks before, 5 after, the log ratio's spread s = 0.05 × √(16/15),
 * its standard error s × √(1/16 + 1/5) = 0.02646, t(0.975, 15) = 2.1314, so the interval is the shift ± 0.0564.
 */
class AVerdictSaysTheEffectItsIntervalAndWhatItWasHeldAgainstTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final double HALF_WIDTH = 2.13145 * 0.05 * Math.sqrt(16.0 / 15) * Math.sqrt(1.0 / 16 + 1.0 / 5);

    private final EffectEstimator estimator = new EffectEstimator();

    @Test
    void aConversionThatRoseByAQuarterAgainstFlatChannelsWorkedBySixTenthsOfAPoint() {
        Measured measured = measured(conversion(ratioOfSums(week -> week < 0 ? 0.024 * alternating(week, 0.05) : 0.03),
                Optional.of(ratioOfSums(week -> 0.02))));

        assertThat(measured.verdict()).isEqualTo(EffectVerdict.WORKED);
        EffectFigures figures = measured.figures();
        assertThat(figures.method()).isEqualTo(EffectMethod.DID);
        assertThat(figures.after()).isEqualByComparingTo("0.03");
        assertThat(figures.counterfactual().doubleValue()).isCloseTo(0.024, offset(1e-7));
        assertThat(figures.effect().estimate().doubleValue()).isCloseTo(0.006, offset(1e-7));
        IntervalEstimate share = figures.relativeEffect().orElseThrow();
        assertThat(share.estimate().doubleValue()).isCloseTo(0.25, offset(1e-6));
        assertThat(share.low().doubleValue()).isCloseTo(Math.expm1(Math.log(1.25) - HALF_WIDTH), offset(1e-5));
        assertThat(share.high().doubleValue()).isCloseTo(Math.expm1(Math.log(1.25) + HALF_WIDTH), offset(1e-5));
        assertThat(figures.basis().serialCorrelation()).as("weeks that swing in turn are not correlated").isZero();
        assertThat(measured.summary().in(RUSSIAN)).isEqualTo("Сработало: Конверсия сайта, VK Реклама: +0,6\u00A0п.п. "
                + "(от +0,5\u00A0п.п. до +0,7\u00A0п.п.) против каналов без изменений (Яндекс Директ, SEO)");
        assertThat(measured.summary().in(Locale.ENGLISH)).isEqualTo("Worked: Site conversion rate in VK Ads: "
                + "+0.6\u00A0pp (from +0.5\u00A0pp to +0.7\u00A0pp) against the channels left unchanged "
                + "(Yandex Direct, SEO)");
        assertThat(measured.details()).extracting(message -> message.in(RUSSIAN)).containsExactly(
                "До начала: 2,4\u00A0%; в окне измерения: 3,0\u00A0%; без действия было бы 2,4\u00A0%",
                "Каналы для сравнения за то же время: 0,0\u00A0%",
                "Разность разностей: 16 нед. до начала (12.11.2025–03.03.2026) и 5 нед. окна "
                        + "(04.03.2026–07.04.2026) против каналов без изменений; интервал 95\u00A0%");
    }

    @Test
    void revenueIsSaidAsAShareOfWhatItWouldHaveBeenWithItsAmountPerDayBeside() {
        Measured measured = measured(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.of(meanOfDays(week -> 300_000))));

        assertThat(measured.summary().in(RUSSIAN)).isEqualTo("Сработало: Выручка, VK Реклама: +25,0\u00A0% "
                + "(от +18,1\u00A0% до +32,3\u00A0%) против каналов без изменений (Яндекс Директ, SEO)");
        assertThat(measured.details().subList(0, 2)).extracting(message -> message.in(RUSSIAN)).containsExactly(
                "В среднем за день до начала: 100\u00A0125\u00A0₽; в окне измерения: 125\u00A0000\u00A0₽; "
                        + "без действия было бы 100\u00A0000\u00A0₽",
                "Разница: +25\u00A0000\u00A0₽ в день (от +19\u00A0199\u00A0₽ до +30\u00A0483\u00A0₽)");
        assertThat(measured.details().get(1).in(Locale.ENGLISH))
                .isEqualTo("The difference: +RUB\u00A025,000 a day (from +RUB\u00A019,199 to +RUB\u00A030,483)");
    }

    @Test
    void forALowerIsBetterKpiARiseIsWorseAndAFallWorked() {
        Measured rise = measured(cpa(ratioOfSums(week -> week < 0 ? 800 * alternating(week, 0.05) : 1000),
                Optional.of(ratioOfSums(week -> 500))));
        Measured fall = measured(cpa(ratioOfSums(week -> week < 0 ? 1000 * alternating(week, 0.05) : 800),
                Optional.of(ratioOfSums(week -> 500))));

        assertThat(rise.verdict()).isEqualTo(EffectVerdict.WORSE);
        assertThat(rise.summary().in(RUSSIAN)).startsWith("Стало хуже: CPA, VK Реклама: +25,0\u00A0%");
        assertThat(fall.verdict()).isEqualTo(EffectVerdict.WORKED);
        assertThat(fall.summary().in(Locale.ENGLISH)).startsWith("Worked: CPA in VK Ads: −20.0%");
    }

    @Test
    void anIntervalInsideFivePercentEitherWayIsNoEffect() {
        Measured measured = measured(revenue(meanOfDays(week -> 100_000 * alternating(week, 0.005)),
                Optional.of(meanOfDays(week -> 300_000))));

        assertThat(measured.verdict()).isEqualTo(EffectVerdict.NO_EFFECT);
        assertThat(measured.summary().in(RUSSIAN)).isEqualTo("Без эффекта: Выручка, VK Реклама: 0,0\u00A0% "
                + "(от −0,6\u00A0% до +0,6\u00A0%) против каналов без изменений (Яндекс Директ, SEO) "
                + "— в пределах ±5\u00A0%");
        assertThat(measured.summary().in(Locale.ENGLISH)).endsWith("(Yandex Direct, SEO), within ±5%");
    }

    @Test
    void anIntervalThatHoldsBothZeroAndAChangeThatMattersIsInconclusive() {
        Measured measured = measured(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.1) : 105_000),
                Optional.of(meanOfDays(week -> 300_000))));

        assertThat(measured.verdict()).isEqualTo(EffectVerdict.INCONCLUSIVE);
        assertThat(measured.summary().in(RUSSIAN)).startsWith("Неясно, сработало ли: Выручка, VK Реклама: +5,0\u00A0%")
                .endsWith("— интервал вмещает и ноль, и заметное изменение");
    }

    @Test
    void withoutChannelsToCompareWithTheKpisOwnTrendIsCarriedOnAndTheLimitIsSaid() {
        Measured measured = measured(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.empty()));

        assertThat(measured.verdict()).isEqualTo(EffectVerdict.WORKED);
        assertThat(measured.figures().method()).isEqualTo(EffectMethod.ITS);
        assertThat(measured.figures().controlChannels()).isEmpty();
        assertThat(measured.figures().basis().trend()).isTrue();
        assertThat(measured.summary().in(RUSSIAN)).endsWith("против прежнего тренда");
        assertThat(measured.details().getLast().in(RUSSIAN)).startsWith("Прерванный временной ряд: 16 нед. до начала")
                .endsWith("сдвиг, общий для всех каналов (сезон, рынок, сбой учёта), не отделить от действия");
    }

    @Test
    void aKpiThatIsZeroOrBelowIsComparedByDifferencesAndSaidAsAnAmount() {
        Measured measured = measured(revenue(meanOfDays(week -> week < 0 ? (week % 2 == 0 ? 1000 : -1000) : 5000),
                Optional.of(meanOfDays(week -> 2000))));
        double halfWidth = 2.13145 * 1000 * Math.sqrt(16.0 / 15) * Math.sqrt(1.0 / 16 + 1.0 / 5);

        assertThat(measured.figures().basis().scale()).isEqualTo(EffectScale.DIFFERENCE);
        assertThat(measured.figures().counterfactual()).isEqualByComparingTo("0");
        assertThat(measured.figures().relativeEffect()).as("no share of nothing").isEmpty();
        assertThat(measured.figures().effect().low().doubleValue()).isCloseTo(5000 - halfWidth, offset(0.1));
        assertThat(measured.verdict()).isEqualTo(EffectVerdict.WORKED);
        assertThat(measured.summary().in(RUSSIAN)).startsWith("Сработало: Выручка, VK Реклама: +5\u00A0000\u00A0₽ "
                + "(от +3\u00A0872\u00A0₽ до +6\u00A0128\u00A0₽)");
    }

    @Test
    void theExpectedChangeIsSaidAgainstTheInterval() {
        assertThat(expected(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.of(meanOfDays(week -> 300_000))), "0.4"))
                .isEqualTo("Ожидали +40,0\u00A0% — весь интервал до этого не дотягивает");
        assertThat(expected(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.of(meanOfDays(week -> 300_000))), "0.3"))
                .isEqualTo("Ожидали +30,0\u00A0% — это внутри интервала");
        assertThat(expected(revenue(meanOfDays(week -> week < 0 ? 100_000 * alternating(week, 0.05) : 125_000),
                Optional.of(meanOfDays(week -> 300_000))), "0.1"))
                .isEqualTo("Ожидали +10,0\u00A0% — весь интервал дальше этого");
        assertThat(expected(cpa(ratioOfSums(week -> week < 0 ? 1000 * alternating(week, 0.05) : 800),
                Optional.of(ratioOfSums(week -> 500))), "-0.3"))
                .as("a CPA expected to fall by 30 % that fell by 15 to 24 % fell short")
                .isEqualTo("Ожидали −30,0\u00A0% — весь интервал до этого не дотягивает");
    }

    private String expected(EffectQuestion question, String change) {
        EffectQuestion withExpected = new EffectQuestion(question.kpiName(), question.unit(), question.currency(),
                question.wanted(), question.treated(), question.treatedChannels(), question.control(),
                question.window(), question.dataUpTo(), Optional.of(new BigDecimal(change)));
        return measured(withExpected).details().getLast().in(RUSSIAN);
    }

    private Measured measured(EffectQuestion question) {
        EffectEstimate estimate = estimator.estimate(question);
        assertThat(estimate).isInstanceOf(Measured.class);
        return (Measured) estimate;
    }
}

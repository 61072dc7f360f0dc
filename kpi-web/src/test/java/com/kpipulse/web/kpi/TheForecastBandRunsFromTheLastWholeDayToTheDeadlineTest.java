package com.kpipulse.web.kpi;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A revenue goal to Tuesday 31 March 2026; the pace chart shows weeks 10 to 12, the last one running, its data in up
 * to Wednesday 18 March (1 700 000 so far). The forecast: 2 700 000 expected at the deadline, 2 500 000–2 900 000 with
 * 80 % probability. The axis runs on to week 14, which holds the deadline.
 * <p>
 * The chart's plot runs from x 12 to 748 and from y 16 (the top of the range) to 212 (zero).
 */
class TheForecastBandRunsFromTheLastWholeDayToTheDeadlineTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 3, 31);
    private static final LocalDate LAST_KNOWN = LocalDate.of(2026, 3, 18);
    private static final PeriodAxis SHOWN = new PeriodAxis(List.of(week(2026, 3, 2), week(2026, 3, 9), week(2026, 3, 16)));
    private static final Pattern POLYGON = Pattern.compile(
            "<polygon class=\"forecast-band\" points=\"([0-9.]+),([0-9.]+) ([0-9.]+),([0-9.]+) ([0-9.]+),([0-9.]+)\">"
                    + "<title>([^<]*)</title>");
    private static final Pattern EXPECTED = Pattern.compile(
            "<path class=\"line-forecast\" stroke-dasharray=\"6 3\" d=\"M([0-9.]+) ([0-9.]+) L([0-9.]+) ([0-9.]+)\"/>");
    private static final Pattern RUNNING_POINT = Pattern.compile(
            "<circle class=\"line-since-start provisional\" cx=\"([0-9.]+)\" cy=\"([0-9.]+)\"");

    @Test
    void theAxisRunsOnToTheDeadlinesWeekAndPlacesADayBeforeItsWeeksPoint() {
        PeriodAxis axis = SHOWN.through(DEADLINE);

        assertThat(axis.periods()).containsExactly(week(2026, 3, 2), week(2026, 3, 9), week(2026, 3, 16),
                week(2026, 3, 23), week(2026, 3, 30));
        assertThat(axis.position(LocalDate.of(2026, 3, 22))).as("a Sunday: its week's point").isEqualTo(2.0);
        assertThat(axis.position(LAST_KNOWN)).isCloseTo(2 - 4 / 7.0, within(1e-9));
        assertThat(axis.position(DEADLINE)).isCloseTo(4 - 5 / 7.0, within(1e-9));
        assertThat(SHOWN.through(LocalDate.of(2026, 3, 20)).periods()).as("a day already on it adds nothing")
                .isEqualTo(SHOWN.periods());
    }

    @Test
    void theBandOpensFromTheLastKnownPointToTheLowAndHighEndsOnTheDeadline() {
        String svg = chart().svg();

        // five weeks on the axis, 184 apart
        double from = 12 + (2 - 4 / 7.0) * 184;
        double deadline = 12 + (4 - 5 / 7.0) * 184;
        Matcher band = matched(POLYGON, svg);
        assertThat(x(band, 1)).isCloseTo(from, within(0.1));
        assertThat(y(band, 1)).as("so far").isCloseTo(y(1_700_000), within(0.1));
        assertThat(x(band, 2)).as("the band ends on the deadline").isCloseTo(deadline, within(0.1));
        assertThat(y(band, 2)).as("upper end").isCloseTo(y(2_900_000), within(0.1));
        assertThat(x(band, 3)).isCloseTo(deadline, within(0.1));
        assertThat(y(band, 3)).as("lower end").isCloseTo(y(2_500_000), within(0.1));
        assertThat(band.group(7)).isEqualTo("the figures in words");

        Matcher expected = matched(EXPECTED, svg);
        assertThat(x(expected, 1)).isCloseTo(from, within(0.1));
        assertThat(y(expected, 1)).isCloseTo(y(1_700_000), within(0.1));
        assertThat(x(expected, 2)).as("the expected line ends on the deadline").isCloseTo(deadline, within(0.1));
        assertThat(y(expected, 2)).isCloseTo(y(2_700_000), within(0.1)).isBetween(y(band, 2), y(band, 3));
        assertThat(svg).contains("<circle class=\"line-forecast\" cx=\"" + String.format(java.util.Locale.ROOT, "%.1f", deadline));
    }

    @Test
    void theRunningWeeksPointSitsOnItsLastKnownDayWhereTheBandStarts() {
        String svg = chart().svg();

        assertThat(x(matched(RUNNING_POINT, svg), 1)).isCloseTo(x(matched(POLYGON, svg), 1), within(0.05));
    }

    @Test
    void theBandIsNamedInTheDescriptionAndGivenToTheLegend() {
        LineChart.Chart chart = chart();

        assertThat(chart.svg()).contains("<desc id=\"kpi-pacing-desc\">w10 – w14. Actual: solid line with dots. "
                + "Forecast: dashed and shaded. the figures in words.</desc>");
        assertThat(chart.band()).hasValueSatisfying(band -> assertThat(band.dash()).isEqualTo("6 3"));
    }

    @Test
    void withoutABandOrOverASinglePeriodNothingIsForecast() {
        LineChart.Chart none = LineChart.of("kpi-pacing", "Pace", List.of("w10", "w11"), List.of(), List.of(actual()),
                Optional.empty(), String::valueOf);
        assertThat(none.svg()).doesNotContain("forecast-band", "line-forecast");
        assertThat(none.band()).isEmpty();

        LineChart.Chart single = LineChart.of("kpi-pacing", "Pace", List.of("w10"), List.of(), List.of(actual()),
                Optional.of(band(0, 0)), String::valueOf);
        assertThat(single.svg()).doesNotContain("forecast-band");
        assertThat(single.band()).isEmpty();
    }

    @Test
    void aBandThatEndsBeforeItStartsOrWhoseLowIsAboveItsHighIsRefused() {
        assertThatThrownBy(() -> band(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart.Band("Forecast", "dashed", 1, BigDecimal.ONE, 2, BigDecimal.TWO,
                BigDecimal.TEN, BigDecimal.ONE, "")).isInstanceOf(IllegalArgumentException.class);
    }

    private static LineChart.Chart chart() {
        PeriodAxis axis = SHOWN.through(DEADLINE);
        List<Double> positions = List.of(0.0, 1.0, SHOWN.position(LAST_KNOWN));
        return LineChart.of("kpi-pacing", "Pace", List.of("w10", "w11", "w12", "w13", "w14"), positions,
                List.of(actual()), Optional.of(band(axis.position(LAST_KNOWN), axis.position(DEADLINE))),
                String::valueOf);
    }

    private static LineChart.Line actual() {
        return new LineChart.Line(LineChart.Style.SINCE_START, "Actual", "solid line with dots",
                List.of(new BigDecimal("600000"), new BigDecimal("1300000"), new BigDecimal("1700000")),
                Map.of(2, "so far"));
    }

    private static LineChart.Band band(double from, double to) {
        return new LineChart.Band("Forecast", "dashed and shaded", from, new BigDecimal("1700000"), to,
                new BigDecimal("2700000"), new BigDecimal("2500000"), new BigDecimal("2900000"), "the figures in words");
    }

    private static Period week(int year, int month, int day) {
        return Period.of(Grain.WEEK, LocalDate.of(year, month, day));
    }

    /** The height of a value: the range runs from zero to the band's upper end. */
    private static double y(double value) {
        return 16 + 196 * (1 - value / 2_900_000);
    }

    private static Matcher matched(Pattern pattern, String svg) {
        Matcher matcher = pattern.matcher(svg);
        assertThat(matcher.find()).as("%s in %s", pattern, svg).isTrue();
        return matcher;
    }

    private static double x(Matcher matcher, int point) {
        return Double.parseDouble(matcher.group(2 * point - 1));
    }

    private static double y(Matcher matcher, int point) {
        return Double.parseDouble(matcher.group(2 * point));
    }
}

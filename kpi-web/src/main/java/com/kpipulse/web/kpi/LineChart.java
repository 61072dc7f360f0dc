package com.kpipulse.web.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * A server-rendered SVG line chart over periods: one line per series, with gaps where a period has no value. What was
 * measured is drawn solid with a dot per period, what was planned dashed or dotted, so the lines differ without
 * colour; the dash pattern is an SVG attribute and holds without the style sheet. A provisional period (its data do not
 * cover it to the end) is drawn as such: a hollow dot, and a dashed segment to and from it, so a running week reads as
 * "so far", not as a drop. Every line and dot is clipped to the plot area, and a lone value's short stroke is kept
 * inside it, so nothing is drawn past the frame. One period is drawn in the middle. A period's point may sit before
 * its end (a pace taken on the last day the data cover), and a {@link Band forecast} may run from a known point to a
 * deadline: a shaded band opening to the interval's ends, the expected line through it dashed. Built from numbers and
 * labels the code made, so it is safe to put into the page as markup; texts are escaped all the same.
 */
public final class LineChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int LEFT = 12;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;
    /** A dot's radius plus one: how far past the plot area a dot on its edge may reach. */
    private static final int DOT = 4;
    /** The dashes of a segment to or from a provisional period: shorter than a target's, whatever the line. */
    private static final String PROVISIONAL_DASH = "3 3";

    /** How a line is drawn: its CSS class (the colour), its dash pattern ("" = solid) and whether it has dots. */
    public enum Style {
        ACTUAL("line-actual", "", true),
        TARGET("line-target", "6 4", false),
        SINCE_START("line-since-start", "", true),
        DUE("line-due", "2 4", false),
        /** The same periods a year before: dotted, with small dots, in a muted colour. */
        LAST_YEAR("line-last-year", "1 4", true),
        /** The expected line of a {@link Band}; the band itself is shaded. */
        FORECAST("line-forecast", "6 3", false);

        private final String css;
        private final String dash;
        private final boolean dots;

        Style(String css, String dash, boolean dots) {
            this.css = css;
            this.dash = dash;
            this.dots = dots;
        }

        public String css() {
            return css;
        }

        public String dash() {
            return dash;
        }

        public boolean dots() {
            return dots;
        }
    }

    /**
     * One line: its name for the legend, the words for its look ("dashed line") for screen readers, one value per
     * period label (null = none), and the provisional periods by their index with what to say about each.
     */
    public record Line(Style style, String name, String look, List<BigDecimal> values, Map<Integer, String> provisional) {
        public Line {
            Objects.requireNonNull(style, "style");
            values = Collections.unmodifiableList(new ArrayList<>(values));
            provisional = Map.copyOf(provisional);
        }

        public Line(Style style, String name, String look, List<BigDecimal> values) {
            this(style, name, look, values, Map.of());
        }

        public boolean isEmpty() {
            return values.stream().allMatch(Objects::isNull);
        }
    }

    /**
     * What is expected ahead, drawn from a known point to a deadline: a band shaded between the known point and the
     * interval's ends at the deadline ({@code low} to {@code high}), and the expected line from the known point to
     * {@code expected}, dashed. Positions are counted in periods along the labels: {@code 2} is where the third period's
     * point sits, {@code 1.5} halfway through the third period.
     *
     * @param name the band's name for the legend; {@code look} the words for how it is drawn, for screen readers
     * @param text the figures in words, the band's tooltip
     */
    public record Band(String name, String look, double from, BigDecimal start, double to, BigDecimal expected,
                       BigDecimal low, BigDecimal high, String text) {
        public Band {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(expected, "expected");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
            if (to < from) {
                throw new IllegalArgumentException("A forecast ends before it starts: " + from + " .. " + to);
            }
            if (low.compareTo(high) > 0) {
                throw new IllegalArgumentException("The interval ends before it starts: " + low + " .. " + high);
            }
        }

        /** The expected line's dash pattern, for the legend. */
        public String dash() {
            return Style.FORECAST.dash();
        }
    }

    /** The SVG markup and the lines and the band it draws, for the legend beside it. */
    public record Chart(String svg, List<Line> lines, Optional<Band> band) {
        public Chart {
            lines = List.copyOf(lines);
            Objects.requireNonNull(band, "band");
        }
    }

    private LineChart() {
    }

    /** With values written as plain numbers. */
    static Chart of(String id, String title, List<String> labels, List<Line> lines) {
        return of(id, title, labels, lines, value -> value.stripTrailingZeros().toPlainString());
    }

    /**
     * @param id     unique on the page; the title and description get ids derived from it
     * @param labels one per period, oldest first
     * @param format how a value is written on the scale and in a dot's tooltip (the reader's locale and unit)
     */
    public static Chart of(String id, String title, List<String> labels, List<Line> lines,
                           Function<BigDecimal, String> format) {
        return of(id, title, labels, List.of(), lines, Optional.empty(), format);
    }

    /**
     * @param positions where each period's points sit, counted in periods ({@link Band}); a period not listed, or
     *                  listed as null, at its own index
     * @param band      the forecast to draw after the lines, if any; none is drawn over a single period
     */
    static Chart of(String id, String title, List<String> labels, List<Double> positions, List<Line> lines,
                    Optional<Band> band, Function<BigDecimal, String> format) {
        List<Line> drawn = lines.stream().filter(line -> !line.isEmpty()).toList();
        Optional<Band> forecast = band.filter(shown -> labels.size() > 1);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(title))
                .append("\" aria-describedby=\"").append(escape(id)).append("-desc\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">")
                .append(escape(description(labels, drawn, forecast))).append("</desc>");
        double[] range = range(drawn, forecast);
        if (range == null || labels.isEmpty()) {
            return new Chart(svg.append("</svg>").toString(), drawn, Optional.empty());
        }
        double min = range[0];
        double span = range[1] - range[0];
        double step = labels.size() < 2 ? 0 : (WIDTH - LEFT - RIGHT) / (double) (labels.size() - 1);
        DoubleUnaryOperator along = position -> labels.size() < 2 ? (LEFT + WIDTH - RIGHT) / 2.0 : LEFT + position * step;
        DoubleUnaryOperator x = index -> along.applyAsDouble(position(positions, (int) index));
        DoubleUnaryOperator y = value -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / span);
        String clip = escape(id) + "-plot";
        // the plot area, with room for the dots on its edges; lines and dots never leave it
        svg.append(String.format(Locale.ROOT, "<clipPath id=\"%s\"><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/></clipPath>",
                clip, LEFT - DOT, TOP - DOT, WIDTH - LEFT - RIGHT + 2 * DOT, HEIGHT - TOP - BOTTOM + 2 * DOT));
        // the scale: a grid line with its value at the bottom, the middle and the top of the range
        for (int i = 0; i <= 2; i++) {
            double value = min + span * i / 2;
            double level = y.applyAsDouble(value);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - RIGHT, level, level));
            svg.append(String.format(Locale.ROOT, "<text class=\"scale\" x=\"%d\" y=\"%.1f\">%s</text>", LEFT + 2,
                    level - 3, escape(format.apply(BigDecimal.valueOf(value)))));
        }
        if (min < 0) {
            double zero = y.applyAsDouble(0);
            svg.append(String.format(Locale.ROOT, "<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - RIGHT, zero, zero));
        }
        svg.append("<g clip-path=\"url(#").append(clip).append(")\">");
        forecast.ifPresent(shown -> svg.append(band(shown, along, y, format)));
        double stroke = labels.size() < 2 ? (WIDTH - LEFT - RIGHT) / 8.0 : step / 4;
        for (Line line : drawn) {
            svg.append(path(line, x, stroke, y));
        }
        for (Line line : drawn) {
            if (!line.style().dots()) {
                continue;
            }
            for (int i = 0; i < line.values().size() && i < labels.size(); i++) {
                BigDecimal value = line.values().get(i);
                if (value != null) {
                    String note = line.provisional().get(i);
                    svg.append(String.format(Locale.ROOT, "<circle class=\"%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"><title>%s</title></circle>",
                            line.style().css() + (note == null ? "" : " provisional"), x.applyAsDouble(i),
                            y.applyAsDouble(value.doubleValue()), DOT - 1,
                            escape(labels.get(i) + " · " + line.name() + ": " + format.apply(value)
                                    + (note == null ? "" : " (" + note + ")"))));
                }
            }
        }
        svg.append("</g>");
        if (labels.size() < 2) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x.applyAsDouble(0), HEIGHT - 8, escape(labels.getFirst())));
        } else {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 8, escape(labels.getFirst())));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - RIGHT,
                    HEIGHT - 8, escape(labels.getLast())));
        }
        return new Chart(svg.append("</svg>").toString(), drawn, forecast);
    }

    /** Where a period's points sit: as listed, or at its own index. */
    private static double position(List<Double> positions, int index) {
        return index < positions.size() && positions.get(index) != null ? positions.get(index) : index;
    }

    /**
     * The forecast: the band from the known point to the interval's ends at the deadline, the expected line through it
     * and a dot on the expected value at the deadline, each with the figures as its tooltip.
     */
    private static String band(Band band, DoubleUnaryOperator along, DoubleUnaryOperator y,
                               Function<BigDecimal, String> format) {
        double from = along.applyAsDouble(band.from());
        double to = along.applyAsDouble(band.to());
        double start = y.applyAsDouble(band.start().doubleValue());
        double expected = y.applyAsDouble(band.expected().doubleValue());
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<polygon class=\"forecast-band\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\">"
                        + "<title>%s</title></polygon>", from, start, to, y.applyAsDouble(band.high().doubleValue()), to,
                y.applyAsDouble(band.low().doubleValue()), escape(band.text())));
        svg.append(String.format(Locale.ROOT, "<path class=\"line-forecast\" stroke-dasharray=\"%s\" d=\"M%.1f %.1f L%.1f %.1f\"/>",
                Style.FORECAST.dash(), from, start, to, expected));
        svg.append(String.format(Locale.ROOT, "<circle class=\"line-forecast\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"><title>%s</title></circle>",
                to, expected, DOT - 1, escape(band.name() + ": " + format.apply(band.expected()))));
        return svg.toString();
    }

    /** "2024-W01 – 2024-W26. Actual: solid line with dots. Target: dashed line. Forecast: …" */
    private static String description(List<String> labels, List<Line> lines, Optional<Band> band) {
        StringBuilder text = new StringBuilder();
        if (labels.size() == 1) {
            text.append(labels.getFirst()).append('.');
        } else if (!labels.isEmpty()) {
            text.append(labels.getFirst()).append(" – ").append(labels.getLast()).append('.');
        }
        for (Line line : lines) {
            text.append(' ').append(line.name()).append(": ").append(line.look()).append('.');
        }
        band.ifPresent(shown -> text.append(' ').append(shown.name()).append(": ").append(shown.look()).append(". ")
                .append(shown.text()).append('.'));
        return text.toString().strip();
    }

    /** The values' range, the forecast's included, from zero when all are positive; null when there is nothing to draw. */
    private static double[] range(List<Line> lines, Optional<Band> band) {
        List<BigDecimal> values = new ArrayList<>();
        lines.forEach(line -> values.addAll(line.values()));
        band.ifPresent(shown -> values.addAll(List.of(shown.start(), shown.expected(), shown.low(), shown.high())));
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BigDecimal value : values) {
            if (value != null) {
                min = Math.min(min, value.doubleValue());
                max = Math.max(max, value.doubleValue());
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return null;
        }
        if (min > 0) {
            min = 0;
        }
        if (max == min) {
            max = min + 1;
        }
        return new double[] {min, max};
    }

    /**
     * Runs of consecutive values become one stroke each; a lone value a short level stroke, so it still shows, kept
     * within the plot area (the first and last periods sit on its edges). A segment to or from a provisional period
     * goes into a second, dashed stroke.
     */
    private static String path(Line line, DoubleUnaryOperator x, double stroke, DoubleUnaryOperator y) {
        StringBuilder d = new StringBuilder();
        StringBuilder dashed = new StringBuilder();
        List<BigDecimal> values = line.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                continue;
            }
            double at = x.applyAsDouble(i);
            double level = y.applyAsDouble(values.get(i).doubleValue());
            boolean provisional = line.provisional().containsKey(i);
            boolean joinsPrevious = i > 0 && values.get(i - 1) != null;
            boolean joinsNext = i + 1 < values.size() && values.get(i + 1) != null;
            boolean solidFromPrevious = joinsPrevious && !provisional && !line.provisional().containsKey(i - 1);
            boolean solidToNext = joinsNext && !provisional && !line.provisional().containsKey(i + 1);
            if (joinsPrevious && !solidFromPrevious) {
                dashed.append(String.format(Locale.ROOT, " M%.1f %.1f L%.1f %.1f", x.applyAsDouble(i - 1),
                        y.applyAsDouble(values.get(i - 1).doubleValue()), at, level));
            }
            if (solidFromPrevious) {
                d.append(String.format(Locale.ROOT, " L%.1f %.1f", at, level));
            } else if (solidToNext) {
                d.append(String.format(Locale.ROOT, " M%.1f %.1f", at, level));
            } else if (!joinsPrevious && !joinsNext) {
                double from = Math.max(LEFT, at - stroke);
                double to = Math.min(WIDTH - RIGHT, at + stroke);
                (provisional ? dashed : d).append(String.format(Locale.ROOT, " M%.1f %.1f L%.1f %.1f", from, level, to, level));
            }
        }
        String css = line.style().css();
        String dash = line.style().dash().isEmpty() ? "" : " stroke-dasharray=\"" + line.style().dash() + "\"";
        String solid = d.isEmpty() ? "" : "<path class=\"" + css + "\"" + dash + " d=\"" + d.toString().strip() + "\"/>";
        return dashed.isEmpty() ? solid : solid + "<path class=\"" + css + " provisional\" stroke-dasharray=\""
                + PROVISIONAL_DASH + "\" d=\"" + dashed.toString().strip() + "\"/>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

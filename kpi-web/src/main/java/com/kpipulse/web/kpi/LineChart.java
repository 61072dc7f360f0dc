package com.kpipulse.web.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A server-rendered SVG line chart of a KPI over periods: the actual values as a line with points (gaps where a
 * period has no value) and, when there is one, the target as a dashed line. Built from numbers and labels the code
 * made, so it is safe to put into the page as markup; labels are escaped all the same.
 */
final class LineChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int LEFT = 12;
    private static final int RIGHT = 12;
    private static final int TOP = 16;
    private static final int BOTTOM = 28;

    /** One point: the period label, the actual (null = no value) and the target (null = none). */
    record Point(String label, BigDecimal actual, BigDecimal target) {
    }

    private LineChart() {
    }

    static String svg(List<Point> points, String title) {
        List<BigDecimal> all = new ArrayList<>();
        points.forEach(point -> {
            if (point.actual() != null) {
                all.add(point.actual());
            }
            if (point.target() != null) {
                all.add(point.target());
            }
        });
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        if (all.isEmpty() || points.size() < 2) {
            return svg.append("</svg>").toString();
        }
        double min = all.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(0);
        double max = all.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        if (min > 0) {
            min = 0;
        }
        if (max == min) {
            max = min + 1;
        }
        double step = (WIDTH - LEFT - RIGHT) / (double) (points.size() - 1);
        double span = max - min;
        double finalMin = min;
        java.util.function.DoubleUnaryOperator y = value -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - finalMin) / span);
        if (min < 0) {
            double zero = y.applyAsDouble(0);
            svg.append(String.format(Locale.ROOT, "<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    LEFT, WIDTH - RIGHT, zero, zero));
        }
        svg.append(path(points, step, y, true, "actual"));
        svg.append(path(points, step, y, false, "target"));
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (point.actual() != null) {
                svg.append(String.format(Locale.ROOT, "<circle class=\"actual\" cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s</title></circle>",
                        LEFT + i * step, y.applyAsDouble(point.actual().doubleValue()), escape(point.label())));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LEFT, HEIGHT - 8, escape(points.get(0).label())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", WIDTH - RIGHT, HEIGHT - 8,
                escape(points.get(points.size() - 1).label())));
        return svg.append("</svg>").toString();
    }

    private static String path(List<Point> points, double step, java.util.function.DoubleUnaryOperator y, boolean actual,
                               String cssClass) {
        StringBuilder d = new StringBuilder();
        boolean drawing = false;
        for (int i = 0; i < points.size(); i++) {
            BigDecimal value = actual ? points.get(i).actual() : points.get(i).target();
            if (value == null) {
                drawing = false;
                continue;
            }
            d.append(drawing ? " L" : " M").append(String.format(Locale.ROOT, "%.1f %.1f", LEFT + i * step,
                    y.applyAsDouble(value.doubleValue())));
            drawing = true;
        }
        return d.isEmpty() ? "" : "<path class=\"" + cssClass + "\" d=\"" + d.toString().strip() + "\"/>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

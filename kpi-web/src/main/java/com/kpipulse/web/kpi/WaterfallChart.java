package com.kpipulse.web.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A server-rendered SVG waterfall: the reference value as a bar from zero, each driver's part as a bar floating from
 * where the ones before left the figure, the actual as a bar from zero. Rises and falls differ by a CSS class and by
 * the sign in each bar's tooltip (a step of a percentage KPI in percentage points), so colour is not the only cue; the table beside it says the same in words. Built
 * from numbers and labels the code made; texts are escaped all the same.
 */
final class WaterfallChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 240;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final int SIDE = 12;
    private static final int LABEL = 14;

    /** One bar: a total (from zero) or a step (from the figure the bars before it reached). */
    record Bar(String label, BigDecimal value, boolean total) {
        Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    private WaterfallChart() {
    }

    /**
     * @param bars   the reference total, the steps, the actual total, in that order
     * @param format how a total is written in its bar's tooltip (the reader's locale and unit)
     * @param change how a step is written in its bar's tooltip, signed (percentage points for a percentage KPI)
     */
    static String svg(String id, String title, String description, List<Bar> bars, Function<BigDecimal, String> format,
                      Function<BigDecimal, String> change) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart why-chart\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"").append(escape(id))
                .append("-title\" aria-describedby=\"").append(escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        if (bars.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        double[] from = new double[bars.size()];
        double[] to = new double[bars.size()];
        double level = 0;
        double min = 0;
        double max = 0;
        for (int i = 0; i < bars.size(); i++) {
            double value = bars.get(i).value().doubleValue();
            from[i] = bars.get(i).total() ? 0 : level;
            to[i] = bars.get(i).total() ? value : level + value;
            level = to[i];
            min = Math.min(min, Math.min(from[i], to[i]));
            max = Math.max(max, Math.max(from[i], to[i]));
        }
        double span = max - min == 0 ? 1 : max - min;
        double lowest = min;
        double slot = (WIDTH - 2.0 * SIDE) / bars.size();
        double width = slot * 0.6;
        java.util.function.DoubleUnaryOperator y = value -> TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - lowest) / span);
        svg.append(String.format(Locale.ROOT, "<line class=\"zero\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                SIDE, WIDTH - SIDE, y.applyAsDouble(0), y.applyAsDouble(0)));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double top = y.applyAsDouble(Math.max(from[i], to[i]));
            double height = Math.max(1, y.applyAsDouble(Math.min(from[i], to[i])) - top);
            double x = SIDE + i * slot + (slot - width) / 2;
            String css = bar.total() ? "why-total" : bar.value().signum() < 0 ? "why-fall" : "why-rise";
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %s</title></rect>",
                    css, x, top, width, height, escape(bar.label()),
                    escape(bar.total() ? format.apply(bar.value()) : change.apply(bar.value()))));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    x + width / 2, HEIGHT - BOTTOM + LABEL, escape(shortened(bar.label()))));
        }
        return svg.append("</svg>").toString();
    }

    private static String shortened(String label) {
        return label.length() <= 18 ? label : label.substring(0, 17) + "…";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

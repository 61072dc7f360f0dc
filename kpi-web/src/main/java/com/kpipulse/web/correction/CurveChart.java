package com.kpipulse.web.correction;

import com.kpipulse.domain.correction.budget.ResponseCurve;

import java.util.Locale;

/**
 * A small server-rendered SVG of a channel's fitted response curve (expected weekly outcome against weekly spend, from
 * zero to well past both spends), with today's spend and the proposed one marked by a line and a dot each, told apart
 * by a CSS class and a label, not by colour alone. The table beside it says the same in figures.
 */
final class CurveChart {

    private static final int WIDTH = 280;
    private static final int HEIGHT = 150;
    private static final int LEFT = 8;
    private static final int RIGHT = 8;
    private static final int TOP = 18;
    private static final int BOTTOM = 8;
    private static final int STEPS = 48;

    private CurveChart() {
    }

    static String svg(String id, String title, String description, ResponseCurve curve, double now, double proposed,
                      String nowLabel, String proposedLabel) {
        double maxSpend = Math.max(1, Math.max(now, proposed) * 1.6);
        double maxOutcome = Math.max(curve.outcomeAt(maxSpend), Double.MIN_NORMAL);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart budget-curve\" id=\"").append(escape(id)).append("\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title\" aria-describedby=\"").append(escape(id)).append("-desc\">");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description)).append("</desc>");
        svg.append("<line class=\"zero\" x1=\"").append(LEFT).append("\" y1=\"").append(y(0, maxOutcome))
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(y(0, maxOutcome)).append("\"/>");
        svg.append("<path class=\"curve\" d=\"");
        for (int i = 0; i <= STEPS; i++) {
            double spend = maxSpend * i / STEPS;
            svg.append(i == 0 ? 'M' : 'L').append(coordinate(x(spend, maxSpend))).append(',')
                    .append(coordinate(y(curve.outcomeAt(spend), maxOutcome)));
        }
        svg.append("\"/>");
        mark(svg, "now", now, curve, maxSpend, maxOutcome, nowLabel, true);
        mark(svg, "proposed", proposed, curve, maxSpend, maxOutcome, proposedLabel, false);
        return svg.append("</svg>").toString();
    }

    private static void mark(StringBuilder svg, String kind, double spend, ResponseCurve curve, double maxSpend,
                             double maxOutcome, String label, boolean labelLeft) {
        String x = coordinate(x(spend, maxSpend));
        String y = coordinate(y(curve.outcomeAt(spend), maxOutcome));
        svg.append("<line class=\"mark mark-").append(kind).append("\" x1=\"").append(x).append("\" y1=\"")
                .append(y(0, maxOutcome)).append("\" x2=\"").append(x).append("\" y2=\"").append(y).append("\"/>");
        svg.append("<circle class=\"mark-").append(kind).append("\" cx=\"").append(x).append("\" cy=\"").append(y)
                .append("\" r=\"4\"/>");
        svg.append("<text class=\"mark-label\" x=\"").append(x).append("\" y=\"").append(TOP - 6)
                .append("\" text-anchor=\"").append(labelLeft ? "end" : "start").append("\">").append(escape(label))
                .append("</text>");
    }

    private static double x(double spend, double maxSpend) {
        return LEFT + (WIDTH - LEFT - RIGHT) * spend / maxSpend;
    }

    private static double y(double outcome, double maxOutcome) {
        return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * outcome / maxOutcome;
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
